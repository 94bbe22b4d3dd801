package factcheck.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Durations, recurrences, reference words, "since" and ranges. */
class DurationAndSetTest {

    @Test
    void durations() {
        Resolved r = Resolved.of("2019-03-14", "The siege lasted three years; the strike went on for six months, "
                + "the talks two hours, the flight 90 minutes and the audit a couple of weeks. "
                + "Repairs took several years, a two-year programme and twenty-four hours of work.");
        assertEquals("P3Y", r.value("three years"));
        assertEquals("P6M", r.value("six months"));
        assertEquals("PT2H", r.value("two hours"));
        assertEquals("PT90M", r.value("90 minutes"));
        assertEquals("P2W", r.value("a couple of weeks"));
        assertEquals("PXY", r.value("several years"));
        assertEquals("P2Y", r.value("two-year"));
        assertEquals("PT24H", r.value("twenty-four hours"));
        assertEquals(TimexType.DURATION, r.get("three years").timexType());
        assertFalse(r.get("three years").relative());
    }

    @Test
    void durationModifiersAndSpans() {
        Resolved r = Resolved.of(null, "Output fell over the past three years after about a decade of growth "
                + "and more than two decades of subsidies; exports stalled for years.");
        assertEquals("P3Y", r.value("the past three years"));
        assertNull(r.get("the past three years").mod());
        // Decades keep their unit, as TIDES writes them: "a decade" is P1DE, not P10Y.
        assertEquals("P1DE", r.value("about a decade"));
        assertEquals("APPROX", r.get("about a decade").mod());
        assertEquals("P2DE", r.value("more than two decades"));
        assertEquals("MORE_THAN", r.get("more than two decades").mod());
        assertEquals("PXY", r.value("years"));
    }

    @Test
    void aPluralUnitAfterWithinInOrOverTheIsAVagueLength() {
        Resolved r = Resolved.of(null, "The quarry reopened for the first time in years. Inspectors could return "
                + "within weeks. Over the years the village shrank, and in the years that followed its school "
                + "closed.");
        assertEquals("PXY", r.value("years"));
        assertEquals("PXW", r.value("weeks"));
        assertEquals(2, r.all.stream().filter(e -> e.text().equals("the years") && e.value().equals("PXY")).count());
        // A year or "of" after it pins the years down.
        Resolved pinned = Resolved.of(null, "In the years of drought the quarry shut. Output grew in the years "
                + "1990 to 1995.");
        assertFalse(pinned.has("the years"), pinned.texts().toString());
    }

    @Test
    void recurrences() {
        Resolved r = Resolved.of(null, "The market opens every Tuesday, the paper prints daily and the fair returns "
                + "every two years.");
        assertEquals("XXXX-WXX-2", r.value("every Tuesday"));
        assertEquals("P1D", r.value("daily"));
        assertEquals("P2Y", r.value("every two years"));
        assertEquals(TimexType.SET, r.get("daily").timexType());
    }

    @Test
    void addedAndWorkingLengths() {
        Resolved r = Resolved.of("2019-03-14", "The strike in Gdynia will last at least three more weeks; the lease "
                + "runs an extra year, and the index fell for six trading days.");
        assertEquals("P3W", r.value("at least three more weeks"));
        assertEquals("EQUAL_OR_MORE", r.get("at least three more weeks").mod());
        assertEquals("P1Y", r.value("an extra year"));
        assertEquals("P6D", r.value("six trading days"));
        assertFalse(Resolved.of("2019-03-14", "Two more ferries sailed.").has("Two more"));
    }

    @Test
    void recurringMonthsAndPluralWeekdays() {
        Resolved r = Resolved.of("2019-03-14", "Pilgrims walk to Knock each August; the café in Tralee shuts on "
                + "Sundays and hosts quizzes on Thursday nights.");
        assertEquals("XXXX-08", r.value("each August"));
        assertEquals("XXXX-WXX-7", r.value("Sundays"));
        assertEquals("XXXX-WXX-4TNI", r.value("Thursday nights"));
        assertEquals(TimexType.SET, r.get("Thursday nights").timexType());
        assertEquals("every Thursday night", HumanDate.of(r.get("Thursday nights")));
        assertEquals("every August", HumanDate.of(r.get("each August")));
    }

    @Test
    void someDayAndThenCurrentAreReferences() {
        Resolved r = Resolved.of("2019-03-14", "Okoro hopes the line will one day reach Kano. Holders may buy at "
                + "the then current price. The flight took one day.");
        assertEquals("FUTURE_REF", r.value("one day"));
        assertEquals("PAST_REF", r.value("then current"));
        assertEquals("P1D", r.all.get(r.all.size() - 1).value(), "a length of one day stays a duration");
    }

    @Test
    void referenceWords() {
        Resolved r = Resolved.of("2019-03-14", "Rents are high now; they rose recently and in recent years, "
                + "and may fall in the future.");
        assertEquals("PRESENT_REF", r.value("now"));
        assertEquals("PAST_REF", r.value("recently"));
        assertEquals("PAST_REF", r.value("in recent years"));
        assertEquals("FUTURE_REF", r.value("in the future"));
        assertEquals(LocalDate.of(2019, 3, 14), r.get("recently").rangeEnd());
        assertTrue(r.get("now").anchored());
    }

    @Test
    void ratesAreNoDurations() {
        Resolved r = Resolved.of("2019-03-14", "The mill saves $40 million a year, runs 24 hours a day and ships "
                + "six loads a week; it opened a year ago and closed for a month.");
        assertFalse(r.has("a year"));
        assertFalse(r.has("a day"));
        assertFalse(r.has("a week"));
        assertEquals("2018", r.value("a year ago"));
        assertEquals("P1M", r.value("a month"));
    }

    @Test
    void referenceWordsThatNewsRarelyMeansAsDates() {
        Resolved r = Resolved.of("2019-03-14", "The ferry, previously a tug, will sail as soon as the strike ends; "
                + "its current owner holds an annual auction.");
        assertEquals("PRESENT_REF", r.value("current"));
        assertFalse(r.has("previously"));
        assertFalse(r.has("soon"));
        assertFalse(r.has("annual"));
    }

    @Test
    void sinceOpensARangeToTheDateline() {
        TemporalExpression e = Resolved.of("2021-06-01", "Fares have doubled since 2019.").get("since 2019");
        assertEquals("2019", e.value());
        assertEquals("ON_OR_AFTER", e.mod());
        assertEquals(LocalDate.of(2019, 1, 1), e.rangeStart());
        assertEquals(LocalDate.of(2021, 6, 1), e.rangeEnd());
    }

    @Test
    void rangesKeepTheirEnds() {
        Resolved r = Resolved.of(null, "The dig ran from 2015 to 2018, again between March 2019 and May 2020, "
                + "and in 2021-2022.");
        TemporalExpression from = r.get("from 2015 to 2018");
        assertEquals("2015/2018", from.value());
        assertEquals(TimexType.DURATION, from.timexType());
        assertEquals(LocalDate.of(2015, 1, 1), from.rangeStart());
        assertEquals(LocalDate.of(2018, 12, 31), from.rangeEnd());
        assertEquals("2015", r.value("2015"));
        assertEquals("2018", r.value("2018"));
        assertEquals("2019-03/2020-05", r.value("between March 2019 and May 2020"));
        assertEquals("2021/2022", r.value("2021-2022"));
    }
}
