package factcheck.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Readings TimeML news annotation asks for that the grammar used to miss or misread: fiscal quarters
 * named by their end date, "the day before" a named day, a second day of the same month, lengths
 * written as adjectives, Easter, and a few capitalised or idiomatic time words that are no date.
 */
class NewsConventionTest {

    @Test
    void aQuarterEndedOnADateIsTheCalendarQuarterHoldingMostOfIt() {
        // May to July is mostly the second calendar quarter; July to September the third.
        Resolved r = Resolved.of("2021-10-28", "Brannock Tools sold 4,000 lathes in the quarter ending July 31. "
                + "Elsewhere, Ostrava Steel said the quarter ended Sept. 30 was its best.");
        TemporalExpression may = r.all.get(0);
        assertEquals("the quarter", may.text());
        assertEquals("2021-Q2", may.value());
        assertTrue(TemporalExplanation.of(may).contains("ending 2021-07-31"), TemporalExplanation.of(may));
        assertEquals("2021-07-31", r.value("July 31"));
        assertEquals("2021-Q3", r.all.stream().filter(e -> e.text().equals("the quarter")).skip(1).findFirst()
                .orElseThrow().value());
    }

    @Test
    void aYearsQuarterWithoutAQuarterMentionedIsTheLastReported() {
        // Without a quarter named before it, "the 2020 quarter" is the one results are reported for
        // (the last completed by the dateline) in the year written; "the 2020 period" stays a year.
        Resolved r = Resolved.of("2021-10-28", "Brannock Tools earned $2 million in the 2020 quarter.");
        assertEquals("2020-Q3", r.value("the 2020 quarter"));
        Resolved period = Resolved.of("2021-10-28", "For the first nine months, Brannock earned $9 million, "
                + "against $7 million in the 2020 period.");
        assertFalse(period.has("the 2020 period"), period.texts().toString());
    }

    @Test
    void theYearAgoPeriodComparesWithAReportedQuarterNotAnOutlook() {
        Resolved r = Resolved.of("2021-10-28", "Kestrel Mills expects a profit in the third quarter of 2022. In the "
                + "year-ago period, it lost $3 million.");
        assertEquals("2022-Q3", r.value("the third quarter of 2022"));
        assertEquals("2020-Q3", r.value("the year-ago period"));
        assertEquals("2020-Q3", Resolved.of("2021-10-28", "In the year-ago period, Kestrel Mills lost $3 million.")
                .value("the year-ago period"));
    }

    @Test
    void theYearEarlierLengthIsALength() {
        Resolved r = Resolved.of("2021-10-28", "Ostrava Steel lost money in the year-earlier nine months.");
        assertEquals("P9M", r.value("the year-earlier nine months"));
        assertEquals(TimexType.DURATION, r.get("the year-earlier nine months").timexType());
    }

    @Test
    void theDayBeforeANamedDayIsOneExpression() {
        Resolved r = Resolved.of("2021-03-11", "Ilse Brandt met the mayor of Graz the day before last Tuesday. "
                + "The day after Feb. 2, 2021, the council voted.");
        TemporalExpression before = r.get("the day before last Tuesday");
        assertEquals("2021-03-08", before.value());
        assertTrue(TemporalExplanation.of(before).contains("the day before 2021-03-09"),
                TemporalExplanation.of(before));
        assertEquals("2021-02-03", r.value("The day after Feb. 2, 2021"));
        // "the day after tomorrow" stays the lexicon's day word.
        assertEquals("2021-03-13", Resolved.of("2021-03-11", "The mayor of Graz flies the day after tomorrow.")
                .value("the day after tomorrow"));
    }

    @Test
    void aBareDayAfterAMonthDayIsAnotherDayOfThatMonth() {
        Resolved r = Resolved.of("2022-02-10", "The Aarhus summit will be held on May 24 and 25, Lene Holm said.");
        assertEquals("2022-05-24", r.value("May 24"));
        assertEquals("2022-05-25", r.value("25"));
        // A count after the day is no day: "on March 5 and 20 others".
        Resolved count = Resolved.of("2022-02-10", "Two were hurt on March 5 and 20 others fled the Aarhus depot.");
        assertFalse(count.has("20"), count.texts().toString());
    }

    @Test
    void aUnitLongIsALength() {
        Resolved r = Resolved.of("2021-06-01", "After a day-long meeting, the Tromso board began a year-long review.");
        assertEquals("P1D", r.value("day-long"));
        assertEquals("P1Y", r.value("year-long"));
        assertEquals(TimexType.DURATION, r.get("day-long").timexType());
    }

    @Test
    void easterAndTheDaysCountedFromIt() {
        Resolved r = Resolved.of("2021-03-29", "Pilgrims reached Fatima in Easter week. Shops shut on Good "
                + "Friday, and Easter 2019 fell in April.");
        assertEquals("2021-W13", r.value("Easter week")); // Easter Sunday 2021 was April 4
        assertEquals("2021-04-02", r.value("Good Friday"));
        assertEquals("2019-04-21", r.value("Easter 2019"));
        assertEquals(java.time.LocalDate.of(2000, 4, 23), HolidayGrammar.easterSunday(2000));
        assertEquals(java.time.LocalDate.of(2038, 4, 25), HolidayGrammar.easterSunday(2038));
    }

    @Test
    void thatDayAfterAMonthIsADayOfItLeftUnsaid() {
        Resolved r = Resolved.of("2021-06-01", "The Tromso clinic closed last October. Its sign came down that same day.");
        assertEquals("2020-10-XX", r.value("that same day"));
    }

    @Test
    void theMonthAfterTheDatelinesIsTheComingOneEvenInAPastClause() {
        // In August a bare "September" in a past clause is the coming one; news writes the one eleven
        // months back as "last September". Further months keep the tense's reading.
        Resolved r = Resolved.of("2021-08-20", "Kowalczyk announced a price rise at the Gdansk refinery in September.");
        assertEquals("2021-09", r.value("September"));
        assertTrue(TemporalExplanation.of(r.get("September")).contains("the month after the dateline's"));
        assertEquals("2020-11", Resolved.of("2021-08-20", "Kowalczyk announced a price rise in November.")
                .value("November"));
        assertEquals("2020-09", Resolved.of("2021-08-20", "Kowalczyk visited Gdansk last September.")
                .value("last September"));
    }

    @Test
    void namesAndIdiomsThatAreNoTime() {
        Resolved march = Resolved.of("2021-06-01", "Thousands joined the March of the Silent Fathers in Quito.");
        assertFalse(march.has("March"), march.texts().toString());
        assertTrue(Resolved.of("2021-06-01", "The dam opens in March of the following year.")
                .has("March of the following year"));
        Resolved noon = Resolved.of("2021-06-01", "For the Quito council it is high noon.");
        assertFalse(noon.has("noon"), noon.texts().toString());
        Resolved show = Resolved.of("2021-06-01", "Mendez said on NBC's \"This Week With Ana Ruiz\" that she would run.");
        assertFalse(show.has("This Week"), show.texts().toString());
    }
}
