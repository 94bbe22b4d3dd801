package factcheck.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Words around a date that say which way it lies, and months read with no tense at all. */
class DirectionCueTest {

    /** 2022-10-26 is a Wednesday. */
    private static final String WED = "2022-10-26";

    private static void assertValue(String expected, String dateline, String text, String covered) {
        assertEquals(expected, Resolved.of(dateline, text).value(covered), text);
    }

    @Test
    void payableAndEffectiveLookAheadInAPastClause() {
        Resolved r = Resolved.of("2022-10-27", "Orchard Foods declared a dividend of 9 cents, payable Dec. 5. "
                + "The board named a new chair, effective Feb. 1.");
        assertEquals("2022-12-05", r.value("Dec. 5"));
        assertEquals("2023-02-01", r.value("Feb. 1"));
    }

    @Test
    void untilLooksAheadUnlessAFinishedPastSurroundsIt() {
        assertValue("2022-10-31", WED, "The port authority extended the tender until Monday.", "Monday");
        assertValue("2022-10-24", WED, "Inspectors had finished the audit by Monday.", "Monday");
        assertValue("2022-10-24TAF", WED, "By Monday afternoon, the odds of a storm had doubled.", "Monday afternoon");
        assertValue("2021-12", WED, "Ms. Okafor, who was the port's envoy to the union until December, criticised "
                + "the plan.", "December");
        assertValue("2022-12", WED, "The tender was extended until December.", "December");
    }

    @Test
    void aPlanNamedAsANounDatesTheAnnouncementNotThePlan() {
        assertValue("2022-05", WED, "In May, the mill announced plans to build a second kiln.", "May");
        assertValue("2023-05", WED, "The mill plans to build a second kiln in May.", "May");
    }

    @Test
    void aCueThatOverridesThePastLeavesTheTenseUnknown() {
        Resolved r = Resolved.of("2022-09-18", "Police released him on bail till October.");
        assertEquals("2022-10", r.value("October"));
        assertEquals(Tense.UNKNOWN, r.get("October").tense());
    }

    @Test
    void plansLookAheadAndPossessiveDaysBack() {
        assertValue("2022-10-31", WED, "Dockers were planning to march on Monday.", "Monday");
        assertValue("2022-10-24", WED, "The union will appeal Monday's ruling.", "Monday");
    }

    @Test
    void sinceLooksBackWhateverTheSentencePlans() {
        String text = "The union, idle since March, plans to strike in November.";
        assertValue("2022-03", WED, text, "since March");
        assertValue("2022-11", WED, text, "November");
    }

    @Test
    void lastBeforeAMonthDayLooksBackToThatDate() {
        assertValue("2022-10-23", "2023-04-19", "The clinic has stayed shut since the fire last Oct. 23 destroyed it.",
                "Oct. 23");
    }

    @Test
    void aMonthBeforeThisOrLastYear() {
        String text = "The plant shut in June last year and reopened in January this year.";
        assertValue("2022-06", "2023-04-19", text, "June last year");
        assertValue("2023-01", "2023-04-19", text, "January this year");
    }

    @Test
    void aMonthOfThisLastOrNextYearIsOneExpression() {
        // The month right after the dateline's would be the coming one alone; "of this year" says otherwise.
        String text = "Dockers in Gdynia struck in January of this year, and in January of last year; talks resume in "
                + "January of next year.";
        assertValue("2023-01", "2023-12-02", text, "January of this year");
        assertValue("2022-01", "2023-12-02", text, "January of last year");
        assertValue("2024-01", "2023-12-02", text, "January of next year");
    }

    @Test
    void withoutTenseAMonthIsItsNearestOccurrence() {
        String text = "Fuel prices: a peak in October, a dip in March.";
        assertValue("2022-10", "2023-01-10", text, "October");
        assertValue("2023-03", "2023-01-10", text, "March");
        assertValue("2023-01", "2022-11-20", "Fuel prices: a peak in January.", "January");
    }
}
