package factcheck.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Calendar units named without their year: seasons, the year's end, the month's end, decades spelled
 * out, and the coming weeks. 2019-03-14 is a Thursday.
 */
class SeasonAndYearEndTest {

    private static final String THU = "2019-03-14";

    @Test
    void aSeasonWithoutAYearFollowsTheTense() {
        Resolved r = Resolved.of(THU, "Over the summer, the orchard lost half its crop. The growers will replant "
                + "in the autumn.");
        assertEquals("2018-SU", r.value("the summer"));
        assertEquals("2019-FA", r.value("the autumn"));
        assertEquals("2018-WI", Resolved.of(THU, "Snow closed the pass during the winter.").value("the winter"));
        assertEquals("2018-WI", Resolved.of(THU, "Snow closed the pass in winter.").value("winter"));
        // A habit names no particular winter.
        assertEquals("XXXX-WI", Resolved.of(THU, "The geese feed on the estuary in winter.").value("winter"));
        assertEquals("XXXX-WI", Resolved.of(THU, "The geese are fed on the estuary in winter.").value("winter"));
        // In October a future summer is next year's.
        assertEquals("2020-SU", Resolved.of("2019-10-02", "Shortages will last into the summer.").value("the summer"));
    }

    @Test
    void theReadingOfASeasonIsExplained() {
        TemporalExpression e = Resolved.of(THU, "Over the summer, the orchard lost half its crop.").get("the summer");
        assertEquals("the summer → 2018-SU, from dateline 2019-03-14, past clause: the latest on or before the "
                + "dateline", TemporalExplanation.of(e));
    }

    @Test
    void aSeasonWordBeforeANounOrCapitalisedIsNoDate() {
        Resolved r = Resolved.of(THU, "The summer camp reopened. Students read about the Fall of Rome.");
        assertFalse(r.has("The summer"), r.texts().toString());
        assertFalse(r.has("the Fall"), r.texts().toString());
    }

    @Test
    void yearEndIsTheLastDayOfTheYearMeant() {
        assertEquals("2019-12-31", Resolved.of(THU, "The merger should close by year-end.").value("year-end"));
        // Since looks back: the index has risen since the end of last year.
        TemporalExpression since = Resolved.of(THU, "The index is up 12% since year-end.").get("since year-end");
        assertEquals("2018-12-31", since.value());
        assertTrue(TemporalExplanation.of(since).contains("points back"), TemporalExplanation.of(since));
    }

    @Test
    void yearEndAsANounIsTheYearWithItsEnd() {
        // As "the end of the year" is: the year, with the TIMEX3 mod END; the hyphenated compound
        // stays the closing date above.
        TemporalExpression end = Resolved.of(THU, "The lender hopes to cut 200 jobs by year end.").get("year end");
        assertEquals("2019", end.value());
        assertEquals("END", end.mod());
        TemporalExpression own = Resolved.of(THU, "The bridge should reopen before the year's end.").get("year's end");
        assertEquals("2019", own.value());
        assertEquals("END", own.mod());
        assertEquals(Resolved.of(THU, "The lender hopes to cut 200 jobs by the end of the year.")
                .value("end of the year"), end.value());
        assertEquals("year end → 2019 (its end), from dateline 2019-03-14, a word before it points forward: the "
                + "earliest on or after the dateline", TemporalExplanation.of(end));
    }

    @Test
    void theEndOfTheMonthIsTheDatelinesMonth() {
        TemporalExpression e = Resolved.of(THU, "The ministry aims to hire 300 nurses by the end of the month.")
                .get("end of the month");
        assertEquals("2019-03", e.value());
        assertEquals("END", e.mod());
    }

    @Test
    void spelledDecadesLieInTheDatelinesCentury() {
        assertEquals("197", Resolved.of(THU, "Vinyl sales boomed in the seventies.").value("the seventies"));
        assertEquals("199", Resolved.of("1989-06-01", "Analysts expect slower growth in the nineties.")
                .value("the nineties"));
        assertEquals("199", Resolved.of(THU, "Crime fell through the nineties.").value("the nineties"));
    }

    @Test
    void comingWeeksWithoutTheArticleAreTheFuture() {
        Resolved r = Resolved.of(THU, "Ferry traffic may recover in coming weeks, and fares may fall in coming months.");
        assertEquals("FUTURE_REF", r.value("in coming weeks"));
        assertEquals("FUTURE_REF", r.value("in coming months"));
    }
}
