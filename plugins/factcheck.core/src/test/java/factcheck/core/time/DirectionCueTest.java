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
        Resolved fronted = Resolved.of("2022-10-26", "By Monday afternoon, the odds of a storm had doubled.");
        assertEquals("2022-10-24TAF", fronted.value("Monday afternoon"));
        Resolved state = Resolved.of("2022-10-26", "Ms. Okafor, who was the port's envoy to the union until "
                + "December, criticised the plan.");
        assertEquals("2021-12", state.value("December"));
        Resolved passive = Resolved.of("2022-10-26", "The tender was extended until December.");
        assertEquals("2022-12", passive.value("December"));
    }

    @Test
    void aCueThatOverridesThePastLeavesTheTenseUnknown() {
        Resolved r = Resolved.of("2022-09-18", "Police released him on bail till October.");
        assertEquals("2022-10", r.value("October"));
        assertEquals(Tense.UNKNOWN, r.get("October").tense());
    }

    @Test
    void plansLookAheadAndPossessiveDaysBack() {
        // 2022-10-26 is a Wednesday.
        Resolved plan = Resolved.of("2022-10-26", "Dockers were planning to march on Monday.");
        assertEquals("2022-10-31", plan.value("Monday"));
        Resolved possessive = Resolved.of("2022-10-26", "The union will appeal Monday's ruling.");
        assertEquals("2022-10-24", possessive.value("Monday"));
    }

    @Test
    void sinceLooksBackWhateverTheSentencePlans() {
        Resolved r = Resolved.of("2022-10-26", "The union, idle since March, plans to strike in November.");
        assertEquals("2022-03", r.value("since March"));
        assertEquals("2022-11", r.value("November"));
    }

    @Test
    void lastBeforeAMonthDayLooksBackToThatDate() {
        Resolved r = Resolved.of("2023-04-19", "The clinic has stayed shut since the fire last Oct. 23 destroyed it.");
        assertEquals("2022-10-23", r.value("Oct. 23"));
    }

    @Test
    void aMonthBeforeThisOrLastYear() {
        Resolved r = Resolved.of("2023-04-19", "The plant shut in June last year and reopened in January this year.");
        assertEquals("2022-06", r.value("June last year"));
        assertEquals("2023-01", r.value("January this year"));
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
