package factcheck.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Parts of a year named with a year word or a count: quarters, halves, the week of a day. */
class QuarterAndHalfYearTest {

    private static final String DATELINE = "2022-11-16";

    @Test
    void aQuarterOfNextOrLastYearTakesThatYear() {
        // The year words stay an expression of their own, so "next year" is still reported as
        // relative to the dateline; the quarter after them takes their year.
        Resolved r = Resolved.of(DATELINE, "Harlow Ceramics expects the kiln to run by next year's second quarter; "
                + "last year's fourth quarter was its worst.");
        assertEquals("2023-Q2", r.value("second quarter"));
        assertEquals("2023", r.value("next year"));
        assertEquals("2021-Q4", r.value("fourth quarter"));
        assertTrue(r.get("second quarter").relative());
    }

    @Test
    void halvesOfANamedOrRelativeYear() {
        Resolved r = Resolved.of(DATELINE, "Freight volumes sagged in the second half of 2021 and should recover "
                + "through the first two quarters of 2023, then grow in the first half of next year.");
        assertEquals("2021-H2", r.value("the second half of 2021"));
        assertEquals("2023-H1", r.value("the first two quarters of 2023"));
        assertEquals("2023-H1", r.value("the first half"));
        assertEquals("2023", r.value("next year"));
        assertEquals("first half of 2023", HumanDate.of(r.get("the first half")));
    }

    @Test
    void aHalfOfSomethingElseIsNoDate() {
        Resolved r = Resolved.of(DATELINE, "Mbeki scored in the second half, a second-half goal that settled it.");
        assertFalse(r.texts().stream().anyMatch(t -> t.contains("half")), r.texts().toString());
    }

    @Test
    void quartersOfAWholeAreSharesNotTime() {
        Resolved r = Resolved.of(DATELINE, "Malta imports about three-quarters of its grain and three quarters of "
                + "the oil it burns. The ferry firm returned to profit after several quarters of losses.");
        assertFalse(r.texts().stream().anyMatch(t -> t.contains("three")), r.texts().toString());
        assertEquals("PXQ", r.value("several quarters"));
    }

    @Test
    void theWeekOfADayIsThatWeek() {
        Resolved r = Resolved.of(DATELINE, "The hearing may take place the week of Dec. 5, lawyers for Ms. Varga said.");
        assertEquals("2022-W49", r.value("the week of Dec. 5"));
    }
}
