package factcheck.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Words before a date that say which way it lies, and months read with no tense at all. */
class DirectionCueTest {

    @Test
    void payableAndEffectiveLookAheadInAPastClause() {
        Resolved r = Resolved.of("2022-10-27", "Orchard Foods declared a dividend of 9 cents, payable Dec. 5. "
                + "The board named a new chair, effective Feb. 1.");
        assertEquals("2022-12-05", r.value("Dec. 5"));
        assertEquals("2023-02-01", r.value("Feb. 1"));
    }

    @Test
    void untilLooksAheadUnlessAPastPerfectPrecedesIt() {
        // 2022-10-26 is a Wednesday.
        Resolved ahead = Resolved.of("2022-10-26", "The port authority extended the tender until Monday.");
        assertEquals("2022-10-31", ahead.value("Monday"));
        Resolved over = Resolved.of("2022-10-26", "Inspectors had finished the audit by Monday.");
        assertEquals("2022-10-24", over.value("Monday"));
    }

    @Test
    void withoutTenseAMonthIsItsNearestOccurrence() {
        Resolved winter = Resolved.of("2023-01-10", "Fuel prices: a peak in October, a dip in March.");
        assertEquals("2022-10", winter.value("October"));
        assertEquals("2023-03", winter.value("March"));
        Resolved autumn = Resolved.of("2022-11-20", "Fuel prices: a peak in January.");
        assertEquals("2023-01", autumn.value("January"));
    }
}
