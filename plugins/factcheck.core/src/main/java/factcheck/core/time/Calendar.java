package factcheck.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar arithmetic and TIMEX3 value spelling. Every method answers a {@link Meaning}; the
 * {@code relative...} ones take an {@link Anchor} and, when it has no dateline, answer the value with
 * the unknown parts written as X ("XXXX-WXX", "XXXX-XX-XX") and no dates.
 */
final class Calendar {

    private Calendar() {
    }

    static Meaning day(LocalDate d) {
        Meaning m = new Meaning(d.toString()).range(d, d);
        m.date = d;
        return m;
    }

    static Meaning month(YearMonth ym) {
        return new Meaning(ym.toString()).range(ym.atDay(1), ym.atEndOfMonth());
    }

    static Meaning year(int y) {
        return new Meaning(String.format("%04d", y)).range(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    static Meaning week(LocalDate anyDay) {
        LocalDate monday = anyDay.with(DayOfWeek.MONDAY);
        String v = String.format("%04d-W%02d", anyDay.get(IsoFields.WEEK_BASED_YEAR),
                anyDay.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new Meaning(v).range(monday, monday.plusDays(6));
    }

    /** The Monday of ISO week {@code week} of {@code weekYear}. */
    static LocalDate weekStart(int weekYear, int week) {
        return LocalDate.of(weekYear, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    static Meaning weekend(LocalDate anyDay) {
        Meaning w = week(anyDay);
        return new Meaning(w.value + "-WE").range(w.rangeStart.plusDays(5), w.rangeEnd);
    }

    static Meaning quarter(int y, int q) {
        LocalDate start = LocalDate.of(y, 3 * q - 2, 1);
        return new Meaning(String.format("%04d-Q%d", y, q)).range(start, start.plusMonths(3).minusDays(1));
    }

    /** The first (1) or second (2) half of a year: "1989-H2". */
    static Meaning half(int y, int h) {
        LocalDate start = LocalDate.of(y, 6 * h - 5, 1);
        return new Meaning(String.format("%04d-H%d", y, h)).range(start, start.plusMonths(6).minusDays(1));
    }

    static Meaning season(int y, String code) {
        int firstMonth = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        LocalDate start = LocalDate.of(y, firstMonth, 1);
        return new Meaning(String.format("%04d-%s", y, code)).range(start, start.plusMonths(3).minusDays(1));
    }

    /** A decade written by its first year (1990 → "199"). */
    static Meaning decade(int firstYear) {
        return new Meaning(String.format("%03d", firstYear / 10))
                .range(LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + 9, 12, 31));
    }

    /** The n-th century, written as TimeML does by its first two digits (21st → "20"). */
    static Meaning century(int n) {
        int first = (n - 1) * 100;
        return new Meaning(String.format("%02d", n - 1))
                .range(LocalDate.of(Math.max(first, 1), 1, 1), LocalDate.of(first + 99, 12, 31));
    }

    /** A date written in full; impossible ones (February 30) come back flagged with no value. */
    static Meaning fullDate(int y, int month, int d) {
        try {
            Meaning m = day(LocalDate.of(y, month, d));
            m.explicitDate = m.date;
            return m;
        } catch (DateTimeException e) {
            Meaning m = new Meaning(null);
            m.impossible = true;
            return m;
        }
    }

    static boolean possibleInSomeYear(int month, int d) {
        return d <= YearMonth.of(2000, month).lengthOfMonth();
    }

    static Meaning relativeDay(Anchor a, int days) {
        return a.present() ? day(a.dateline().plusDays(days)).relative() : new Meaning("XXXX-XX-XX").relative();
    }

    static Meaning relativeWeek(Anchor a, int weeks) {
        return a.present() ? week(a.dateline().plusWeeks(weeks)).relative() : new Meaning("XXXX-WXX").relative();
    }

    static Meaning relativeWeekend(Anchor a, int weeks) {
        return a.present() ? weekend(a.dateline().plusWeeks(weeks)).relative() : new Meaning("XXXX-WXX-WE").relative();
    }

    static Meaning relativeMonth(Anchor a, int months) {
        return a.present() ? month(YearMonth.from(a.dateline()).plusMonths(months)).relative()
                : new Meaning("XXXX-XX").relative();
    }

    static Meaning relativeYear(Anchor a, int years) {
        return a.present() ? year(a.dateline().getYear() + years).relative() : new Meaning("XXXX").relative();
    }

    static Meaning relativeQuarter(Anchor a, int quarters) {
        if (!a.present()) {
            return new Meaning("XXXX-QX").relative();
        }
        LocalDate d = a.dateline().plusMonths(3L * quarters);
        return quarter(d.getYear(), (d.getMonthValue() + 2) / 3).relative();
    }

    static Meaning relativeSeason(Anchor a, String code, int offset) {
        if (!a.present()) {
            return new Meaning("XXXX-" + code).relative();
        }
        return season(a.dateline().getYear() + offset, code).relative();
    }

    /**
     * A season named without a year ("over the summer"): the dateline's year unless the anchor's
     * direction points across it, as for a bare month: in October a past "summer" is the one just
     * gone, a future one next year's.
     */
    static Meaning seasonOf(Anchor a, String code) {
        if (!a.present()) {
            return new Meaning("XXXX-" + code).relative();
        }
        LocalDate dl = a.dateline();
        Meaning here = season(dl.getYear(), code);
        int y = dl.getYear();
        boolean ahead = here.rangeStart.isAfter(dl);
        boolean gone = here.rangeEnd.isBefore(dl);
        switch (a.direction()) {
            case BACK -> y -= ahead ? 1 : 0;
            case FORWARD -> y += gone ? 1 : 0;
            case NEAREST -> {
                Meaning before = season(y - 1, code);
                Meaning after = season(y + 1, code);
                long toHere = ahead ? here.rangeStart.toEpochDay() - dl.toEpochDay()
                        : gone ? dl.toEpochDay() - here.rangeEnd.toEpochDay() : 0;
                if (dl.toEpochDay() - before.rangeEnd.toEpochDay() < toHere) {
                    y--;
                } else if (after.rangeStart.toEpochDay() - dl.toEpochDay() < toHere) {
                    y++;
                }
            }
        }
        Meaning m = season(y, code).relative();
        m.reading = a.reading();
        return m;
    }

    /** A weekday without a date, placed by the anchor's direction (see {@link Anchor.Direction}). */
    static Meaning weekday(Anchor a, DayOfWeek dow, Anchor.Direction dir) {
        if (!a.present()) {
            Meaning m = new Meaning("XXXX-WXX-" + dow.getValue()).relative();
            m.statedWeekday = dow;
            return m;
        }
        LocalDate back = a.dateline().with(TemporalAdjusters.previousOrSame(dow));
        LocalDate forward = a.dateline().with(TemporalAdjusters.nextOrSame(dow));
        LocalDate pick = switch (dir) {
            case BACK -> back;
            case FORWARD -> forward;
            case NEAREST -> a.dateline().toEpochDay() - back.toEpochDay()
                    <= forward.toEpochDay() - a.dateline().toEpochDay() ? back : forward;
        };
        Meaning m = day(pick).relative();
        m.statedWeekday = dow;
        m.reading = a.reading();
        return m;
    }

    /**
     * The year a month (and day; 0 for a whole month) without a year falls in, seen from the
     * anchor: the dateline's year unless the tense points across a year end.
     */
    static int inferYear(Anchor a, int month, int d) {
        LocalDate dl = a.dateline();
        int y = dl.getYear();
        int here = dl.getMonthValue() * 100 + (d == 0 ? 0 : dl.getDayOfMonth());
        int cmp = Integer.compare(month * 100 + d, here);
        if (monthAfterDateline(a, month, d)) {
            return dl.plusMonths(1).getYear();
        }
        if (withinAMonth(dl, month, d)) {
            // A day within a month of the dateline stays in its year whatever the tense says: the
            // tense is more often misread (or "was scheduled for") than a date a year away meant.
            return y;
        }
        return switch (a.direction()) {
            case BACK -> cmp > 0 ? y - 1 : y;
            case FORWARD -> cmp < 0 ? y + 1 : y;
            case NEAREST -> nearestYear(dl, month, d);
        };
    }

    /**
     * The month right after the dateline's, named alone with no word pointing back: the coming one
     * even in a past clause ("the visit slated for September", "told clients of a cut in September"
     * in August). News names the one eleven months back "last September".
     */
    private static boolean monthAfterDateline(Anchor a, int month, int d) {
        return d == 0 && a.cue() == null && a.dateline().plusMonths(1).getMonthValue() == month;
    }

    private static boolean withinAMonth(LocalDate dl, int month, int d) {
        return d > 0 && possibleInSomeYear(month, d) && !(month == 2 && d == 29)
                && Math.abs(LocalDate.of(dl.getYear(), month, d).toEpochDay() - dl.toEpochDay()) <= 31;
    }

    /**
     * With no tense to go by, the occurrence of the month (and day) closest to the dateline: in
     * January "October" is the one just gone, in November "January" the coming one.
     */
    private static int nearestYear(LocalDate dl, int month, int d) {
        int best = dl.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int y = dl.getYear() - 1; y <= dl.getYear() + 1; y++) {
            LocalDate first = LocalDate.of(y, month, 1);
            LocalDate from = d > 0 ? first.withDayOfMonth(Math.min(d, first.lengthOfMonth())) : first;
            LocalDate to = d > 0 ? from : first.withDayOfMonth(first.lengthOfMonth());
            long distance = dl.isBefore(from) ? from.toEpochDay() - dl.toEpochDay()
                    : dl.isAfter(to) ? dl.toEpochDay() - to.toEpochDay() : 0;
            // Ties go back: news mostly reports what happened.
            if (distance < bestDistance) {
                best = y;
                bestDistance = distance;
            }
        }
        return best;
    }

    static Meaning monthOfYear(Anchor a, int month) {
        if (!a.present()) {
            return new Meaning(String.format("XXXX-%02d", month)).relative();
        }
        Meaning m = month(YearMonth.of(inferYear(a, month, 0), month)).relative();
        boolean after = monthAfterDateline(a, month, 0);
        m.reading = after ? "the month after the dateline's: the coming one" : a.reading();
        m.placedAgainstTense = after;
        return m;
    }

    /** "Nov. 8": the year comes from the anchor; February 30 is flagged whatever the year. */
    static Meaning monthDay(Anchor a, int month, int d) {
        if (!possibleInSomeYear(month, d)) {
            Meaning m = new Meaning(null).relative();
            m.impossible = true;
            return m;
        }
        if (!a.present()) {
            return new Meaning(String.format("XXXX-%02d-%02d", month, d)).relative();
        }
        Meaning m = fullDate(inferYear(a, month, d), month, d).relative();
        m.reading = withinAMonth(a.dateline(), month, d) ? "within a month of the dateline: its year" : a.reading();
        return m;
    }

    /** A part of day appended to a day ("Tuesday evening" → 2021-11-09TEV). */
    static Meaning partOfDay(Meaning day, String code) {
        Meaning m = copy(day);
        m.type = TimexType.TIME;
        if (day.value != null) {
            m.value = day.value + "T" + code;
        }
        return m;
    }

    /** A clock time on a day ("3 p.m." → ...T15:00). */
    static Meaning clock(Meaning day, int hour, int minute) {
        Meaning m = copy(day);
        m.type = TimexType.TIME;
        if (day.value != null) {
            // The clock replaces a part of day: "midnight Wednesday night" is Wednesday T24:00, not TNIT24:00.
            int t = day.value.indexOf('T');
            m.value = (t < 0 ? day.value : day.value.substring(0, t)) + String.format("T%02d:%02d", hour, minute);
        }
        return m;
    }

    static Meaning copy(Meaning o) {
        Meaning m = new Meaning(o.value);
        m.type = o.type;
        m.mod = o.mod;
        m.relative = o.relative;
        m.impossible = o.impossible;
        m.date = o.date;
        m.rangeStart = o.rangeStart;
        m.rangeEnd = o.rangeEnd;
        m.statedWeekday = o.statedWeekday;
        m.explicitDate = o.explicitDate;
        m.anchorNote = o.anchorNote;
        m.reading = o.reading;
        return m;
    }
}
