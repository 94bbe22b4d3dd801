package factcheck.core.time;

import java.util.List;

/**
 * Clock times, on the dateline's day unless a weekday or day word follows: "3 p.m.",
 * "10:30 a.m. Tuesday", "15:45", "noon Thursday", "midnight".
 */
final class ClockGrammar {

    private final PhraseReader r;
    private final WordSeq w;
    private final RelativeGrammar relative;
    private final DateGrammar dates;

    ClockGrammar(PhraseReader reader, RelativeGrammar relative, DateGrammar dates) {
        this.r = reader;
        this.w = reader.words();
        this.relative = relative;
        this.dates = dates;
    }

    private record Clock(int hour, int minute, int end) {
    }

    void collect(int i, List<Candidate> out) {
        Clock c = clock(i);
        if (c == null) {
            return;
        }
        Candidate day = followingDay(c.end);
        if (day != null) {
            out.add(new Candidate(i, day.to(), a -> Calendar.clock(day.meaning().apply(a), c.hour, c.minute)));
        } else {
            out.add(new Candidate(i, c.end, a -> Calendar.clock(Calendar.relativeDay(a, 0), c.hour, c.minute)));
        }
    }

    private Candidate followingDay(int j) {
        int at = w.is(j, "on") ? j + 1 : j;
        Candidate day = relative.dayWord(at);
        if (day != null) {
            return day;
        }
        List<Candidate> found = new java.util.ArrayList<>();
        dates.collect(at, found);
        for (Candidate c : found) {
            if (c.from() == at && r.weekday(at) != null) {
                return c;
            }
        }
        return null;
    }

    private Clock clock(int i) {
        if (w.is(i, "noon") || w.is(i, "midday")) {
            return new Clock(12, 0, i + 1);
        }
        if (w.is(i, "midnight")) {
            return new Clock(0, 0, i + 1);
        }
        int h = w.digits(i, 1, 2);
        if (h < 0 || h > 23) {
            return null;
        }
        int j = i + 1;
        int minute = 0;
        boolean colon = false;
        if (w.isPunct(j, ':') && w.touchesPrevious(j) && w.touchesPrevious(j + 1) && w.digits(j + 1, 2, 2) >= 0) {
            minute = w.digits(j + 1, 2, 2);
            if (minute > 59) {
                return null;
            }
            colon = true;
            j += 2;
        }
        int meridiemEnd = meridiem(j);
        if (meridiemEnd > j) {
            if (h < 1 || h > 12) {
                return null;
            }
            boolean pm = w.lower(j).startsWith("p");
            int hour = h % 12 + (pm ? 12 : 0);
            return new Clock(hour, minute, meridiemEnd);
        }
        if (w.is(j, "o") && (w.isPunct(j + 1, '\'') || w.isPunct(j + 1, '\u2019')) && w.is(j + 2, "clock") && h <= 12) {
            return new Clock(h, 0, j + 3);
        }
        return colon && !w.isPunct(j, ':') ? new Clock(h, minute, j) : null;
    }

    /** "a.m.", "p.m", "am", "PM": the index after it, or {@code j} when none. */
    private int meridiem(int j) {
        if (r.isAny(j, "am", "pm")) {
            return j + 1;
        }
        if (r.isAny(j, "a", "p") && w.isPunct(j + 1, '.') && w.is(j + 2, "m") && w.touchesPrevious(j + 1)
                && w.touchesPrevious(j + 2)) {
            return w.isPunct(j + 3, '.') && w.touchesPrevious(j + 3) ? j + 4 : j + 3;
        }
        return j;
    }
}
