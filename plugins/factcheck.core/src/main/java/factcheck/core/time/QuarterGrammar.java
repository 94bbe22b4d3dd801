package factcheck.core.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Business quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter",
 * "the third quarter of 1990", "1990 third quarter", "(next year's) first quarter", "the quarter",
 * "the latest quarter", "the second half of 1989", "first-half", "the first two quarters of 1990".
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
        DateGrammar.add(out, half(i));
    }

    /** "next year's", "last year's", "this year's" at {@code i}: the year's offset from the dateline's. */
    private Integer yearsOffset(int i) {
        if (i < 0 || !w.is(i + 1, "year") || !w.possessive(i + 2)) {
            return null;
        }
        return w.is(i, "next") ? Integer.valueOf(1) : w.is(i, "last") ? Integer.valueOf(-1)
                : w.is(i, "this") ? Integer.valueOf(0) : null;
    }

    private Candidate ordinalQuarter(int i) {
        int at = w.is(i, "the") ? i + 1 : i;
        Lexicon.Hit year = r.year(at);
        // "next year's first quarter": the quarter's year is the one before it, which stays an
        // expression of its own ("next year" is relative to the dateline and reported as such).
        Integer offset = year == null && i == at ? yearsOffset(i - 4) : null;
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
        if (offset != null) {
            int n = offset;
            return new Candidate(i, end, a -> a.present()
                    ? Calendar.quarter(a.dateline().getYear() + n, q).relative() : new Meaning("XXXX-Q" + q).relative());
        }
        return new Candidate(i, end, a -> quarterOfDatelineYear(a, q));
    }

    /**
     * "the second half of 1989", "first-half results of 1990", "the last two quarters of 1990",
     * "the first half of next year": a half year, H1 or H2.
     */
    private Candidate half(int i) {
        int at = w.is(i, "the") ? i + 1 : i;
        int h;
        if (w.is(at, "first")) {
            h = 1;
        } else if (r.isAny(at, "second", "last", "latter")) {
            h = 2;
        } else {
            return null;
        }
        int j = w.isPunct(at + 1, '-') ? at + 2 : at + 1;
        int end;
        if (w.is(j, "half")) {
            end = j + 1;
        } else if (w.is(j, "two") && w.is(j + 1, "quarters") && w.is(j + 2, "of")) {
            end = j + 2; // only with a year after it: "the last two quarters" alone is a length
        } else {
            return null;
        }
        Lexicon.Hit year = w.is(end, "of") ? r.year(end + 1) : null;
        if (year != null) {
            int y = year.intCode();
            return new Candidate(i, year.end(), a -> Calendar.half(y, h));
        }
        // Without a year a half may be of anything ("a second-half goal"): only "of the year",
        // "of next year" and the like name one. The year words stay an expression of their own,
        // so "this year" is still reported as relative; the half ends before "of".
        int of = end + 1;
        if (!w.is(end, "of") || !w.is(of + 1, "year")) {
            return null;
        }
        int n;
        if (r.isAny(of, "the", "this")) {
            n = 0;
        } else if (w.is(of, "next")) {
            n = 1;
        } else if (w.is(of, "last")) {
            n = -1;
        } else {
            return null;
        }
        return new Candidate(i, end, a -> a.present()
                ? Calendar.half(a.dateline().getYear() + n, h).relative() : new Meaning("XXXX-H" + h).relative());
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
        int endsAt = at + 1;
        if (r.isAny(endsAt, "ended", "ending")) {
            Lexicon.Hit month = r.month(endsAt + 1);
            Lexicon.Hit day = month == null ? null : r.dayNumber(month.end());
            if (day != null) {
                int mm = month.intCode();
                int dd = day.intCode();
                return new Candidate(i, at + 1, a -> quarterEnding(a, mm, dd));
            }
        }
        return new Candidate(i, at + 1, a -> Calendar.relativeQuarter(a, a.tense() == Tense.FUTURE ? 0 : -1));
    }

    /**
     * "the quarter ended July 31": a fiscal quarter, named by the calendar quarter holding most of
     * it (its middle lies about 45 days before its end), so May to July is Q2 and July to
     * September Q3. The end date without a year is the latest one on or before the dateline.
     */
    private static Meaning quarterEnding(Anchor a, int month, int day) {
        if (!a.present()) {
            return null;
        }
        LocalDate dl = a.dateline();
        int y = dl.getYear();
        if (month * 100 + day > dl.getMonthValue() * 100 + dl.getDayOfMonth() && a.tense() != Tense.FUTURE) {
            y--;
        }
        if (day > YearMonth.of(y, month).lengthOfMonth()) {
            return null;
        }
        LocalDate end = LocalDate.of(y, month, day);
        LocalDate middle = end.minusDays(45);
        Meaning m = Calendar.quarter(middle.getYear(), (middle.getMonthValue() + 2) / 3).relative();
        m.reading = "the quarter ending " + end + ": the calendar quarter holding most of it";
        return m;
    }
}
