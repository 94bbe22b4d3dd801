package factcheck.core.time;

import java.time.LocalDate;

/** Turns a resolved {@link Meaning} into the public {@link TemporalExpression} record. */
final class Expressions {

    private Expressions() {
    }

    static TemporalExpression build(String text, int start, int end, Meaning m, Tense tense, LocalDate dateline,
            int sentence) {
        if (m.value != null && m.value.endsWith("_REF")) {
            referenceRange(m, dateline);
        }
        boolean anchored = !m.relative || dateline != null || m.anchorNote != null;
        String anchor = m.anchorNote != null ? m.anchorNote
                : m.relative && dateline != null ? "dateline " + dateline + (m.reading != null ? ", " + m.reading : "")
                : null;
        return new TemporalExpression(start, end, text.substring(start, end), m.value, m.type, m.mod, anchor,
                m.relative, anchored, m.impossible, m.date, m.rangeStart, m.rangeEnd, m.statedWeekday,
                m.explicitDate, tense, sentence);
    }

    /**
     * PAST_REF, PRESENT_REF and FUTURE_REF speak from the dateline, so they are relative: with a
     * dateline the past ends there, the present is that day and the future starts there.
     */
    private static void referenceRange(Meaning m, LocalDate dateline) {
        m.relative = true;
        if (dateline == null) {
            return;
        }
        switch (m.value) {
            case "PAST_REF" -> m.rangeEnd = dateline;
            case "FUTURE_REF" -> m.rangeStart = dateline;
            default -> m.range(dateline, dateline);
        }
    }
}
