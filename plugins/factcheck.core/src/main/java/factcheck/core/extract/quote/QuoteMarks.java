package factcheck.core.extract.quote;

import java.util.Set;

/**
 * Looks at the characters around a quotation mark to tell opening marks from closing marks and
 * quotation marks from apostrophes, inch marks and elisions. Everything here reads at most a few
 * characters either side, so the scan stays linear.
 */
final class QuoteMarks {

    static final char LEFT_DOUBLE = '\u201C';
    static final char RIGHT_DOUBLE = '\u201D';
    /** „ opens German („…“), Polish and Hungarian („…”) quotations; it never closes one. */
    static final char LOW_DOUBLE = '\u201E';
    static final char LEFT_SINGLE = '\u2018';
    static final char RIGHT_SINGLE = '\u2019';
    static final char STRAIGHT_DOUBLE = '"';
    /** « and » (French, Swiss, Russian, Spanish news): « opens, » closes. */
    static final char LEFT_GUILLEMET = '\u00AB';
    static final char RIGHT_GUILLEMET = '\u00BB';
    /** ‹ and ›, the single guillemets of a quotation inside «…». */
    static final char LEFT_SINGLE_GUILLEMET = '\u2039';
    static final char RIGHT_SINGLE_GUILLEMET = '\u203A';
    static final char STRAIGHT_SINGLE = '\'';
    /** `` opens a quotation in older wire copy (``Not now,'' he said); a lone ` is nothing. */
    static final char BACKTICK = '`';

    /** Words written with a leading apostrophe: ’n’, ’em, ’tis. A mark before them opens nothing. */
    private static final Set<String> ELISIONS = Set.of("n", "em", "tis", "twas", "til", "cause", "bout", "round");

    private QuoteMarks() {
    }

    static boolean isDouble(char c) {
        return c == LEFT_DOUBLE || c == RIGHT_DOUBLE || c == STRAIGHT_DOUBLE || c == LOW_DOUBLE
                || c == LEFT_GUILLEMET || c == RIGHT_GUILLEMET;
    }

    static boolean isCurly(char c) {
        return c == LEFT_DOUBLE || c == RIGHT_DOUBLE || c == LEFT_SINGLE || c == RIGHT_SINGLE || c == LOW_DOUBLE
                || c == LEFT_GUILLEMET || c == RIGHT_GUILLEMET || c == LEFT_SINGLE_GUILLEMET || c == RIGHT_SINGLE_GUILLEMET;
    }

    /** Characters after which a mark starts something: start, space, brackets, dashes, other marks. */
    static boolean opensAfter(String text, int pos, int unitStart) {
        if (pos <= unitStart) {
            return true;
        }
        char p = text.charAt(pos - 1);
        return Character.isWhitespace(p) || "([{\u2014\u2013-/".indexOf(p) >= 0 || p == LEFT_DOUBLE
                || p == STRAIGHT_DOUBLE || p == LEFT_SINGLE || p == LEFT_GUILLEMET || p == LEFT_SINGLE_GUILLEMET;
    }

    /** Characters before which a mark ends something: end, space, punctuation, other closing marks. */
    static boolean closesBefore(String text, int pos, int unitEnd) {
        if (pos + 1 >= unitEnd) {
            return true;
        }
        char n = text.charAt(pos + 1);
        return Character.isWhitespace(n) || ".,;:!?)]}\u2014\u2013-\u2026".indexOf(n) >= 0 || n == RIGHT_DOUBLE
                || n == STRAIGHT_DOUBLE || n == RIGHT_SINGLE || n == STRAIGHT_SINGLE || n == RIGHT_GUILLEMET
                || n == RIGHT_SINGLE_GUILLEMET;
    }

    /** A straight double quote that only a closing mark can be: glued to the word before it. */
    static boolean straightDoubleClearlyCloses(String text, int pos, int unitStart, int unitEnd) {
        return !opensAfter(text, pos, unitStart) && closesBefore(text, pos, unitEnd);
    }

