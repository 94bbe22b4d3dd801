package factcheck.core.kb;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as written in the knowledge base, possibly known only to the month or year. Editors write
 * {@code 2019-05} rather than inventing a day, and queries then treat the whole month as uncertain.
 *
 * @param first     the first day the written value can mean
 * @param last      the last day it can mean (equal to {@code first} for a day-precise date)
 * @param precision how much of the date was written
 */
public record KbDate(LocalDate first, LocalDate last, Precision precision) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** A day-precise date. */
    public static KbDate of(LocalDate day) {
        return new KbDate(day, day, Precision.DAY);
    }

    /**
     * Parses {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}.
     *
     * @throws IllegalArgumentException naming the bad text
     */
    public static KbDate parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("bad date '" + text + "' (write YYYY-MM-DD, YYYY-MM or YYYY)");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new KbDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new KbDate(month.atDay(1), month.atEndOfMonth(), Precision.MONTH);
            }
            return of(month.atDay(Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("bad date '" + text + "': " + e.getMessage(), e);
        }
    }

    public boolean exact() {
        return precision == Precision.DAY;
    }

    /** The date as the data wrote it: "2021-01-20", "2019-05" or "2019". */
    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> first.toString();
            case MONTH -> first.toString().substring(0, 7);
            case YEAR -> first.toString().substring(0, 4);
        };
    }
}
