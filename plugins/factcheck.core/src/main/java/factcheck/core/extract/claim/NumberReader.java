package factcheck.core.extract.claim;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds numeric expressions in a clause and classifies them as PERCENTAGE, MONEY, QUANTITY or
 * NUMBER. Years ("in 2019"), dates ("on 8 November"), clock times, decades, ordinals ("twenty-first
 * century", "21st") and numbers inside names ("Group of 20", "Covid-19", "Apollo 11") are not claims
 * and are skipped, as are small spelled numbers used as determiners ("the two countries").
 */
final class NumberReader {

    // The look-behinds stop a search from restarting inside a run of digits, which made find()
    // quadratic on long digit runs (RegexBacktrackingTest); matches() on a token is unaffected.
    private static final Pattern DIGITS = Pattern.compile("(?<![\\d+-])[+-]?\\d{1,3}(?:,\\d{3})*+(?:\\.\\d++)?|(?<![\\d+-])[+-]?\\d++(?:\\.\\d++)?");
    private static final Pattern TOKEN_WITH_CURRENCY = Pattern.compile("(?:US|A|C|HK)?[$€£¥₹]\\d.*");
    private static final Pattern ORDINAL = Pattern.compile("(?<!\\d)\\d++(?:st|nd|rd|th)");
    private static final Pattern DECADE = Pattern.compile("\\d{2,4}'?s");
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}(?:am|pm)?|\\d{1,2}(?:am|pm)");
    private static final Pattern YEAR = Pattern.compile("1[5-9]\\d\\d|20\\d\\d|2100");

    private static final Set<String> NUMBER_WORDS = ClaimWords.words("one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen", "hundreds",
            "thousands", "millions", "billions", "dozens");
    private static final Set<String> MAGNITUDES = ClaimWords.words("hundred", "thousand", "million", "billion",
            "trillion", "bn", "m", "k", "mn", "hundreds", "thousands", "millions", "billions");
    private static final Set<String> ORDINAL_WORDS = ClaimWords.words("first", "second", "third", "fourth",
            "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "twentieth", "hundredth", "thousandth");
    private static final Set<String> MONTHS = ClaimWords.words("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> CURRENCY_SIGNS = ClaimWords.words("$", "€", "£", "¥", "₹", "us$", "usd",
            "eur", "gbp", "a$", "c$");
    private static final Set<String> CURRENCY_WORDS = ClaimWords.words("dollars", "dollar", "euros", "euro",
            "pounds", "yuan", "renminbi", "yen", "rupees", "roubles", "rubles", "francs", "pesos", "reais", "won",
            "dinars", "usd", "eur", "gbp", "cents");
    private static final Set<String> PERCENT_WORDS = ClaimWords.words("%", "percent", "pc", "percentage");
    private static final Set<String> DETERMINERS = ClaimWords.words("the", "these", "those", "both", "all", "its",
            "their", "our", "his", "her", "my", "your", "every");
    private static final Set<String> CLOCK_WORDS = ClaimWords.words("am", "pm", "a.m.", "p.m.", "gmt", "utc",
            "o'clock");

    private NumberReader() {
    }

    static void read(Clause c, List<ClaimFeature> out, String text) {
        int n = c.size();
        int i = 0;
        while (i < n) {
            if (!numeric(c, i)) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            // "4.2 billion", "hundreds of thousands", "twenty five", "twenty-five".
            while (last + 1 < n && (numeric(c, last + 1) || MAGNITUDES.contains(c.at(last + 1))
                    || (c.is(last + 1, "of") && last + 2 < n && NUMBER_WORDS.contains(c.at(last + 2))
                            && NUMBER_WORDS.contains(c.at(last)))
                    || (c.is(last + 1, "-") && last + 2 < n && NUMBER_WORDS.contains(c.at(last + 2))))) {
                last++;
            }
            i = last + 1;
            if (skipped(c, first, last)) {
                continue;
            }
            classify(c, first, last, out, text);
        }
    }

    private static void classify(Clause c, int first, int last, List<ClaimFeature> out, String text) {
        int from = first;
        int to = last;
        FeatureKind kind;
        String next = c.at(last + 1);
        if (CURRENCY_SIGNS.contains(c.at(first - 1)) || TOKEN_WITH_CURRENCY.matcher(c.token(first).text()).matches()) {
            kind = FeatureKind.MONEY;
            from = CURRENCY_SIGNS.contains(c.at(first - 1)) ? first - 1 : first;
            to = CURRENCY_WORDS.contains(next) ? last + 1 : last;
        } else if (CURRENCY_WORDS.contains(next)) {
            kind = FeatureKind.MONEY;
            to = last + 1;
        } else if (PERCENT_WORDS.contains(next) || c.token(last).text().endsWith("%")) {
            kind = FeatureKind.PERCENTAGE;
            to = PERCENT_WORDS.contains(next) ? last + 1 : last;
            if (c.is(to + 1, "points")) {
                to++;
            }
        } else if (next.equals("per") && c.is(last + 2, "cent")) {
            kind = FeatureKind.PERCENTAGE;
            to = last + 2;
        } else if (c.pos(last + 1).startsWith("NOUN") || MAGNITUDES.contains(c.at(last))) {
            kind = FeatureKind.QUANTITY;
            to = c.pos(last + 1).startsWith("NOUN") ? last + 1 : last;
        } else {
            kind = FeatureKind.NUMBER;
        }
        int start = c.token(from).start();
        int end = c.token(to).end();
        out.add(new ClaimFeature(kind.name(), start, end, text.substring(start, end)));
    }

    private static boolean numeric(Clause c, int i) {
        String w = c.at(i);
        if (NUMBER_WORDS.contains(w)) {
            return true;
        }
        String raw = c.token(i).text();
        return DIGITS.matcher(raw).matches() || TOKEN_WITH_CURRENCY.matcher(raw).matches()
                || (raw.endsWith("%") && DIGITS.matcher(raw.substring(0, raw.length() - 1)).matches())
                || ORDINAL.matcher(w).matches() || DECADE.matcher(w).matches() || CLOCK.matcher(w).matches()
                || (w.startsWith("-") && w.length() > 1 && Character.isDigit(w.charAt(1)));
    }

    private static boolean skipped(Clause c, int first, int last) {
        String w = c.at(first);
        String prev = c.at(first - 1);
        String next = c.at(last + 1);
        if (ORDINAL.matcher(c.at(last)).matches() || DECADE.matcher(c.at(last)).matches()
                || CLOCK.matcher(w).matches() || CLOCK_WORDS.contains(next)) {
            return true;
        }
        // "twenty-first century": a number word joined to an ordinal word.
        if (next.equals("-") && ORDINAL_WORDS.contains(c.at(last + 2))) {
            return true;
        }
        if (first == last && YEAR.matcher(w).matches() && !CURRENCY_SIGNS.contains(prev)
                && !PERCENT_WORDS.contains(next)) {
            return true;
        }
        boolean dayNumber = first == last && w.matches("\\d{1,2}");
        if (dayNumber && (MONTHS.contains(prev) || MONTHS.contains(next))) {
            return true;
        }
        // Inside a name: "Covid-19", "Apollo 11", "Group of 20".
        if (w.startsWith("-") || (c.pos(first - 1).startsWith("PROPN") && !MONTHS.contains(prev)
                && !CURRENCY_SIGNS.contains(prev) && capitalised(c, first - 1))) {
            return true;
        }
        // "of" after a capitalised word that does not open the clause: "Group of 20".
        if (prev.equals("of") && capitalised(c, first - 2) && first - 2 > 0) {
            return true;
        }
        // Spelled small numbers as determiners: "the two countries", "one of them".
        boolean spelled = NUMBER_WORDS.contains(w) && first == last;
        if (spelled && (DETERMINERS.contains(prev) || w.equals("one") && !next.equals("in"))) {
            return true;
        }
        return false;
    }

    private static boolean capitalised(Clause c, int i) {
        if (i < 0 || i >= c.size()) {
            return false;
        }
        String raw = c.token(i).text();
        return !raw.isEmpty() && Character.isUpperCase(raw.codePointAt(0));
    }
}
