package factcheck.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Years spelled out, "the year" and "the fiscal year", and holidays named instead of dated. */
class NamedYearAndHolidayTest {

    @Test
    void spelledYearsAsTranscriptsWriteThem() {
        Resolved r = Resolved.of("2003-05-02", "Lagos, nineteen eighty-four. A coup. January nineteen ninety-nine. "
                + "An election. By the year two thousand the city had doubled.");
        assertEquals("1984", r.value("nineteen eighty-four"));
        assertEquals("1999-01", r.value("January nineteen ninety-nine"));
        assertEquals("2000", r.value("the year two thousand"));
    }

    @Test
    void twoThousandIsACountUnlessAYearIsNamed() {
        assertFalse(Resolved.of("2003-05-02", "Some two thousand workers marched.").has("two thousand"));
    }

    @Test
    void theYearIsTheDatelineYearOrAYearLongPeriodWithAnEnd() {
        Resolved r = Resolved.of("2004-10-20", "Harbour Tools earned $3 million in the fiscal year ended June 30. "
                + "Its shares hit a high for the year in May, and it will cut costs in the last fiscal year "
                + "of its plan.");
        assertEquals("P1Y", r.value("the fiscal year"));
        assertEquals(TimexType.DURATION, r.get("the fiscal year").timexType());
        assertEquals("2004", r.value("the year"));
    }

    @Test
    void fiscalBetweenOffsetAndYear() {
        assertEquals("2003", Resolved.of("2004-10-20", "Sales fell last fiscal year.").value("last fiscal year"));
    }

    @Test
    void holidaysTakeTheYearAMonthDayWould() {
        Resolved r = Resolved.of("2011-12-02", "Shoppers crowded the mall on Thanksgiving Day and will return "
                + "before Christmas. Turnout on Election Day 2010 was low.");
        assertEquals("2011-11-24", r.value("Thanksgiving Day"));
        assertEquals("2011-12-25", r.value("Christmas"));
        assertEquals("2010-11-02", r.value("Election Day 2010"));
    }

    @Test
    void lowerCaseHolidayWordsAreNotHolidays() {
        assertFalse(Resolved.of("2011-12-02", "They gave thanksgiving for the harvest.").has("thanksgiving"));
    }
}
