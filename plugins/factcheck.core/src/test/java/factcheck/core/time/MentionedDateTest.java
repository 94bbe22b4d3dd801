package factcheck.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Expressions counted from the date mentioned before them instead of the dateline. */
class MentionedDateTest {

    private static final String DATELINE = "2021-06-09";

    @Test
    void laterAndEarlierCountFromTheLastMentionAtItsGranularity() {
        Resolved r = Resolved.of(DATELINE, "The dam at Kariba cracked on March 3, 2017. Three days later the "
                + "valley flooded. Repairs began in August 2018 and ended a month later.");
        assertEquals("2017-03-06", r.value("Three days later"));
        assertEquals("2018-09", r.value("a month later"));
        assertTrue(r.get("Three days later").anchor().contains("2017-03-03"), r.get("Three days later").anchor());
        assertTrue(r.get("Three days later").anchored());
    }

    @Test
    void aCountedPointDoesNotBecomeTheNextReference() {
        Resolved r = Resolved.of(DATELINE, "Ticket sales in 2019 doubled from a year earlier, and a year earlier "
                + "they had tripled.");
        assertEquals("2018", r.get("a year earlier").value());
        assertEquals(2, r.all.stream().filter(e -> e.value().equals("2018")).count());
    }

    @Test
    void aComparisonWithTheYearBeforeTheDatelineIsThatYear() {
        // Results compare the current period with the year before; a mention of that year is
        // already the period compared with, not the start of another year back.
        Resolved r = Resolved.of(DATELINE, "The ferry line lost $4 million in 2020, when the port closed for a "
                + "month. The year-earlier results included a gain. Fares were $9, up from $7 a year earlier.");
        assertEquals("2020", r.value("year-earlier"));
        assertEquals("2020", r.value("a year earlier"));
        assertTrue(TemporalExplanation.of(r.get("year-earlier")).contains("itself the year before the dateline"),
                TemporalExplanation.of(r.get("year-earlier")));
        // Told as a story, a year earlier than 2020 is still 2019.
        assertEquals("2019", Resolved.of(DATELINE, "In 2020 the ferry line ran at a loss. A year earlier it had "
                + "turned a profit.").value("A year earlier"));
    }

    @Test
    void theSamePeriodLastYearIsTheMentionedQuarterAYearBack() {
        Resolved r = Resolved.of("2022-11-16", "Kestrel Foods earned $12 million in the third quarter, up from "
                + "$9 million in the same period last year. Sales in the quarter a year earlier were lower, and "
                + "last year's quarter also carried a charge.");
        assertEquals("2021-Q3", r.value("the same period last year"));
        assertEquals("2021-Q3", r.value("the quarter a year earlier"));
        assertEquals("2021-Q3", r.value("last year's quarter"));
        assertTrue(r.get("the same period last year").anchor().contains("2022-Q3"),
                r.get("the same period last year").anchor());
    }

    @Test
    void theLatestPeriodWithoutAQuarterBeforeIsTheLastCompletedOne() {
        Resolved r = Resolved.of("2022-11-16", "Ostrava Steel said sales fell 8%. There were no one-time gains in "
                + "the latest period. The latest period of unrest began in May.");
        assertEquals("2022-Q3", r.value("the latest period"));
        assertFalse(r.has("The latest period"));
        // The latest fiscal year is the last one completed by the dateline.
        TemporalExpression year = Resolved.of(DATELINE, "Grainger Mills had sales of $2 billion in the latest "
                + "fiscal year.").get("the latest fiscal year");
        assertEquals("2020", year.value());
        assertTrue(year.anchor().startsWith("dateline"), year.anchor());
    }

    @Test
    void orSoMakesTheCountedPointApproximate() {
        Resolved r = Resolved.of(DATELINE, "The pier reopened a week or so ago. It had shut on May 3, 2021, and "
                + "the café followed a day or so later.");
        assertEquals("2021-W22", r.value("a week or so ago"));
        assertEquals("APPROX", r.get("a week or so ago").mod());
        assertEquals("2021-05-04", r.value("a day or so later"));
    }

