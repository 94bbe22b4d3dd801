package factcheck.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TIMEX3 value in the words an editor reads: "2021-W46" becomes "week of 15 November 2021",
 * "FUTURE_REF" "(future, no date)", "20" (the 21st century) "2001–2100". Used by the workbench's
 * outline, hovers and Fact Check view, so they all say the same thing. A value this class does not
 * know is shown as it is rather than guessed at.
 */
public final class HumanDate {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d)(?:T(MO|AF|EV|NI|\\d\\d:\\d\\d))?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d\\d)");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d\\d)(-WE)?");
    private static final Pattern PART_OF_YEAR = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)");
    private static final Pattern OPEN_DAY = Pattern.compile("XXXX-(\\d\\d)-(\\d\\d)");
    private static final Pattern OPEN_MONTH = Pattern.compile("XXXX-(\\d\\d)");
    private static final Pattern OPEN_WEEKDAY = Pattern.compile("XXXX-WXX-([1-7])(?:T(MO|AF|EV|NI))?");
    private static final Pattern DURATION = Pattern.compile("P(T?)(\\d+(?:\\.\\d+)?|X)(DE|CE|[YMWDHS])");

    private static final Map<String, String> PARTS = Map.of("Q1", "first quarter of ", "Q2", "second quarter of ",
            "Q3", "third quarter of ", "Q4", "fourth quarter of ", "H1", "first half of ", "H2", "second half of ",
            "SP", "spring ", "SU", "summer ", "FA", "autumn ", "WI", "winter ");
    private static final Map<String, String> DAY_PARTS = Map.of("MO", "morning", "AF", "afternoon", "EV", "evening",
            "NI", "night");
    private static final Map<String, String> MODS = Map.of("START", "early ", "MID", "mid-", "END", "late ",
            "APPROX", "about ", "MORE_THAN", "more than ", "LESS_THAN", "less than ", "EQUAL_OR_MORE", "at least ",
            "EQUAL_OR_LESS", "at most ");

    private HumanDate() {
    }

    /** The expression's value in words ("next week" → "week of 15 November 2021"). */
    public static String of(TemporalExpression t) {
        if (t.impossible() || t.value() == null) {
            return "no such date";
        }
        return of(t.value(), t.timexType(), t.mod());
    }

    /**
     * The expression, its value in words and what it was resolved against, for a hover:
     * "Tuesday evening → Tuesday 9 November 2021, evening (from dateline 2021-11-10, …)".
     */
    public static String explain(TemporalExpression t) {
        StringBuilder b = new StringBuilder(t.text()).append(" → ").append(of(t));
        if (t.anchor() != null) {
            b.append(" (from ").append(t.anchor()).append(')');
        } else if (t.relative() && !t.anchored()) {
            b.append(" (no dateline to resolve it against)");
        }
        if (t.weekdayMismatch()) {
            b.append("; but ").append(day(t.explicitDate())).append(" is a ").append(weekday(t.explicitDate()));
        }
        return b.toString();
    }

    /**
     * A TIMEX3 value in words.
     *
     * @param type SET turns a period or weekday into a recurrence ("every week"); may be null
     * @param mod  a TIMEX3 mod ("START" → "early …"), or null
     */
    public static String of(String value, TimexType type, String mod) {
        String words;
        try {
            words = type == TimexType.SET ? recurrence(value) : value(value);
        } catch (DateTimeException e) {
            return value; // "2021-02-30", "2021-W53" in a 52-week year: show what the engine wrote
        }
        String prefix = mod == null ? null : MODS.get(mod);
        return prefix == null || words.startsWith("(") ? words : prefix + words;
    }

    private static String value(String v) {
        int slash = v.indexOf('/');
        if (slash > 0) {
            return value(v.substring(0, slash)) + "–" + value(v.substring(slash + 1));
        }
        switch (v) {
            case "PAST_REF":
                return "(past, no date)";
            case "PRESENT_REF":
                return "(now, no date)";
            case "FUTURE_REF":
                return "(future, no date)";
            case "XXXX":
                return "(a year, not named)";
            default:
                break;
        }
        Matcher m;
        if ((m = DAY.matcher(v)).matches()) {
            LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            String time = m.group(4) == null ? "" : ", " + DAY_PARTS.getOrDefault(m.group(4), m.group(4));
            return weekday(d) + " " + day(d) + time;
        }
        if ((m = WEEK.matcher(v)).matches()) {
            LocalDate midYear = LocalDate.of(num(m, 1), 6, 1);
            if (!IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(midYear).isValidValue(num(m, 2))) {
                return v; // week 53 of a 52-week year: with() would roll it into the next year
            }
            LocalDate monday = midYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return m.group(3) == null ? "week of " + day(monday) : "weekend of " + day(monday.plusDays(5));
        }
        if ((m = MONTH.matcher(v)).matches()) {
            return month(num(m, 2)) + " " + m.group(1);
        }
        if ((m = PART_OF_YEAR.matcher(v)).matches()) {
            return PARTS.get(m.group(2)) + m.group(1);
        }
        if (v.matches("\\d{4}")) {
            return v;
        }
        if (v.matches("\\d{3}")) {
            return v + "0–" + v + "9"; // a decade: 199 is 1990–1999
        }
        if (v.matches("\\d{2}")) {
            int century = Integer.parseInt(v); // TIMEX3 "20" is the twenty-first century: 2001–2100
            return (century * 100 + 1) + "–" + (century * 100 + 100);
        }
        if ((m = OPEN_DAY.matcher(v)).matches()) {
            return Integer.parseInt(m.group(2)) + " " + month(num(m, 1)) + " (year not known)";
        }
        if ((m = OPEN_MONTH.matcher(v)).matches()) {
            return month(num(m, 1)) + " (year not known)";
        }
        if ((m = OPEN_WEEKDAY.matcher(v)).matches()) {
            return "a " + weekdayAndPart(m) + " (no date)";
        }
        if ((m = DURATION.matcher(v)).matches()) {
            return duration(m);
        }
        return v;
    }

    private static String recurrence(String v) {
        Matcher m = DURATION.matcher(v);
        if (m.matches() && "1".equals(m.group(2))) {
            return "every " + unit(m.group(1), m.group(3), false);
        }
        if (m.matches()) {
            return "every " + duration(m);
        }
        m = OPEN_WEEKDAY.matcher(v);
        if (m.matches()) {
            return "every " + weekdayAndPart(m);
        }
        m = OPEN_MONTH.matcher(v);
        if (m.matches()) {
            return "every " + month(num(m, 1));
        }
        return "repeatedly: " + value(v);
    }

    /** "Tuesday", or "Tuesday night" for XXXX-WXX-2TNI. */
    private static String weekdayAndPart(Matcher m) {
        String day = weekday(DayOfWeek.of(num(m, 1)));
        return m.group(2) == null ? day : day + " " + DAY_PARTS.get(m.group(2));
    }

    private static String duration(Matcher m) {
        String amount = m.group(2);
        if (amount.equals("X")) {
            return "some " + unit(m.group(1), m.group(3), true);
        }
        boolean one = amount.equals("1");
        return amount + " " + unit(m.group(1), m.group(3), !one);
    }

    private static String unit(String time, String unit, boolean plural) {
        String word = switch (unit) {
            case "Y" -> "year";
            case "M" -> time.isEmpty() ? "month" : "minute";
            case "W" -> "week";
            case "D" -> "day";
            case "H" -> "hour";
            case "S" -> "second";
            case "DE" -> "decade";
            case "CE" -> "century";
            default -> unit;
        };
        if (!plural) {
            return word;
        }
        return word.equals("century") ? "centuries" : word + "s";
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + month(d.getMonthValue()) + " " + d.getYear();
    }

    private static String month(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String weekday(LocalDate d) {
        return weekday(d.getDayOfWeek());
    }

    private static String weekday(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
