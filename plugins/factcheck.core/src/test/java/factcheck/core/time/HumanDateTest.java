package factcheck.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** TIMEX3 values in an editor's words, alone and as the resolver produces them from sentences. */
class HumanDateTest {

    private static String words(String value) {
        return HumanDate.of(value, TimexType.DATE, null);
    }

    @Test
    void calendarValues() {
        assertEquals("Friday 8 March 2024", words("2024-03-08"));
        assertEquals("Friday 8 March 2024, evening", words("2024-03-08TEV"));
        assertEquals("Sunday 3 August 1997, 14:30", words("1997-08-03T14:30"));
        assertEquals("week of 11 March 2024", words("2024-W11"));
        assertEquals("week of 30 December 2024", words("2025-W01"), "ISO week 1 can start in December");
        assertEquals("weekend of 16 March 2024", words("2024-W11-WE"));
        assertEquals("March 2024", words("2024-03"));
        assertEquals("third quarter of 2019", words("2019-Q3"));
        assertEquals("second half of 2019", words("2019-H2"));
        assertEquals("winter 2019", words("2019-WI"));
        assertEquals("1987", words("1987"));
    }

    @Test
    void decadesAndCenturiesAsYearRanges() {
        assertEquals("1980–1989", words("198"));
        assertEquals("2001–2100", words("20"));
        assertEquals("1801–1900", words("18"));
    }

    @Test
    void referencesWithoutADate() {
        assertEquals("(future, no date)", words("FUTURE_REF"));
        assertEquals("(past, no date)", words("PAST_REF"));
        assertEquals("(now, no date)", words("PRESENT_REF"));
        assertEquals("(future, no date)", HumanDate.of("FUTURE_REF", TimexType.DATE, "APPROX"), "no mod on a non-date");
    }

    @Test
    void partlyKnownValues() {
        assertEquals("a Thursday (no date)", words("XXXX-WXX-4"));
        assertEquals("14 July (year not known)", words("XXXX-07-14"));
        assertEquals("July (year not known)", words("XXXX-07"));
    }

    @Test
    void durationsRangesAndSets() {
        assertEquals("3 years", HumanDate.of("P3Y", TimexType.DURATION, null));
        assertEquals("1 month", HumanDate.of("P1M", TimexType.DURATION, null));
        assertEquals("90 minutes", HumanDate.of("PT90M", TimexType.DURATION, null));
        assertEquals("some decades", HumanDate.of("PXDE", TimexType.DURATION, null));
        assertEquals("more than 2 centuries", HumanDate.of("P2CE", TimexType.DURATION, "MORE_THAN"));
        assertEquals("2016–2018", HumanDate.of("2016/2018", TimexType.DURATION, null));
        assertEquals("every week", HumanDate.of("P1W", TimexType.SET, null));
        assertEquals("every Monday", HumanDate.of("XXXX-WXX-1", TimexType.SET, null));
        assertEquals("every Tuesday night", HumanDate.of("XXXX-WXX-2TNI", TimexType.SET, null));
        assertEquals("every July", HumanDate.of("XXXX-07", TimexType.SET, null));
        assertEquals("a Tuesday night (no date)", words("XXXX-WXX-2TNI"));
        assertEquals("1 decade", HumanDate.of("P1DE", TimexType.DURATION, null));
    }

    @Test
    void modsAndUnknownValues() {
        assertEquals("early 2023", HumanDate.of("2023", TimexType.DATE, "START"));
        assertEquals("late March 2024", HumanDate.of("2024-03", TimexType.DATE, "END"));
        assertEquals("2021-02-30", words("2021-02-30"), "an impossible value is shown as written");
        assertEquals("2021-W53", words("2021-W53"), "2021 had 52 ISO weeks");
        assertEquals("week of 28 December 2020", words("2020-W53"));
    }

    @Test
    void resolvedFromSentences() {
        Resolved r = Resolved.of("2024-03-06", "The council will vote next week, a spokeswoman for Mayor Okafor said.\n\n"
                + "Repairs to the bridge will start soon.\n\n"
                + "It was the worst flood of the twenty-first century, residents in Ljubljana said.");
        assertEquals("week of 11 March 2024", HumanDate.of(r.get("next week")));
        assertEquals("(future, no date)", HumanDate.of(r.get("soon")));
        assertEquals("2001–2100", HumanDate.of(r.get("the twenty-first century")));
        assertEquals("next week → week of 11 March 2024", HumanDate.explain(r.get("next week")).replaceAll(" \\(from .*", ""));
    }
}
