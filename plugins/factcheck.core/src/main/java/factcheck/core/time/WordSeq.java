package factcheck.core.time;

import java.util.Arrays;
import java.util.Locale;

/**
 * The text cut into letter runs, digit runs and single punctuation marks, the units the temporal
 * grammar matches. Kept as parallel int arrays rather than objects because articles can be many
 * megabytes long; the lexer is a single left-to-right pass with no regular expressions.
 */
final class WordSeq {

    static final byte WORD = 0;
    static final byte NUMBER = 1;
    static final byte PUNCT = 2;

    private final String text;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private byte[] kinds = new byte[64];
    private int size;

    WordSeq(String text) {
        this.text = text;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += len;
            } else if (Character.isLetter(cp)) {
                int j = i + len;
                while (j < n && Character.isLetter(text.codePointAt(j))) {
                    j += Character.charCount(text.codePointAt(j));
                }
                add(i, j, WORD);
                i = j;
            } else if (cp >= '0' && cp <= '9') {
                add(i, digitsEnd(i), NUMBER);
                i = ends[size - 1];
            } else {
                add(i, i + len, PUNCT);
                i += len;
            }
        }
    }

    /** Digits, continuing over thousands groups ("2,019") so a grouped count never reads as a year. */
    private int digitsEnd(int i) {
        int n = text.length();
        int j = i;
        while (j < n && isDigit(text.charAt(j))) {
            j++;
        }
        while (j + 3 < n && text.charAt(j) == ',' && isDigit(text.charAt(j + 1))
                && isDigit(text.charAt(j + 2)) && isDigit(text.charAt(j + 3))
                && (j + 4 >= n || !isDigit(text.charAt(j + 4)))) {
            j += 4;
        }
        return j;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void add(int start, int end, byte kind) {
        if (size == starts.length) {
            int cap = size * 2;
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
            kinds = Arrays.copyOf(kinds, cap);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        size++;
    }

    int size() {
        return size;
    }

    String source() {
        return text;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String text(int i) {
        return i >= 0 && i < size ? text.substring(starts[i], ends[i]) : "";
    }

    String lower(int i) {
        return text(i).toLowerCase(Locale.ROOT);
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kinds[i] == WORD;
    }

    boolean isNumber(int i) {
        return i >= 0 && i < size && kinds[i] == NUMBER;
    }

    boolean isPunct(int i, char c) {
        return i >= 0 && i < size && kinds[i] == PUNCT && text.charAt(starts[i]) == c;
    }

    /** True when word {@code i} is exactly {@code lower} (case-insensitive). */
    boolean is(int i, String lower) {
        return i >= 0 && i < size && ends[i] - starts[i] == lower.length()
                && text.regionMatches(true, starts[i], lower, 0, lower.length());
    }

    /** An apostrophe at {@code i} followed by "s": the possessive of the word before ("year's"). */
    boolean possessive(int i) {
        return (isPunct(i, '\'') || isPunct(i, '\u2019')) && is(i + 1, "s");
    }

    /** True when nothing separates word {@code i} from the one before it ("1990" "s", "Nov" "."). */
    boolean touchesPrevious(int i) {
        return i > 0 && i < size && starts[i] == ends[i - 1];
    }

    boolean capitalized(int i) {
        return i >= 0 && i < size && Character.isUpperCase(text.codePointAt(starts[i]));
    }

    /** The digit run's value when word {@code i} is plain digits of the given lengths, else -1. */
    int digits(int i, int minLen, int maxLen) {
        if (!isNumber(i)) {
            return -1;
        }
        int len = ends[i] - starts[i];
        if (len < minLen || len > maxLen) {
            return -1;
        }
        int v = 0;
        for (int k = starts[i]; k < ends[i]; k++) {
            char c = text.charAt(k);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
