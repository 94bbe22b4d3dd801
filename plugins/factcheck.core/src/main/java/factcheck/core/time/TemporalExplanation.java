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

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
