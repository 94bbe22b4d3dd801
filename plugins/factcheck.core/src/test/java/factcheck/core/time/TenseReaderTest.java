package factcheck.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import factcheck.core.article.Span;
import factcheck.core.nlp.NlpPipeline;
import factcheck.core.nlp.Sentence;
import factcheck.core.nlp.Token;

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
    void aDateAfterAnInfinitiveIsTheInfinitivesNotTheVerbs() {
        // "decided to reopen ... in February": the reopening, not the decision, is dated, and it has
        // no tense of its own; the nearer February is meant. Verbs whose infinitive shares their time
        // ("declined to comment") and plans ("is expected to") keep their reading.
        Resolved r = Resolved.of("2019-12-04", "The council has decided to reopen the Vltava bridge in February.");
        assertEquals(Tense.UNKNOWN, r.get("February").tense());
        assertEquals("2020-02", r.value("February"));
        Resolved declined = Resolved.of("2019-12-04", "The mayor declined to comment in October.");
        assertEquals("2019-10", declined.value("October"));
        assertEquals(Tense.FUTURE, tenseOf("The union is expected to strike on Monday.", "Monday"));
        // "to" before a place is no infinitive marker, whatever the tagger calls the place.
        assertEquals(Tense.PAST, tenseOf("The minister flew to Kaunas on Monday.", "Monday"));
    }

    @Test
    void aParticipleTaggedAsAdjectiveIsPast() {
        // The tagger sometimes calls the participle of a reduced relative an adjective; then the
        // nearest tense-bearing words ("would", "must") would read the weekday as ahead.
        String text = "They said they would fight the decision, announced Tuesday by the port board, that the "
                + "terminal must close.";
        List<Sentence> sentences = NlpPipeline.shared().annotate(text, List.of(new Span(0, text.length())));
        List<Sentence> retagged = sentences.stream().map(s -> new Sentence(s.index(), s.paragraph(), s.start(),
                s.end(), s.tokens().stream().map(t -> t.text().equals("announced") ? new Token(t.sentence(),
                        t.index(), t.start(), t.end(), t.text(), "ADJ", "announce") : t).toList())).toList();
        int at = text.indexOf("Tuesday");
        assertEquals(Tense.PAST, new TenseReader(new SentenceIndex(retagged)).tenseOf(at, at + "Tuesday".length()));
    }

    @Test
    void aParticipleSpeltAsItsBaseFormHeadsAPastReducedRelative() {
        // "set" is its own lemma, so the lemma test cannot see a participle; after a noun and before
        // a preposition it reports a past act even in a present clause (the nearer Aug. 9 is ahead).
        Resolved r = Resolved.of("2021-02-10", "The Plovdiv index is near the record high set on Aug. 9.");
        assertEquals(Tense.PAST, r.get("Aug. 9").tense());
        assertEquals("2020-08-09", r.value("Aug. 9"));
        // "set for" stays the lexicon's forward cue.
        assertEquals("2021-02-12", Resolved.of("2021-02-10", "A vote set for Friday in Plovdiv was delayed.")
                .value("Friday"));
    }

    @Test
    void aPlanOvertakenByThePastIsPast() {
        Resolved r = Resolved.of("2019-03-14", "The tender previously had been scheduled to close at midnight Monday.");
        assertEquals(Tense.PAST, r.get("midnight Monday").tense());
        assertEquals("2019-03-11T24:00", r.value("midnight Monday"));
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
