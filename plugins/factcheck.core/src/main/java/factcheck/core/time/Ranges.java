package factcheck.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds a range expression over two dates joined as "from X to Y", "between X and Y" or "X-Y"
 * (years only). Both ends stay in the output as expressions of their own; the range is a DURATION
 * whose value is the ISO 8601 interval of the two values ("2019/2021") and whose range fields run
 * from the first day of X to the last day of Y.
 */
final class Ranges {

    private static final Set<String> TO_WORDS = Set.of("to", "through", "until", "till", "thru");

    private Ranges() {
    }

    static List<TemporalExpression> add(WordSeq w, List<TemporalResolver.Found> found, LocalDate dateline) {
        List<TemporalExpression> out = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            TemporalResolver.Found a = found.get(k);
            TemporalResolver.Found b = k + 1 < found.size() ? found.get(k + 1) : null;
            int lead = startOfRange(w, a, b);
            if (lead >= 0) {
                out.add(range(w, lead, a.expression(), b.expression(), dateline));
            }
            out.add(a.expression());
        }
        return out;
    }

    /** The word index the range starts at, or -1 when {@code a} and {@code b} do not form one. */
    private static int startOfRange(WordSeq w, TemporalResolver.Found a, TemporalResolver.Found b) {
        if (b == null || b.from() != a.to() + 1 || !isDate(a.expression()) || !isDate(b.expression())
                || !ordered(a.expression(), b.expression())) {
            return -1;
        }
        int joint = a.to();
        boolean from = a.from() > 0 && w.is(a.from() - 1, "from");
        boolean between = a.from() > 0 && w.is(a.from() - 1, "between");
        String j = w.lower(joint);
        if (from && TO_WORDS.contains(j) || between && j.equals("and")) {
            return a.from() - 1;
        }
        boolean dash = (w.isPunct(joint, '-') || w.isPunct(joint, '\u2013')) && w.touchesPrevious(joint)
                && w.touchesPrevious(joint + 1);
        if (dash && a.expression().value().length() == 4 && b.expression().value().length() == 4) {
            return from || between ? a.from() - 1 : a.from();
        }
        return -1;
    }

    /** Two inferred years can cross ("between March and May" in a past clause in April); no range then. */
    private static boolean ordered(TemporalExpression a, TemporalExpression b) {
        return a.rangeStart() == null || b.rangeEnd() == null || !b.rangeEnd().isBefore(a.rangeStart());
    }

    private static boolean isDate(TemporalExpression e) {
        return e.timexType() == TimexType.DATE && e.value() != null
                && !e.value().endsWith("_REF");
    }

    private static TemporalExpression range(WordSeq w, int lead, TemporalExpression a, TemporalExpression b,
            LocalDate dateline) {
        int start = w.start(lead);
        Meaning m = new Meaning(a.value() + "/" + b.value()).type(TimexType.DURATION)
                .range(a.rangeStart(), b.rangeEnd());
        m.relative = a.relative() || b.relative();
        return Expressions.build(w.source(), start, b.end(), m, a.tense(), dateline, a.sentence());
    }
}
