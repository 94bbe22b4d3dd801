package factcheck.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Named days from the lexicon's {@code holiday} table: "Christmas", "Thanksgiving Day", "Election
 * Day". A holiday without a year falls in the year a month-day would ("Thanksgiving" in a past
 * clause in January is last November's); "Christmas 2019" names its year. Easter and the days
 * counted from it (code E+N, E-N) follow the Gregorian computus.
 */
final class HolidayGrammar {

    private final PhraseReader r;
    private final WordSeq w;

    HolidayGrammar(PhraseReader reader) {
        this.r = reader;
        this.w = reader.words();
    }

    void collect(int i, List<Candidate> out) {
        if (!w.isWord(i) || !w.capitalized(i)) {
            return;
        }
        Lexicon.Hit h = r.lexicon().match("holiday", w, i);
        if (h == null) {
            return;
        }
        String code = h.code();
        if (code.startsWith("E")) {
            easter(i, h, Integer.parseInt(code.substring(1)), out);
            return;
        }
        int month = Integer.parseInt(code.substring(0, 2));
        Lexicon.Hit year = r.year(h.end());
        if (year != null) {
            int y = year.intCode();
            out.add(new Candidate(i, year.end(), a -> Calendar.day(dayIn(y, code))));
            return;
        }
        out.add(new Candidate(i, h.end(), a -> {
            if (!a.present()) {
                return new Meaning("XXXX-" + code.substring(0, 2) + "-XX").relative();
            }
            int y = Calendar.inferYear(a, month, dayIn(a.dateline().getYear(), code).getDayOfMonth());
            return Calendar.day(dayIn(y, code)).relative();
        }));
    }

    /**
     * A day counted from Easter Sunday ({@code shift} days after it): "Easter", "Good Friday",
     * "Easter 2019"; "Easter week" is the ISO week holding Easter Sunday (Holy Week up to it). Without
     * a year the Easter nearest the dateline in the clause's direction, as for a month.
     */
    private void easter(int i, Lexicon.Hit h, int shift, List<Candidate> out) {
        Lexicon.Hit year = r.year(h.end());
        boolean week = shift == 0 && year == null && w.is(h.end(), "week");
        int end = year != null ? year.end() : week ? h.end() + 1 : h.end();
        out.add(new Candidate(i, end, a -> {
            int y;
            if (year != null) {
                y = year.intCode();
            } else if (a.present()) {
                LocalDate thisYears = easterSunday(a.dateline().getYear());
                y = Calendar.inferYear(a, thisYears.getMonthValue(), thisYears.getDayOfMonth());
            } else {
                return null;
            }
            LocalDate day = easterSunday(y).plusDays(shift);
            Meaning m = week ? Calendar.week(day) : Calendar.day(day);
            m.relative = year == null;
            return m;
        }));
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of 1876). */
    static LocalDate easterSunday(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    /**
     * The day a holiday code names in year {@code y}: "12-25" a fixed day, "11-4-4" the fourth
     * Thursday of November, "05-L-1" the last Monday of May, "11-1-1+1" the day after the first
     * Monday of November.
     */
    static LocalDate dayIn(int y, String code) {
        String[] parts = code.split("-");
        int month = Integer.parseInt(parts[0]);
        if (parts.length == 2) {
            return LocalDate.of(y, month, Integer.parseInt(parts[1]));
        }
        String[] dayAndShift = parts[2].split("\\+");
        DayOfWeek dow = DayOfWeek.of(Integer.parseInt(dayAndShift[0]));
        LocalDate first = LocalDate.of(y, month, 1);
        LocalDate d = parts[1].equals("L") ? first.with(TemporalAdjusters.lastInMonth(dow))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(parts[1]), dow));
        return dayAndShift.length > 1 ? d.plusDays(Integer.parseInt(dayAndShift[1])) : d;
    }
}
