package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.of;
import static factcheck.core.extract.attribution.Attributions.only;
import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class IndirectAttributionTest {

    @Test
    void roleSaidThat() throws Exception {
        String text = "The minister said that the roads were safe.";
        Attribution a = only(text);
        assertFalse(a.direct());
        assertEquals(-1, a.quoteStart());
        assertEquals(SourceKind.PERSON, a.sourceKind());
        assertEquals("The minister", a.source().text());
        assertEquals("the roads were safe", a.content().text());
        assertEquals(text.indexOf("the roads"), a.content().start());
        assertNull(a.resolvedSpeaker(), "a role names nobody");
    }

    @Test
    void vagueSources() throws Exception {
        assertEquals(SourceKind.VAGUE, only("Officials said the bridge would reopen next week.").sourceKind());
        assertEquals(SourceKind.VAGUE, only("Experts warned that the levee could fail.").sourceKind());
        Attribution critics = only("Critics argue that the new stadium will never pay for itself.");
        assertEquals(SourceKind.VAGUE, critics.sourceKind());
        assertEquals("argue", critics.cueLemma());
        String familiar = "People familiar with the plan said it would cost more.";
        Attribution a = only(familiar);
        assertEquals(SourceKind.VAGUE, a.sourceKind());
        assertEquals("People familiar with the plan", a.source().text());
        Attribution believed = only("It is believed that the dam cracked overnight.");
        assertEquals(SourceKind.VAGUE, believed.sourceKind());
        assertEquals("It is believed", believed.source().text());
    }

    @Test
    void cueAfterTheClause() throws Exception {
        String text = "The bridge will reopen in May, officials said.";
        Attribution a = only(text);
        assertEquals(SourceKind.VAGUE, a.sourceKind());
        assertEquals("officials", a.source().text());
        assertEquals("The bridge will reopen in May", a.content().text());
        assertEquals(0, a.start());
    }

    @Test
    void accordingToAnOutlet() throws Exception {
        String text = "The storm hit the coast. According to Reuters, the bridge will reopen in May.";
        Attribution a = only(text);
        assertEquals(SourceKind.OUTLET, a.sourceKind());
        assertEquals("Reuters", a.source().text());
        assertEquals(text.indexOf("According"), a.cue().start());
        assertEquals("the bridge will reopen in May", a.content().text());
        assertEquals(1, a.sentence());
    }

    @Test
    void accordingToAtTheEnd() throws Exception {
        String text = "The levee failed twice last year, according to the city council.";
        Attribution a = only(text);
        assertEquals(SourceKind.ORGANISATION, a.sourceKind());
        assertEquals("the city council", a.source().text());
        assertEquals("The levee failed twice last year", a.content().text());
    }

    @Test
    void chainThroughAnOutletInReportedSpeech() throws Exception {
        String text = "According to Reuters, Ruiz said the bridge would reopen.";
        Attribution a = Attributions.withCue(text, "said");
        assertEquals("Ruiz said the bridge would reopen", Attributions.withCue(text, "According to").content().text());
        assertEquals(SourceKind.PERSON, a.sourceKind());
        assertEquals("Reuters", a.intermediary().text());
        assertEquals(SourceKind.OUTLET, a.intermediaryKind());
        assertTrue(a.indirectChain());
        assertEquals("the bridge would reopen", a.content().text());
    }

    @Test
    void toldAnOutletAndSaidInAStatement() throws Exception {
        Attribution told = only("Ruiz told Reuters the bridge would reopen.");
        assertEquals("Reuters", told.intermediary().text());
        assertEquals("the bridge would reopen", told.content().text());
        Attribution statement = only("The Health Ministry said in a statement that the water was safe.");
        assertEquals(SourceKind.ORGANISATION, statement.sourceKind());
        assertEquals("a statement", statement.intermediary().text());
        assertEquals(SourceKind.DOCUMENT, statement.intermediaryKind());
        assertEquals("the water was safe", statement.content().text());
    }

    @Test
    void aParticipleAfterTheMediumDescribesItAndReportsNothing() throws Exception {
        // the quotation before the cue is what was said, not "released on Monday …"
        Attribution said = Attributions.withCue("\u201cWe must finish the pier\u201d, Lee said in a video statement"
                + " released in conjunction with a visit to Oslo.", "said");
        assertEquals("We must finish the pier", said.content().text());
        assertEquals("Lee", said.source().text());
        assertTrue(said.direct());
    }

    @Test
    void organisationsAndCapitals() throws Exception {
        assertEquals(SourceKind.ORGANISATION, only("The Health Ministry said the water was safe.").sourceKind());
        assertEquals(SourceKind.ORGANISATION, only("Madrid said the talks would continue.").sourceKind());
        assertEquals(SourceKind.DOCUMENT, only("A council report says the levee is weak.").sourceKind());
    }

    @Test
    void apposition() throws Exception {
        String text = "Ana Ruiz, the city's mayor, said the bridge would reopen.";
        Attribution a = only(text);
        assertEquals(SourceKind.PERSON, a.sourceKind());
        assertEquals(0, a.source().start());
        assertEquals("Ana Ruiz", a.resolvedSpeaker());
    }

    @Test
    void loadedCues() throws Exception {
        Attribution claimed = only("Ruiz claimed the levee was safe.");
        assertTrue(claimed.loadedCue());
        assertEquals(CueTone.IMPLIES_DOUBT, claimed.cueTone());
        Attribution admitted = only("Ruiz admitted that the levee failed.");
        assertEquals(CueTone.IMPLIES_GUILT, admitted.cueTone());
        Attribution pointed = only("Ruiz pointed out that the levee failed.");
        assertEquals("point out", pointed.cueLemma());
        assertEquals(CueTone.IMPLIES_TRUTH, pointed.cueTone());
        Attribution said = only("Ruiz said the levee failed.");
        assertFalse(said.loadedCue());
        assertEquals(CueTone.NEUTRAL, said.cueTone());
    }

    @Test
    void notAttributions() throws Exception {
        assertEquals(List.of(), of("The alleged theft happened at night."));
        assertEquals(List.of(), of("Taiwan, an island claimed by China, held elections."));
        assertEquals(List.of(), of("The mayor's statement was brief and the council met."));
        assertEquals(List.of(), of("Ruiz said nothing."));
        assertEquals(List.of(), of("Ruiz spoke strongly about the river."));
    }

    @Test
    void accordingToAnOutletAfterACueThatReportsNoWords() throws Exception {
        // "enamored" reports no words: the outlet is the attribution of the whole sentence, not a link in a chain
        String text = "Residents of the valley seem enamored with the ferry plan, according to Reuters.";
        Attribution a = Attributions.withCue(text, "according to");
        assertEquals("Reuters", a.source().text());
        assertEquals(SourceKind.OUTLET, a.sourceKind());
        assertEquals("Residents of the valley seem enamored with the ferry plan", a.content().text());
    }

    @Test
    void accordingToAnOutletAfterASayingIsAChainAndTheOutletsOwnAccount() throws Exception {
        String text = "Ole Berg said the quotas were unfair, according to Reuters.";
        List<Attribution> all = of(text);
        assertEquals(2, all.size(), all.toString());
        Attribution said = Attributions.withCue(text, "said");
        assertEquals("Ole Berg", said.source().text());
        assertEquals("Reuters", said.intermediary().text());
        Attribution reuters = Attributions.withCue(text, "according to");
        assertEquals("Reuters", reuters.source().text());
        assertEquals(SourceKind.OUTLET, reuters.sourceKind());
        assertEquals("Ole Berg said the quotas were unfair", reuters.content().text());
    }

    @Test
    void aSubjectOfTwoPhrasesInsideTheWordsKeepsThemWhole() throws Exception {
        // the second phrase is the subject of a cue inside the words, which go on past it
        assertEquals("Berg and the union had failed to explain their case",
                withCue("Ola Dahl said Berg and the union had failed to explain their case.", "said").content().text());
        // a clause joined after the words' first phrase ends them where the next cue's subject begins
        assertEquals("the port would close in May", withCue(
                "Ruiz said the port would close in May and some lawmakers had mentioned the toll as a cause.", "said")
                .content().text());
    }

    @Test
    void wordsWhoseSubjectIsTheNextCuesHoldThatCuesClause() throws Exception {
        // reported speech inside reported speech: the outer words are the whole inner clause
        assertEquals("Berg claimed the pier was sold", withCue("Lund said Berg claimed the pier was sold.", "said")
                .content().text());
        assertEquals("the pier was sold", withCue("Lund said Berg claimed the pier was sold.", "claimed").content().text());
        // and they end where the cue after the inner one begins
        assertEquals("Berg wanted the toll", withCue("Asked whether she believed Berg wanted the toll, Lund said she would"
                + " not guess.", "believed").content().text());
    }
}
