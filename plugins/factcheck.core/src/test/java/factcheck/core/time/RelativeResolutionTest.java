package factcheck.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Relative expressions against a dateline; 2019-03-14 is a Thursday in ISO week 11. */
class RelativeResolutionTest {

    private static final String THU = "2019-03-14";

    @Test
    void bareWeekdayFollowsTense() {
        Resolved past = Resolved.of(THU, "The harbour master resigned on Tuesday.");
        assertEquals("2019-03-12", past.value("Tuesday"));
        assertEquals(Tense.PAST, past.get("Tuesday").tense());
        assertEquals(DayOfWeek.TUESDAY, past.get("Tuesday").statedWeekday());
        Resolved future = Resolved.of(THU, "The island council will vote on Tuesday.");
        assertEquals("2019-03-19", future.value("Tuesday"));
        assertEquals(Tense.FUTURE, future.get("Tuesday").tense());
    }

    @Test
    void sameWeekdayAsDatelineIsTheDatelineInEitherTense() {
        assertEquals("2019-03-14", Resolved.of(THU, "The ferry sank on Thursday.").value("Thursday"));
        assertEquals("2019-03-14", Resolved.of(THU, "The ferry will sail Thursday.").value("Thursday"));
    }

    @Test
    void clauseTenseWinsOverSentenceTense() {
        Resolved r = Resolved.of(THU, "The coach said on Monday that the club will appeal on Friday.");
        assertEquals("2019-03-11", r.value("Monday"));
        assertEquals("2019-03-15", r.value("Friday"));
    }

    @Test
    void lastAndNextWeekMonthYear() {
        Resolved r = Resolved.of(THU, "Exports fell last month, rose last week and will grow next week, "
                + "next month and next year, after a poor last year.");
        assertEquals("2019-02", r.value("last month"));
        assertEquals("2019-W10", r.value("last week"));
        assertEquals("2019-W12", r.value("next week"));
        assertEquals("2019-04", r.value("next month"));
        assertEquals("2020", r.value("next year"));
        assertEquals("2018", r.value("last year"));
        assertEquals(LocalDate.of(2019, 3, 18), r.get("next week").rangeStart());
        assertEquals(LocalDate.of(2019, 2, 28), r.get("last month").rangeEnd());
    }

    @Test
    void boundariesAcrossYearEnd() {
        Resolved r = Resolved.of("2020-01-02", "Sales fell last month, yesterday and last week; they will recover next week.");
        assertEquals("2019-12", r.value("last month"));
        assertEquals("2020-01-01", r.value("yesterday"));
        assertEquals("2019-W52", r.value("last week"));
        assertEquals("2020-W02", r.value("next week"));
        // 1 January 2021 is a Friday in ISO week 53 of 2020.
        assertEquals("2020-W53", Resolved.of("2021-01-01", "Stores reopened this week.").value("this week"));
        assertEquals("2020-02-29", Resolved.of("2020-03-01", "The pier collapsed yesterday.").value("yesterday"));
    }

    @Test
    void lastAndNextWeekdayAreStrict() {
        Resolved r = Resolved.of(THU, "The lecturer spoke last Thursday and returns next Thursday.");
        assertEquals("2019-03-07", r.value("last Thursday"));
        assertEquals("2019-03-21", r.value("next Thursday"));
    }

    @Test
    void countedOffsets() {
        Resolved r = Resolved.of(THU, "The dam failed two days ago, the levee a year ago and the sluice three weeks ago; "
                + "repairs will finish in three weeks.");
        assertEquals("2019-03-12", r.value("two days ago"));
        assertEquals("2018", r.value("a year ago"));
        assertEquals("2019-W08", r.value("three weeks ago"));
        assertEquals("2019-W14", r.value("in three weeks"));
    }

    @Test
    void earlierAndLaterKeepTheUnitButClipTheRange() {
        Resolved r = Resolved.of(THU, "The senator retired earlier this year and will publish a memoir later this month.");
        TemporalExpression earlier = r.get("earlier this year");
        assertEquals("2019", earlier.value());
        assertEquals(LocalDate.of(2019, 1, 1), earlier.rangeStart());
        assertEquals(LocalDate.of(2019, 3, 14), earlier.rangeEnd());
        TemporalExpression later = r.get("later this month");
        assertEquals("2019-03", later.value());
        assertEquals(LocalDate.of(2019, 3, 14), later.rangeStart());
        assertEquals(LocalDate.of(2019, 3, 31), later.rangeEnd());
    }

