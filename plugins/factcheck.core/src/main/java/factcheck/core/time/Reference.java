package factcheck.core.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The date last mentioned before an expression: what "two days later", "a year earlier", "that
 * year" and "the year-ago quarter" count from in news, where the dateline only anchors the first
 * date of a story. Only whole calendar values (a day, month, quarter, week or year) serve; a
 * reference keeps its granularity, so "a year earlier" after "the third quarter of 1989" is
 * 1988-Q3 and after "Sept. 30, 1989" is 1988-09-30.
 *
 * @param value    the TIMEX3 value mentioned ("1989-Q3", "1998-10-23")
 * @param text     the words that mentioned it, for the explanation
 * @param sentence index of the sentence it was mentioned in
 */
record Reference(String value, String text, int sentence) {

    /** The calendar units a reference can have. */
    enum Grain { DAY, WEEK, MONTH, QUARTER, YEAR }

    /** A reference for a found value, or null when the value is no whole calendar unit. */
    static Reference of(String value, String text, int sentence) {
        return value != null && grainOf(value) != null ? new Reference(value, text, sentence) : null;
    }

    Grain grain() {
        return grainOf(value);
    }

    private static Grain grainOf(String v) {
        if (v.length() >= 10 && isDay(v.substring(0, 10)) && (v.length() == 10 || v.charAt(10) == 'T')) {
            return Grain.DAY;
        }
        if (v.length() == 4 && digits(v)) {
            return Grain.YEAR;
        }
        if (v.length() == 7 && digits(v.substring(0, 4)) && v.charAt(4) == '-') {
            String rest = v.substring(5);
            if (digits(rest)) {
                return Grain.MONTH;
            }
            if (rest.charAt(0) == 'Q' && Character.isDigit(rest.charAt(1))) {
                return Grain.QUARTER;
            }
        }
        if (v.length() == 8 && digits(v.substring(0, 4)) && v.startsWith("-W", 4) && digits(v.substring(6))) {
            return Grain.WEEK;
        }
        return null;
    }

    private static boolean isDay(String v) {
        return digits(v.substring(0, 4)) && v.charAt(4) == '-' && digits(v.substring(5, 7)) && v.charAt(7) == '-'
                && digits(v.substring(8, 10));
    }

    private static boolean digits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    int year() {
        return Integer.parseInt(value.substring(0, 4));
    }

    /** The first day the reference covers. */
    LocalDate firstDay() {
        return switch (grain()) {
            case DAY -> LocalDate.parse(value.substring(0, 10));
            case MONTH -> YearMonth.parse(value).atDay(1);
            case QUARTER -> LocalDate.of(year(), 3 * (value.charAt(6) - '0') - 2, 1);
            case WEEK -> Calendar.weekStart(year(), Integer.parseInt(value.substring(6)));
            case YEAR -> LocalDate.of(year(), 1, 1);
        };
    }

    /**
     * The reference moved by {@code n} units at its own granularity: a year back from a quarter is
     * that quarter a year before. Null when the unit is finer than the reference ("two days later"
     * after "1998" says nothing exact) or does not divide it.
     */
    Meaning shift(int n, String unit) {
        Grain g = grain();
        LocalDate first = firstDay();
        Meaning m = switch (unit) {
            case "Y" -> at(g, first.plusYears(n));
            case "Q" -> g == Grain.QUARTER || g == Grain.MONTH || g == Grain.DAY ? at(g, first.plusMonths(3L * n)) : null;
            case "M" -> g == Grain.MONTH || g == Grain.DAY ? at(g, first.plusMonths(n)) : null;
            case "W" -> g == Grain.WEEK || g == Grain.DAY ? at(g, first.plusWeeks(n)) : null;
            case "D" -> g == Grain.DAY ? at(g, first.plusDays(n)) : null;
            default -> null;
        };
        return m == null ? null : explained(m, n == 0 ? "" : amount(Math.abs(n), unit) + (n < 0 ? " before " : " after "));
    }

    /**
     * The period a comparison looks back to ("year-earlier results", "up 4% from a year earlier"):
     * a year before the reference, unless the reference already lies in the year before the
     * dateline; then it is itself the period compared with ("a loss in the 1988 period; the
     * year-ago results included a charge": 1988, not 1987).
     */
    Meaning comparedYear(LocalDate dateline) {
        if (dateline != null && year() == dateline.getYear() - 1) {
            Meaning m = explained(at(grain(), firstDay()), "");
            m.anchorNote += ", itself the year before the dateline";
            return m;
        }
        return shift(-1, "Y");
    }

    /** The reference itself, as "that year" or "the same day" name it. */
    Meaning same() {
        return explained(at(grain(), firstDay()), "");
    }

    /**
     * The unit {@code unit} the reference falls in ("that year" after "Oct. 23, 1998" is 1998; "that
     * day" after a month is a day of it left unsaid).
     */
    Meaning enclosing(String unit) {
        LocalDate first = firstDay();
        Meaning m = switch (unit) {
            case "Y" -> Calendar.year(first.getYear());
            case "Q" -> grain() == Grain.YEAR ? null : Calendar.quarter(first.getYear(), (first.getMonthValue() + 2) / 3);
            case "M" -> grain() == Grain.YEAR || grain() == Grain.QUARTER ? null : Calendar.month(YearMonth.from(first));
            case "W" -> grain() == Grain.DAY || grain() == Grain.WEEK ? Calendar.week(first) : null;
            case "D" -> grain() == Grain.DAY ? Calendar.day(first) : grain() == Grain.MONTH ? someDayOf(first) : null;
            default -> null;
        };
        return m == null ? null : explained(m, "");
    }

    /** "that same day" after "last October": a day of that month, which one unsaid (TimeML 1998-10-XX). */
    private static Meaning someDayOf(LocalDate first) {
        YearMonth ym = YearMonth.from(first);
        return new Meaning(ym + "-XX").range(ym.atDay(1), ym.atEndOfMonth());
    }

    /** "The following month": the unit holding the reference, moved by {@code n} of that unit. */
    Meaning neighbour(int n, String unit) {
        Meaning holding = enclosing(unit);
        if (holding == null) {
            return null;
        }
        Reference unitRef = new Reference(holding.value, text, sentence);
        return unitRef.grain() == null ? null : unitRef.shift(n, unit);
    }

    private static Meaning at(Grain g, LocalDate first) {
        return switch (g) {
            case DAY -> Calendar.day(first);
            case WEEK -> Calendar.week(first);
            case MONTH -> Calendar.month(YearMonth.from(first));
            case QUARTER -> Calendar.quarter(first.getYear(), (first.getMonthValue() + 2) / 3);
            case YEAR -> Calendar.year(first.getYear());
        };
    }

    private static String amount(int n, String unit) {
        String name = switch (unit) {
            case "Y" -> "year";
            case "Q" -> "quarter";
            case "M" -> "month";
            case "W" -> "week";
            default -> "day";
        };
        return n + " " + name + (n == 1 ? "" : "s");
    }

    private Meaning explained(Meaning m, String how) {
        m.relative = true;
        m.anchorNote = how + value + ", the date mentioned before (\"" + text + "\")";
        return m;
    }
}
