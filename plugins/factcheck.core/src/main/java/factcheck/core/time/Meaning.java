package factcheck.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The normalised content of one expression before it is placed in the text: a mutable builder
 * the grammar and {@link Calendar} fill in and {@link TemporalResolver} turns into a
 * {@link TemporalExpression}.
 */
final class Meaning {
    String value;
    TimexType type = TimexType.DATE;
    String mod;
    boolean relative;
    boolean impossible;
    LocalDate date;
    LocalDate rangeStart;
    LocalDate rangeEnd;
    DayOfWeek statedWeekday;
    LocalDate explicitDate;
    /** What the value was counted from when that was not the dateline, for the explanation. */
    String anchorNote;
    /** Which way an ambiguous day or month was read and why ("past clause: the latest one"), or null. */
    String reading;
    /**
     * True when the reading placed the value whatever the clause's tense says (the month right after the
     * dateline's is the coming one even in a past clause), so the tense must not be compared with it.
     */
    boolean placedAgainstTense;

    Meaning(String value) {
        this.value = value;
    }

    Meaning type(TimexType t) {
        this.type = t;
        return this;
    }

    Meaning relative() {
        this.relative = true;
        return this;
    }

    Meaning mod(String m) {
        this.mod = m;
        return this;
    }

    Meaning range(LocalDate from, LocalDate to) {
        this.rangeStart = from;
        this.rangeEnd = to;
        return this;
    }
}