    @Test
    void partsOfDay() {
        Resolved r = Resolved.of(THU, "Fog lifted this morning; the gala was held Tuesday evening, the storm hit last night "
                + "and the vote is tonight.");
        assertEquals("2019-03-14TMO", r.value("this morning"));
        assertEquals("2019-03-12TEV", r.value("Tuesday evening"));
        assertEquals("2019-03-13TNI", r.value("last night"));
        assertEquals("2019-03-14TNI", r.value("tonight"));
        assertEquals(TimexType.TIME, r.get("tonight").timexType());
    }

    @Test
    void monthsAndDaysWithoutYearTakeTheYearTheTensePointsTo() {
        Resolved r = Resolved.of("2019-12-20", "The mill closed in February and will reopen on Jan. 6 or in March.");
        assertEquals("2019-02", r.value("February"));
        assertEquals("2020-01-06", r.value("Jan. 6"));
        assertEquals("2020-03", r.value("March"));
        assertTrue(r.get("Jan. 6").relative());
    }

    @Test
    void anchorIsRecorded() {
        TemporalExpression e = Resolved.of(THU, "The archive opened yesterday.").get("yesterday");
        assertEquals("dateline 2019-03-14", e.anchor());
        assertTrue(e.anchored());
        assertEquals(LocalDate.of(2019, 3, 13), e.date());
    }

    @Test
    void anchorSaysHowAnAmbiguousDayWasRead() {
        Resolved r = Resolved.of(THU, "The harbour master resigned on Tuesday.");
        assertEquals("dateline 2019-03-14, past clause: the latest on or before the dateline",
                r.get("Tuesday").anchor());
        Resolved present = Resolved.of(THU, "The board is away on Monday.");
        assertEquals("dateline 2019-03-14, present clause: the nearest to the dateline",
                present.get("Monday").anchor());
        Resolved cue = Resolved.of(THU, "The levy was made payable March 30.");
        assertEquals("dateline 2019-03-14, within a month of the dateline: its year", cue.get("March 30").anchor());
    }

    @Test
    void withoutDatelineRelativeValuesKeepUnknownParts() {
        Resolved r = Resolved.of(null, "The curator left on Tuesday, returned yesterday, lost funding last month "
                + "and moved on Nov. 8, two days ago, recently.");
        assertEquals("XXXX-WXX-2", r.value("Tuesday"));
        assertEquals("XXXX-XX-XX", r.value("yesterday"));
        assertEquals("XXXX-XX", r.value("last month"));
        assertEquals("XXXX-11-08", r.value("Nov. 8"));
        assertEquals("PAST_REF", r.value("recently"));
        for (String s : new String[] {"Tuesday", "yesterday", "last month", "Nov. 8", "two days ago", "recently"}) {
            assertFalse(r.get(s).anchored(), s);
            assertTrue(r.get(s).relative(), s);
            assertNull(r.get(s).anchor(), s);
            assertNull(r.get(s).date(), s);
        }
    }

    @Test
    void absoluteDatesNeedNoDateline() {
        TemporalExpression e = Resolved.of(null, "The treaty was signed on 8 November 1990.").get("8 November 1990");
        assertEquals("1990-11-08", e.value());
        assertTrue(e.anchored());
        assertFalse(e.relative());
    }

    @Test
    void thisWeekendFollowsTenseLikeTheWeekend() {
        // dated Tuesday 2019-07-23: a past "this weekend" is July 20-21, a future one July 27-28
        Resolved past = Resolved.of("2019-07-23", "The storm formed over the islands this weekend.");
        assertEquals(LocalDate.of(2019, 7, 20), past.get("this weekend").rangeStart());
        Resolved future = Resolved.of("2019-07-23", "The storm will reach the coast this weekend.");
        assertEquals(LocalDate.of(2019, 7, 27), future.get("this weekend").rangeStart());
    }
}
