package factcheck.core.time;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How the engine read a temporal expression, in one line for an editor's hover (the workbench and
 * the language server): "Tuesday evening → Tuesday 2021-11-09, from dateline 2021-11-10".
 */
public final class TemporalExplanation {

    private TemporalExplanation() {
    }

    public static String of(TemporalExpression t) {
        StringBuilder b = new StringBuilder(t.text()).append(" → ");
        if (t.impossible() || t.value() == null) {
            b.append("no such date");
        } else if (t.date() != null) {
            b.append(weekday(t.date())).append(' ').append(t.date());
        } else {
            b.append(t.value());
        }
        if (t.mod() != null) {
            b.append(" (").append(modWords(t.mod())).append(')');
        }
        if (t.anchor() != null) {
            b.append(", from ").append(t.anchor());
        } else if (t.relative() && !t.anchored()) {
            b.append(" (no dateline to resolve it against)");
        }
        if (t.weekdayMismatch()) {
            b.append("; but ").append(t.explicitDate()).append(" is a ").append(weekday(t.explicitDate()));
        }
        return b.toString();
    }

    /** The TIMEX3 mod in words: "1989 (its end)", "P3Y (about)". */
    private static String modWords(String mod) {
        return switch (mod) {
            case "START" -> "its start";
            case "MID" -> "its middle";
            case "END" -> "its end";
            case "APPROX" -> "about";
            case "MORE_THAN" -> "more than";
            case "LESS_THAN" -> "less than";
            case "EQUAL_OR_MORE" -> "at least";
            case "EQUAL_OR_LESS" -> "at most";
            case "ON_OR_AFTER" -> "on or after";
            default -> mod;
        };
    }

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
