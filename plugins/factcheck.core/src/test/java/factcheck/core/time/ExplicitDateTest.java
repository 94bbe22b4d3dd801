package factcheck.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Calendar expressions that write their date, fully or in part. */
class ExplicitDateTest {

    @Test
    void fullAndPartialDates() {
        Resolved r = Resolved.of("2021-11-10", "The bridge opened on November 8, 2021, the tunnel on Nov. 3, "
                + "the canal on 2 November, the lock in 2019, the dock in March 2020 and the quay on 2021-10-28, "
                + "the ramp on 10/4/2021 and the pier on November 1st.");
        assertEquals("2021-11-08", r.value("November 8, 2021"));
        assertEquals("2021-11-03", r.value("Nov. 3"));
        assertEquals("2021-11-02", r.value("2 November"));
        assertEquals("2019", r.value("2019"));
        assertEquals("2020-03", r.value("March 2020"));
        assertEquals("2021-10-28", r.value("2021-10-28"));
        assertEquals("2021-10-04", r.value("10/4/2021"));
        assertEquals("2021-11-01", r.value("November 1st"));
        assertEquals(LocalDate.of(2020, 3, 31), r.get("March 2020").rangeEnd());
        assertEquals(LocalDate.of(2021, 11, 8), r.get("November 8, 2021").explicitDate());
    }

    @Test
    void weekdayAndDateAreBothKept() {
        Resolved r = Resolved.of(null, "Voting began Monday, March 11, 2019, and ended Tuesday, March 11, 2019.");
        TemporalExpression ok = r.get("Monday, March 11, 2019");
        assertEquals("2019-03-11", ok.value());
        assertEquals(DayOfWeek.MONDAY, ok.statedWeekday());
        assertEquals(LocalDate.of(2019, 3, 11), ok.explicitDate());
        assertFalse(ok.weekdayMismatch());
        TemporalExpression wrong = r.get("Tuesday, March 11, 2019");
        assertEquals(DayOfWeek.TUESDAY, wrong.statedWeekday());
        assertEquals(LocalDate.of(2019, 3, 11), wrong.explicitDate());
        assertTrue(wrong.weekdayMismatch());
    }

    @Test
    void weekdayWithShortDateTakesTheDatelineYear() {
        TemporalExpression e = Resolved.of("2021-11-10", "The summit opened Monday, Nov. 8.").get("Monday, Nov. 8");
        assertEquals("2021-11-08", e.value());
        assertEquals(DayOfWeek.MONDAY, e.statedWeekday());
        assertFalse(e.weekdayMismatch());
    }

    @Test
    void impossibleDatesAreFlaggedNotThrown() {
        Resolved r = Resolved.of("2021-03-01", "The filing is dated February 30, 2021, the appeal Feb. 29, 2021, "
                + "the ruling April 31 and the hearing Feb. 29, 2020.");
        for (String s : new String[] {"February 30, 2021", "Feb. 29, 2021", "April 31"}) {
            assertTrue(r.get(s).impossible(), s);
            assertNull(r.get(s).value(), s);
            assertNull(r.get(s).date(), s);
        }
        assertFalse(r.get("Feb. 29, 2020").impossible());
        assertEquals("2020-02-29", r.value("Feb. 29, 2020"));
    }

    @Test
    void numericGarbageIsNotADate() {
        Resolved r = Resolved.of(null, "Codes 13/45/2021 and 2021-19-40 were rejected.");
        assertFalse(r.all.stream().anyMatch(e -> e.text().contains("13/45") || e.text().contains("2021-19")),
                r.texts().toString());
    }

    @Test
    void decadesAndCenturies() {
        Resolved r = Resolved.of(null, "Rents rose in the 1990s and the '80s, fell in the early 2000s, "
                + "and the palace dates from the nineteenth century, the mill from the 21st century.");
        assertEquals("199", r.value("the 1990s"));
        assertEquals("198", r.value("the '80s"));
        assertEquals("200", r.value("the early 2000s"));
        assertEquals("START", r.get("the early 2000s").mod());
        assertEquals("18", r.value("the nineteenth century"));
        assertEquals("20", r.value("the 21st century"));
        assertEquals(LocalDate.of(1999, 12, 31), r.get("the 1990s").rangeEnd());
    }

