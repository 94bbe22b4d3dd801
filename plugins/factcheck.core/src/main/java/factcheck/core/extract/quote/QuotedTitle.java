package factcheck.core.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a quotation holds a title rather than someone's words: the name of a show, book, film,
 * podcast or campaign ("starred in “Silver Harbour Nights”", "her memoir, “Tide and Stone,”"),
 * written in title case. Such marks promise no speaker, so the attribution reader gives them no
 * (unattributed) attribution. A single word ("“Reckless,”"), a sentence case phrase ("“a total
 * farce”") or words in capitals ("“NO MORE WAITING”", shouted) stay quotations.
 */
public final class QuotedTitle {

    /** Most titles are short; a long run of capitalised words is more likely a headline someone wrote. */
    private static final int MAX_WORDS = 8;
    /** Words a title leaves in lower case (English title case). */
    private static final Set<String> MINOR = Set.of("a", "an", "the", "and", "but", "or", "nor", "of", "in", "on",
            "at", "to", "for", "by", "with", "from", "as", "vs", "vs.", "de", "la", "le", "el", "del", "van", "von");

    private QuotedTitle() {
    }

    /** Whether the quotation's words read as a title: two to {@value #MAX_WORDS} words, every major one capitalised. */
    public static boolean of(Quote q) {
        List<String> words = words(q.content().text());
        if (words.size() < 2 || words.size() > MAX_WORDS) {
            return false;
        }
        boolean lowerSeen = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean capital = Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0));
            if (!capital && (i == 0 || !MINOR.contains(w.toLowerCase(java.util.Locale.ROOT)))) {
                return false;
            }
            lowerSeen |= w.chars().anyMatch(Character::isLowerCase);
        }
        return lowerSeen; // all capitals is emphasis, not a title
    }

    /** The words of a text: runs of letters, digits and inner apostrophes or hyphens. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int s = i;
            while (i < text.length()) {
                int d = text.codePointAt(i);
                boolean inner = (d == '\'' || d == '\u2019' || d == '-' || d == '.') && i + 1 < text.length()
                        && Character.isLetterOrDigit(text.codePointAt(i + 1));
                if (!Character.isLetterOrDigit(d) && !inner) {
                    break;
                }
                i += Character.charCount(d);
            }
            out.add(text.substring(s, i));
        }
        return out;
    }
}
