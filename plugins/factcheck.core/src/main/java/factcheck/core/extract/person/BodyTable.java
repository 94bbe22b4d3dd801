package factcheck.core.extract.person;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * International organisations and central banks that qualify a title the way a country does:
 * "European Council President", "NATO Secretary-General", "Bank of Japan Governor". Each form maps
 * to the name the knowledge base gives the body, so the title reads as that body's office and not
 * as every office of that title ("President" alone would mean every presidency). Unlike country
 * words these never veto a name: "Fed" or "World" may be part of one.
 */
final class BodyTable {

    /** Name the knowledge base uses → other spellings (the name itself always matches). */
    private static final String[][] BODIES = {
        {"European Council", "EU Council"}, {"European Commission", "EU Commission"},
        {"European Parliament", "EU Parliament"}, {"European Central Bank", "ECB"},
        {"NATO", "Nato"}, {"IMF", "International Monetary Fund"}, {"World Bank"},
        {"WTO", "World Trade Organization"}, {"WHO", "World Health Organization"},
        {"Federal Reserve", "Fed", "US Federal Reserve", "U.S. Federal Reserve"},
        {"Bank of England", "BoE"}, {"Bank of Japan", "BOJ", "BoJ"}, {"Reserve Bank of India", "RBI"},
        {"Bank of Canada"}};

    private static final Map<String, String> BY_FORM = new HashMap<>();

    static {
        for (String[] row : BODIES) {
            for (String form : row) {
                BY_FORM.put(form, row[0]);
            }
        }
    }

    /** The most words a form has ("Reserve Bank of India"). */
    static final int MAX_WORDS = 4;

    private BodyTable() {
    }

    /** The body a written form names ("ECB" → "European Central Bank"), or empty. */
    static Optional<String> body(String form) {
        return Optional.ofNullable(BY_FORM.get(form));
    }
}
