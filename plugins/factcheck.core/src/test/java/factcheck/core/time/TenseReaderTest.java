package factcheck.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The tense read around an expression decides where a bare weekday lands. */
class TenseReaderTest {

    private static Tense tenseOf(String text, String expression) {
        return Resolved.of("2019-03-14", text).get(expression).tense();
    }

    @Test
    void pastForms() {
        assertEquals(Tense.PAST, tenseOf("The minister met the envoy on Monday.", "Monday"));
        assertEquals(Tense.PAST, tenseOf("The envoy had arrived on Monday.", "Monday"));
        assertEquals(Tense.PAST, tenseOf("The bridge was closed on Monday.", "Monday"));
        assertEquals(Tense.PAST, tenseOf("The club has sold the ground since Monday.", "since Monday"));
    }

    @Test
    void futureForms() {
        assertEquals(Tense.FUTURE, tenseOf("The envoy will arrive on Monday.", "Monday"));
        assertEquals(Tense.FUTURE, tenseOf("The envoy is going to arrive on Monday.", "Monday"));
        assertEquals(Tense.FUTURE, tenseOf("The envoy might land on Monday.", "Monday"));
        assertEquals(Tense.FUTURE, tenseOf("The union is expected to strike on Monday.", "Monday"));
        assertEquals(Tense.FUTURE, tenseOf("The club wants to sign a striker on Monday.", "Monday"));
    }

    @Test
    void aDecisionToActIsItselfPast() {
        // The date of "voted to close" or "agreed to help" is usually the vote's, not the closing's.
        assertEquals(Tense.PAST, tenseOf("Yesterday, the council voted to close the baths.", "Yesterday"));
        assertEquals(Tense.PAST, tenseOf("After the verdict last summer, he agreed to testify.", "last summer"));
    }

    @Test
    void presentForms() {
        assertEquals(Tense.PRESENT, tenseOf("The envoy says the talks resume Monday.", "Monday"));
    }

    @Test
    void withoutSentencesTenseIsUnknownAndWeekdayIsNearest() {
        String text = "The envoy left on Monday.";
        TemporalExpression e = new TemporalResolver()
                .find(text, java.util.List.of(), java.time.LocalDate.of(2019, 3, 14)).get(0);
        assertEquals(Tense.UNKNOWN, e.tense());
        // Monday 11 March is three days back, Monday 18 March four ahead.
        assertEquals("2019-03-11", e.value());
    }
}
