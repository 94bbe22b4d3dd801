package factcheck.core.time;

import java.time.DayOfWeek;

/**
 * Reads the small building blocks of temporal expressions at a word position: month and weekday
 * names, day numbers, years and amounts. Each method answers a {@link Lexicon.Hit} whose end is the
 * word index after the block, or null.
 */
final class PhraseReader {

    private final Lexicon lex = Lexicon.shared();
    private final WordSeq w;

    PhraseReader(WordSeq words) {
        this.w = words;
    }

    WordSeq words() {
        return w;
    }

    Lexicon lexicon() {
        return lex;
    }

    /**
     * A capitalised month name, with the period of an abbreviation. Three-letter abbreviations
     * ("Mar", "Dec") also name other things, so they count only with a period or a number after.
     */
    Lexicon.Hit month(int i) {
        if (!w.isWord(i) || !w.capitalized(i)) {
            return null;
        }
        Lexicon.Hit hit = lex.match("month", w, i);
        if (hit == null) {
            return null;
        }
        int end = hit.end();
        boolean dotted = w.isPunct(end, '.') && w.touchesPrevious(end);
        String word = w.lower(i);
        boolean full = word.length() > 4 || word.equals("may") || word.equals("june") || word.equals("july");
        if (dotted && !full) {
            return new Lexicon.Hit(hit.code(), end + 1);
        }
        if (full || w.isNumber(end)) {
            return hit;
        }
        return null;
    }

    /** A capitalised weekday name; abbreviations need a period or comma after them. */
    Lexicon.Hit weekday(int i) {
        if (!w.isWord(i) || !w.capitalized(i)) {
            return null;
        }
        Lexicon.Hit hit = lex.match("weekday", w, i);
        if (hit == null) {
            return null;
        }
        if (w.lower(i).endsWith("day")) {
            return hit;
        }
        if (w.isPunct(hit.end(), '.') && w.touchesPrevious(hit.end())) {
            return new Lexicon.Hit(hit.code(), hit.end() + 1);
        }
        return null;
    }

    static DayOfWeek dayOfWeek(Lexicon.Hit hit) {
        return DayOfWeek.of(hit.intCode());
    }

    /** A day of the month: 1–31 as digits, optionally with st/nd/rd/th touching it. */
    Lexicon.Hit dayNumber(int i) {
        int d = w.digits(i, 1, 2);
        if (d < 1 || d > 31) {
            return null;
        }
        int end = i + 1;
        if (w.isWord(end) && w.touchesPrevious(end) && isOrdinalSuffix(w.lower(end))) {
            end++;
        } else if (w.isWord(end) && w.touchesPrevious(end)) {
            return null;
        }
        return new Lexicon.Hit(Integer.toString(d), end);
    }

    private static boolean isOrdinalSuffix(String s) {
        return s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th");
    }

    /** A four-digit year 1000–2199 standing alone (not "2,019", "2019.5", "$2019" or "2019%"). */
    Lexicon.Hit year(int i) {
        int y = w.digits(i, 4, 4);
        if (y < 0) {
            return spelledYear(i);
        }
        if (y < 1000 || y > 2199) {
            return null;
        }
        if (i > 0 && w.touchesPrevious(i) && (w.isPunct(i - 1, '$') || w.isPunct(i - 1, '.')
                || w.isPunct(i - 1, '#') || w.isNumber(i - 1) || w.isWord(i - 1))) {
            return null;
        }
        int next = i + 1;
        if (next < w.size() && w.touchesPrevious(next)
                && (w.isPunct(next, '%') || w.isWord(next) || (w.isPunct(next, '.') && w.isNumber(next + 1)))) {
            return null;
        }
        return new Lexicon.Hit(Integer.toString(y), next);
    }

    /**
     * A year as broadcast transcripts spell it: "nineteen ninety-six", and "two thousand" or "two
     * thousand and one" right after "year" (elsewhere "two thousand" is a count).
     */
    private Lexicon.Hit spelledYear(int i) {
        Lexicon.Hit head = lex.match("number", w, i);
        if (head == null || head.code().equals("X") || !w.isWord(head.end())) {
            return null;
        }
        int c = head.intCode();
        if (c == 19 || c == 20) {
            Lexicon.Hit rest = amount(head.end());
            if (rest != null && !rest.code().equals("X") && rest.intCode() >= 10 && rest.intCode() <= 99) {
                return new Lexicon.Hit(Integer.toString(c * 100 + rest.intCode()), rest.end());
            }
            return null;
        }
        if (c != 2 || !w.is(head.end(), "thousand") || i == 0 || !w.is(i - 1, "year")) {
            return null;
        }
        int at = w.is(head.end() + 1, "and") ? head.end() + 2 : head.end() + 1;
        Lexicon.Hit rest = w.isWord(at) ? amount(at) : null;
        if (rest != null && !rest.code().equals("X") && rest.intCode() < 100) {
            return new Lexicon.Hit(Integer.toString(2000 + rest.intCode()), rest.end());
        }
        return new Lexicon.Hit("2000", head.end() + 1);
    }

    /** An ordinal: "third", "twenty-first", "3rd", "21st". */
    Lexicon.Hit ordinal(int i) {
        Lexicon.Hit hit = lex.match("ordinal", w, i);
        if (hit != null) {
            return hit;
        }
        int n = w.digits(i, 1, 2);
        if (n > 0 && w.isWord(i + 1) && w.touchesPrevious(i + 1) && isOrdinalSuffix(w.lower(i + 1))) {
            return new Lexicon.Hit(Integer.toString(n), i + 2);
        }
        return null;
    }

    /**
     * An amount: digits (1–4 of them, or a decimal such as 1.5 read as X), number words with
     * compounds ("twenty-four", "twenty four"), or a vague amount ("several") coded X.
     */
    Lexicon.Hit amount(int i) {
        int n = w.digits(i, 1, 4);
        if (n >= 0) {
            if (w.isPunct(i + 1, '.') && w.isNumber(i + 2) && w.touchesPrevious(i + 1) && w.touchesPrevious(i + 2)) {
                return new Lexicon.Hit("X", i + 3);
            }
            return new Lexicon.Hit(Integer.toString(n), i + 1);
        }
        Lexicon.Hit hit = lex.match("number", w, i);
        if (hit == null || hit.code().equals("X")) {
            return hit;
        }
        int value = hit.intCode();
        if (value >= 20 && value < 100 && value % 10 == 0) {
            int next = w.isPunct(hit.end(), '-') ? hit.end() + 1 : hit.end();
            Lexicon.Hit unit = lex.match("number", w, next);
            if (unit != null && !unit.code().equals("X") && unit.intCode() < 10 && w.isWord(next)
                    && !w.is(next, "a") && !w.is(next, "an")) {
                return new Lexicon.Hit(Integer.toString(value + unit.intCode()), unit.end());
            }
        }
        return hit;
    }

    /** A unit word ("years", "week"), code Y, M, W, D, H, MIN, S, DE, CE, Q or WE. */
    Lexicon.Hit unit(int i) {
        return lex.match("unit", w, i);
    }

    boolean isAny(int i, String... lowerWords) {
        for (String s : lowerWords) {
            if (w.is(i, s)) {
                return true;
            }
        }
        return false;
    }
}
