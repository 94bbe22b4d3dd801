package factcheck.core.time;

import java.util.List;

/**
 * Business quarters: "the third quarter", "third-quarter", "the fiscal first quarter",
 * "the third quarter of 1990", "1990 third quarter", "the quarter", "the latest quarter".
 */
final class QuarterGrammar {

    private final PhraseReader r;
    private final WordSeq w;

    QuarterGrammar(PhraseReader reader) {
        this.r = reader;
        this.w = reader.words();
    }

    void collect(int i, List<Candidate> out) {
        DateGrammar.add(out, ordinalQuarter(i));
        DateGrammar.add(out, latestQuarter(i));
    }

    private Candidate ordinalQuarter(int i) {
        int at = w.is(i, "the") ? i + 1 : i;
        Lexicon.Hit year = r.year(at);
        if (year != null) {
            at = year.end();
        }
        if (w.is(at, "fiscal")) {
            at++;
        }
        Lexicon.Hit ord = r.ordinal(at);
        if (ord == null || ord.intCode() > 4) {
            return null;
        }
        int q = ord.intCode();
        int j = w.isPunct(ord.end(), '-') ? ord.end() + 1 : ord.end();
        if (!w.is(j, "quarter")) {
            return null;
        }
        int end = j + 1;
        if (year == null && w.is(end, "of")) {
            year = r.year(end + 1);
            if (year != null) {
                end = year.end();
            }
        }
        if (year != null) {
            int y = year.intCode();
            return new Candidate(i, end, a -> Calendar.quarter(y, q));
        }
        return new Candidate(i, end, a -> quarterOfDatelineYear(a, q));
    }

    /**
     * A numbered quarter without a year is the dateline's year, unless it has not begun yet and the
     * clause looks back (January's "fourth-quarter loss" is last year's).
     */
    private static Meaning quarterOfDatelineYear(Anchor a, int q) {
        if (!a.present()) {
            return new Meaning("XXXX-Q" + q).relative();
        }
        int current = (a.dateline().getMonthValue() + 2) / 3;
        int y = a.dateline().getYear();
        if (q > current && a.tense() != Tense.FUTURE) {
            y--;
        }
        return Calendar.quarter(y, q).relative();
    }

    /** "the quarter", "the latest quarter": the last completed one, or the current one in a future clause. */
    private Candidate latestQuarter(int i) {
        if (!w.is(i, "the")) {
            return null;
        }
        int at = r.isAny(i + 1, "latest", "recent", "past") ? i + 2 : i + 1;
        if (w.is(i + 1, "most") && w.is(i + 2, "recent")) {
            at = i + 3;
        }
        if (!w.is(at, "quarter")) {
            return null;
        }
        return new Candidate(i, at + 1, a -> Calendar.relativeQuarter(a, a.tense() == Tense.FUTURE ? 0 : -1));
    }
}
