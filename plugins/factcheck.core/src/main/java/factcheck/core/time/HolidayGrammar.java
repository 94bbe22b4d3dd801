package factcheck.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Named days from the lexicon's {@code holiday} table: "Christmas", "Thanksgiving Day", "Election
 * Day". A holiday without a year falls in the year a month-day would ("Thanksgiving" in a past
 * clause in January is last November's); "Christmas 2019" names its year.
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