    /** A straight double quote right after a digit outside any quotation is an inch mark: 6'2". */
    static boolean inchMark(String text, int pos, int unitStart) {
        return pos > unitStart && Character.isDigit(text.charAt(pos - 1));
    }

    /** True when the mark sits inside a word, as the apostrophe of don't or Smith’s does. */
    static boolean insideWord(String text, int pos, int unitStart, int unitEnd) {
        return pos > unitStart && pos + 1 < unitEnd && Character.isLetterOrDigit(text.charAt(pos - 1))
                && Character.isLetterOrDigit(text.charAt(pos + 1));
    }

    /**
     * Whether a single mark can open a nested quotation here: after a boundary, before a letter, and
     * not the elided start of ’90s, ’em or rock ’n’ roll.
     */
    static boolean singleOpens(String text, int pos, int unitStart, int unitEnd) {
        if (!opensAfter(text, pos, unitStart) || pos + 1 >= unitEnd || !Character.isLetter(text.charAt(pos + 1))) {
            return false;
        }
        int wordEnd = pos + 1;
        while (wordEnd < unitEnd && wordEnd - pos <= 6 && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return !ELISIONS.contains(text.substring(pos + 1, wordEnd).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a single mark can close a nested quotation: after a non-space, not inside a word. */
    static boolean singleCloses(String text, int pos, int unitStart, int unitEnd) {
        return pos > unitStart && !Character.isWhitespace(text.charAt(pos - 1))
                && !insideWord(text, pos, unitStart, unitEnd) && closesBefore(text, pos, unitEnd);
    }

    /**
     * The width of the double mark starting at pos: 2 for the typewriter pairs `` and '' that older
     * wire and newspaper copy uses for “ and ” (''Not now,'' he said), else 1. In ''' after an open
     * nested single quotation ('…''') the first ' closes the nested one and the pair starts one later.
     * Two marks glued between letters (O''Neil, a slip) are no pair.
     */
    static int pairAt(String text, int pos, int unitEnd, boolean innerSingleOpen) {
        if (pos + 1 >= unitEnd) {
            return 1;
        }
        char c = text.charAt(pos);
        if ((c != STRAIGHT_SINGLE && c != BACKTICK) || text.charAt(pos + 1) != c) {
            return 1;
        }
        if (c == STRAIGHT_SINGLE && innerSingleOpen && pos + 2 < unitEnd && text.charAt(pos + 2) == c) {
            return 1;
        }
        boolean letterBefore = pos > 0 && Character.isLetterOrDigit(text.charAt(pos - 1));
        boolean letterAfter = pos + 2 < unitEnd && Character.isLetterOrDigit(text.charAt(pos + 2));
        return letterBefore && letterAfter ? 1 : 2;
    }

    /** The style of a single mark character. */
    static String style(char c) {
        return isCurly(c) ? Quote.CURLY : Quote.STRAIGHT;
    }

    /** How long a markup tag may be: an embed's tag with a few attributes, not a paragraph. */
    private static final int TAG_REACH = 400;

    /**
     * The end (after its {@code >}) of a markup tag opening at {@code pos}, or -1: drafts pasted from a
     * CMS keep embeds such as {@code <tweet id="74" author="@lee">}, whose attribute values are
     * delimited, not quoted. A tag is {@code <} then a letter (or {@code /} and a letter) then, on one
     * line and within {@link #TAG_REACH} characters, a {@code >} with no {@code <} before it; "x < 5" and
     * "a <b" are no tags.
     */
    static int tagEnd(String text, int pos, int unitEnd) {
        int n = pos + 1;
        if (n < unitEnd && text.charAt(n) == '/') {
            n++;
        }
        if (text.charAt(pos) != '<' || n >= unitEnd || !Character.isLetter(text.charAt(n))) {
            return -1;
        }
        for (int x = n + 1; x < unitEnd && x - pos <= TAG_REACH; x++) {
            char c = text.charAt(x);
            if (c == '>') {
                return x + 1;
            }
            if (c == '<' || c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }
}