    @Test
    void agoStaysDeicticExceptRightAfterABusinessQuarter() {
        Resolved plain = Resolved.of(DATELINE, "The ferry line opened in 2009. Fares rose from a year ago.");
        assertEquals("2020", plain.value("a year ago"));
        Resolved quarter = Resolved.of(DATELINE, "Brightwater Mills posted first-quarter profit of $4 million, "
                + "up from $3 million a year ago.");
        assertEquals("2021-Q1", quarter.value("first-quarter"));
        assertEquals("2020-Q1", quarter.value("a year ago"));
    }

    @Test
    void yearAgoAdjectivesNameTheMentionedQuarterAYearBack() {
        Resolved r = Resolved.of(DATELINE, "Brightwater Mills lost $2 million in the first quarter, against "
                + "year-earlier profit of $1 million. In the year-ago quarter it sold more flour.");
        assertEquals("2020-Q1", r.value("year-earlier"));
        assertEquals("2020-Q1", r.value("the year-ago quarter"));
        assertFalse(r.has("a year"));
    }

    @Test
    void theDayThatClosesAQuarterLeavesTheQuarterTheReference() {
        // "ended June 30" dates the quarter's close; the comparison after it is with the quarter.
        Resolved r = Resolved.of("2021-07-28", "Pellucid Glass earned $6 million in the quarter ended June 30, "
                + "up from $4 million a year earlier. The year-ago figures were restated.");
        assertEquals("2021-06-30", r.value("June 30"));
        assertEquals("2020-Q2", r.value("a year earlier"));
        assertEquals("2020-Q2", r.value("year-ago"));
        assertTrue(r.get("a year earlier").anchor().contains("2021-Q2"), r.get("a year earlier").anchor());
        // After a length, not a dated period, the closing day is what is compared with.
        Resolved months = Resolved.of("2021-07-28", "For the six months ended June 30, Pellucid Glass earned $9 "
                + "million, against $7 million a year earlier.");
        assertEquals("2020-06-30", months.value("a year earlier"));
        // A fiscal quarter keeps its label, in its own value and in the comparison.
        Resolved fiscal = Resolved.of("2021-10-28", "Pellucid Glass earned $6 million in its fiscal first quarter "
                + "ended Sept. 30, up from $4 million a year earlier.");
        assertEquals("2021-Q1", fiscal.value("fiscal first quarter"));
        assertEquals("2020-Q1", fiscal.value("a year earlier"));
    }

    @Test
    void aYearBesideQuarterOrPeriodIsTheMentionedQuarterInThatYear() {
        Resolved r = Resolved.of(DATELINE, "Brightwater Mills earned $5 million in the first quarter. In the 2019 "
                + "period it had lost money.");
        assertEquals("2019-Q1", r.value("the 2019 period"));
        assertFalse(r.has("2019 period"), "a year and a singular unit are no duration");
    }

    @Test
    void thatYearAndTheFollowingMonthNameTheMentionedDate() {
        Resolved r = Resolved.of(DATELINE, "The mine in Tarkwa closed in October 2015. Later that year the "
                + "town lost its school, and the following month its clinic. Prices fell that same week.");
        assertEquals("2015", r.value("Later that year"));
        assertEquals("2015-11", r.value("the following month"));
        assertFalse(r.has("that same week"), "a month says nothing of its week");
    }

    @Test
    void withoutAMentionTheFollowingWeekCountsFromTheDateline() {
        Resolved r = Resolved.of(DATELINE, "The council will meet the following week.");
        assertEquals("2021-W24", r.value("the following week"));
        assertTrue(r.get("the following week").anchor().startsWith("dateline"));
    }

    @Test
    void theNextMorningIsThePartOfTheDayAfterTheMentionedDay() {
        Resolved r = Resolved.of(DATELINE, "The trawler ran aground off Stornoway on Saturday, May 29. The next "
                + "morning divers reached the hull.");
        TemporalExpression next = r.get("The next morning");
        assertEquals("2021-05-30TMO", next.value());
        assertTrue(next.anchor().contains("2021-05-29"), next.anchor());
        // With no day mentioned it counts from the dateline.
        assertEquals("2021-06-08TEV", Resolved.of(DATELINE, "Crews worked through the previous evening.")
                .value("the previous evening"));
    }

    @Test
    void thePreviousWeekdayIsBeforeTheMentionedDay() {
        Resolved r = Resolved.of(DATELINE, "Shares closed at $12 on Friday, May 28, down from $14 the previous "
                + "Friday.");
        assertEquals("2021-05-21", r.value("the previous Friday"));
    }
}