    @Test
    void quartersAndSeasons() {
        Resolved oct = Resolved.of("2019-10-20", "Profit fell in the third quarter, and the chain expanded last summer.");
        assertEquals("2019-Q3", oct.value("the third quarter"));
        assertEquals("2019-SU", oct.value("last summer"));
        assertEquals("2018-SU", Resolved.of("2019-03-14", "The lake froze last summer.").value("last summer"));
        Resolved jan = Resolved.of("2020-01-20", "The brewer reported a fourth-quarter loss and plans a launch in summer 2020.");
        assertEquals("2019-Q4", jan.value("fourth-quarter"));
        assertEquals("2020-SU", jan.value("summer 2020"));
    }

    @Test
    void clockTimes() {
        Resolved r = Resolved.of("2019-03-14", "The polls closed at 8 p.m., the count began at 10:30 a.m. Tuesday "
                + "and the result came at noon.");
        assertEquals("2019-03-14T20:00", r.value("8 p.m."));
        assertEquals("2019-03-12T10:30", r.value("10:30 a.m. Tuesday"));
        // A clock time alone is on the day just mentioned: Tuesday's count, Tuesday's noon.
        assertEquals("2019-03-12T12:00", r.value("noon"));
        assertEquals(TimexType.TIME, r.get("noon").timexType());
    }

    @Test
    void anHourWithItsHalfOfTheDayInWords() {
        Resolved r = Resolved.of("2019-03-14", "The ferry to Tobermory leaves at 6 in the morning and returns "
                + "at 9 o'clock in the evening.");
        assertEquals("2019-03-14T06:00", r.value("6 in the morning"));
        assertEquals("2019-03-14T21:00", r.value("9 o'clock in the evening"));
        // Without a word of time before it the number is a count ("rose 4 in the morning session").
        Resolved count = Resolved.of("2019-03-14", "The index rose 4 in the morning session.");
        assertFalse(count.has("4 in the morning"), count.texts().toString());
    }

    @Test
    void midAfternoonIsATimeOnTheDayAfterItOrTheDayMentioned() {
        Resolved r = Resolved.of("2019-03-14", "Bidding slowed at mid-afternoon yesterday. The auction reopened "
                + "on March 9, and by midmorning the lots were gone.");
        assertEquals("2019-03-13TAF", r.value("mid-afternoon yesterday"));
        assertEquals("2019-03-09TMO", r.value("midmorning"));
        assertEquals("2019-03-14TAF", Resolved.of("2019-03-14", "By mid afternoon the polls were quiet.")
                .value("mid afternoon"));
    }

    @Test
    void clockTimesWithAZoneAndADate() {
        Resolved r = Resolved.of("2019-03-14", "The bid was extended until 5 p.m. EST, March 20. Voting opens at "
                + "9 a.m. GMT Friday.");
        assertEquals("2019-03-20T17:00", r.value("5 p.m. EST, March 20"));
        assertEquals("2019-03-15T09:00", r.value("9 a.m. GMT Friday"));
    }

    @Test
    void midnightBeforeADayEndsThatDay() {
        Resolved r = Resolved.of("2019-03-14", "The offer expires at midnight Friday.");
        assertEquals("2019-03-15T24:00", r.value("midnight Friday"));
        // A clock time replaces the part of day; midnight alone starts the day.
        assertEquals("2019-03-13T24:00", Resolved.of("2019-03-17", "The mayor resigned shortly before midnight "
                + "Wednesday night.").value("midnight Wednesday night"));
        assertEquals("2019-03-14T00:00", Resolved.of("2019-03-14", "At midnight the lights went out.")
                .value("midnight"));
    }

    @Test
    void aBracketedAsideBetweenClockAndDayKeepsTheDay() {
        Resolved r = Resolved.of("2019-03-14", "The ferry sank at 6:40 a.m. (0440 GMT) Tuesday, officials said.");
        assertEquals("2019-03-12T06:40", r.value("6:40 a.m. (0440 GMT) Tuesday"));
    }

    @Test
    void halvesAreWrittenInTheNextSmallerUnit() {
        Resolved r = Resolved.of(null, "The talks took 3 1/2 hours; the strike had lasted a year and a half.");
        assertEquals("PT3H30M", r.value("3 1/2 hours"));
        assertEquals("P1Y6M", r.value("a year and a half"));
    }
}
