package factcheck.core.time;

import java.util.List;

/**
 * Clock times, on the day that follows them ("10:30 a.m. Tuesday", "5 p.m. EST Nov. 9", "noon
 * Thursday"), else on the day just mentioned or the dateline's: "3 p.m.", "15:45", "midnight".
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

    /** Words before a bare hour that make "4 in the morning" a time of day. */
    private static final java.util.Set<String> TIME_PREPOSITIONS = java.util.Set.of("at", "until", "till", "by",
            "from", "around", "about", "before", "after", "to", "past");

    private record Clock(int hour, int minute, int end) {
    }

    void collect(int i, List<Candidate> out) {
        partOfDay(i, out);
        Clock c = clock(i);
        if (c == null) {
            return;
        }
        Candidate day = followingDay(c.end);
        if (day != null) {
            out.add(new Candidate(i, day.to(), a -> Calendar.clock(day.meaning().apply(a), c.hour, c.minute)));
        } else {
            // Midnight alone is the one a day starts with ("at midnight local time, power was cut").
            int hour = c.hour == 24 ? 0 : c.hour;
            out.add(new Candidate(i, c.end, a -> Calendar.clock(dayOfClock(a), hour, c.minute)));
        }
    }

    /**
     * "mid-afternoon yesterday", "by mid-afternoon": a part of the day that is a time by itself, on
     * the day after it, else on the day a clock time alone would be.
     */
    private void partOfDay(int i, List<Candidate> out) {
        Lexicon.Hit part = r.lexicon().match("partalone", w, i);
        if (part == null) {
            return;
        }
        String code = part.code();
        Candidate day = followingDay(part.end());
        if (day != null) {
            out.add(new Candidate(i, day.to(), a -> Calendar.partOfDay(day.meaning().apply(a), code)));
        } else {
            out.add(new Candidate(i, part.end(), a -> Calendar.partOfDay(dayOfClock(a), code)));
        }
    }

    /**
     * A clock time alone is on the day just mentioned when that was a day at most two sentences
     * back ("He was shot on Oct. 23 ... at 10 p.m."), else on the dateline's day.
     */
    private static Meaning dayOfClock(Anchor a) {
        Reference ref = a.recentReference(2);
        return ref != null && ref.grain() == Reference.Grain.DAY ? ref.same() : Calendar.relativeDay(a, 0);
    }

    /** A day after the clock: "Tuesday", "yesterday", "EST Nov. 9", "on Oct. 3, 2001", "(0735 GMT) Friday". */
    private Candidate followingDay(int j) {
        int at = r.lexicon().match("zone", w, j) != null ? j + 1 : j;
        at = afterAside(at);
        at = w.isPunct(at, ',') ? at + 1 : at;
        at = w.is(at, "on") ? at + 1 : at;
        Candidate day = relative.dayWord(at);
        if (day != null) {
            return day;
        }
        List<Candidate> found = new java.util.ArrayList<>();
        dates.collect(at, found);
        Candidate best = null;
        for (Candidate c : found) {
            boolean dayLike = r.weekday(at) != null || c.guard() == Candidate.Guard.NONE;
            if (c.from() == at && dayLike && (best == null || c.to() > best.to())) {
                best = c;
            }
        }
        return best;
    }

    /** Past a short aside in brackets, "10:35 a.m. (0735 GMT) Friday": the index after it, else {@code j}. */
    private int afterAside(int j) {
        if (!w.isPunct(j, '(')) {
            return j;
        }
        for (int k = j + 1; k < Math.min(w.size(), j + 6); k++) {
            if (w.isPunct(k, ')')) {
                return k + 1;
            }
        }
        return j;
    }

    private Clock clock(int i) {
        if (w.is(i, "noon") || w.is(i, "midday")) {
            // "high noon" is a showdown, not a time of day.
            return w.is(i, "noon") && i > 0 && w.is(i - 1, "high") ? null : new Clock(12, 0, i + 1);
        }
        if (w.is(i, "midnight")) {
            // "expires at midnight Friday" ends Friday (TimeML writes it T24:00), not the start of it.
            return new Clock(24, 0, i + 1);
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
        int oclock = w.is(j, "o") && (w.isPunct(j + 1, '\'') || w.isPunct(j + 1, '\u2019')) && w.is(j + 2, "clock")
                ? j + 3 : j;
        Lexicon.Hit half = r.lexicon().match("meridiem", w, oclock);
        if (half != null && h >= 1 && h <= 12 && (oclock > j || i > 0 && TIME_PREPOSITIONS.contains(w.lower(i - 1)))) {
            // "at 4 in the morning", "six o'clock in the evening"; "rose 4 in the morning session" is a count
            return new Clock(h % 12 + (half.code().equals("PM") ? 12 : 0), minute, half.end());
        }
        if (oclock > j && h <= 12) {
            return new Clock(h, 0, oclock);
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
