package factcheck.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Words that look temporal but are not. Our choice for "the Sunday Times": a weekday followed by a
 * capitalised word without a preposition before it is a name, so it is not a date; "on Sunday"
 * stays a date whatever follows.
 */
class NotADateTest {

    private static void assertNone(String text) {
        Resolved r = Resolved.of("2019-03-14", text);
        assertTrue(r.all.isEmpty(), () -> "expected nothing in \"" + text + "\" but found " + r.texts());
    }

    @Test
    void capitalisedTimeWordsInsideASentenceAreTitles() {
        assertNone("Okafor told NBC's \"Meet the Press Now\" and CBS's \"48 Hours\" she would run.");
        assertNone("The senator spoke on \"This Week\" about the levy.");
        assertNone("The ad ran in USA Today and in the Lagos paper.");
        // At a sentence start, or in a title-case headline, the capital is no sign of a name.
        assertEquals("2019-03-14", Resolved.of("2019-03-14", "Today the ferry sailed.").value("Today"));
        assertEquals("2019-03-14", Resolved.of("2019-03-14", "Ferry Strike Ends Today In Piraeus").value("Today"));
        assertEquals("2019-03-14", Resolved.of("2019-03-14", "The captain said, \"Today we sail.\"").value("Today"));
    }

    @Test
    void monthNamesUsedAsVerbsOrNames() {
        assertNone("She may resign.");
        assertNone("May we ask a question?");
        assertNone("March with us, the organisers said.");
        assertNone("Theresa May spoke to reporters.");
        assertNone("June Carter sang.");
        assertNone("They march to the square.");
    }

    @Test
    void monthNameAfterPrepositionIsStillAMonth() {
        assertEquals("2019-05", Resolved.of("2019-03-14", "The bypass opens in May.").value("May"));
    }

    @Test
    void newspaperNamesAreNotWeekdays() {
        assertNone("The Sunday Times reported the deal.");
        Resolved r = Resolved.of("2019-03-14", "On Sunday Times Square was empty.");
        assertEquals("2019-03-10", r.value("Sunday"));
    }

    @Test
    void countsAreNotYears() {
        assertNone("The stadium held 2,019 people.");
        assertNone("Officials counted 2019 ballots.");
        assertNone("Prices rose 2019%.");
        assertEquals("2019", Resolved.of(null, "In 2019 voters rejected it.").value("2019"));
    }

    @Test
    void otherLookalikes() {
        assertNone("He won a second term.");
        assertNone("A quarter of voters stayed home.");
        assertNone("The 45-year-old mayor lives on Mar Vista Road.");
    }
}
