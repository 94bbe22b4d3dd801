package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.of;
import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Sources that do not stand right before their cue: asides, auxiliaries, quotations in between. */
class SourceSpanTest {

    @Test
    void subjectBeforeAnAdverbialAside() throws Exception {
        Attribution a = withCue("Bloomberg, however, reports that the mill in Tampere will close.", "reports");
        assertEquals("Bloomberg", a.source().text());
        assertEquals("the mill in Tampere will close", a.content().text());
        Attribution b = withCue("Halvorsen, in a letter to the harbour board, wrote that the pier was unsafe.", "wrote");
        assertEquals("Halvorsen", b.source().text());
    }

    @Test
    void subjectWithALongApposition() throws Exception {
        String text = "Maren Dahl, a retired ferry pilot in Bergen, said the fares would rise.";
        Attribution a = withCue(text, "said");
        assertEquals("Maren Dahl, a retired ferry pilot in Bergen", a.source().text());
        assertEquals(0, a.source().start());
        assertEquals("Maren Dahl", a.resolvedSpeaker());
    }

    @Test
    void anAsideWithAVerbNeedsASubordinator() throws Exception {
        Attribution a = withCue("Dahl, while touring the new terminal on Monday, called for lower fares.", "called");
        assertEquals("Dahl", a.source().text());
        // two clauses, then an inverted cue: the first phrase is no subject with an aside
        Attribution b = withCue("The ferry docked, the crew left, said Dahl.", "said");
        assertEquals("Dahl", b.source().text());
        // a phrase that ends the clause after the cue makes it inverted, whatever stands before
        Attribution c = withCue("The fares, in short, will rise, said Maren Dahl.", "said");
        assertEquals("Maren Dahl", c.source().text());
        Attribution d = withCue("\u201cWe did not expect this\u201d, said Dahl after the vote.", "said");
        assertEquals("Dahl", d.source().text());
        // a verb after the phrase makes it the subject of the reported clause, not an inverted source
        Attribution e = withCue("Dahl, a pilot who flew the route, said the ferry so far has lost money.", "said");
        assertEquals("Dahl, a pilot who flew the route", e.source().text());
    }

    @Test
    void auxiliaryTaggedAsVerb() throws Exception {
        Attribution a = withCue("Mendoza has repeatedly accused the council of hiding the figures.", "accused");
        assertEquals("Mendoza", a.source().text());
    }

    @Test
    void aTimeBetweenSubjectAndVerbIsNoSource() throws Exception {
        Attribution a = withCue("Ingrid Moe on Thursday blamed the ferry company, saying it cut corners.", "saying");
        assertEquals("Ingrid Moe", a.source().text());
        assertEquals("Ingrid Moe", withCue("Ingrid Moe later Thursday told Radio Nord the pier was unsafe.", "told")
                .source().text());
        assertEquals("the harbour board", withCue("On Monday the harbour board said the pier was safe.", "said")
                .source().text());
    }

    @Test
    void progressiveIsNotPassive() throws Exception {
        Attribution a = withCue("Some Latvian farmers are questioning whether the subsidy will last.", "questioning");
        assertEquals("Some Latvian farmers", a.source().text());
        assertEquals("whether the subsidy will last", a.content().text());
        // the passive keeps its dummy subject as a vague source
        Attribution b = withCue("It is believed that the subsidy will last.", "believed");
        assertEquals("It is believed", b.source().text());
    }

    @Test
    void verbAfterAQuotationInsideTheSentence() throws Exception {
        String text = "Okafor called the budget \u201ca disgrace,\u201d denounced the council and said he would appeal.";
        assertEquals("Okafor", withCue(text, "denounced").source().text());
        assertEquals("the council", withCue(text, "denounced").content().text());
        assertEquals("Okafor", withCue(text, "said").source().text());
        // a quotation opening the sentence gives its words no subject for a verb after it
        List<Attribution> opening = of("\u201cWe will appeal,\u201d denounced the council chair.");
        assertEquals("the council chair", opening.get(0).source().text());
    }

    @Test
    void passiveParticipleOpeningTheSentence() throws Exception {
        Attribution a = withCue("Asked by reporters whether the plant would close, Okafor shrugged.", "Asked");
        assertEquals("reporters", a.source().text());
    }

    @Test
    void roleNounTaggedAsAdjective() throws Exception {
        Attribution a = withCue("The storm cut power to the base for two days, the admiral said.", "said");
        assertEquals("the admiral", a.source().text());
        assertEquals("The storm cut power to the base for two days", a.content().text());
    }

    @Test
    void documentBehindAccordingToIsACueOfItsOwn() throws Exception {
        String text = "Okafor said the plant would close in June, according to a court filing.";
        Attribution said = withCue(text, "said");
        assertEquals("a court filing", said.intermediary().text());
        Attribution according = withCue(text, "according to");
        assertEquals("a court filing", according.source().text());
        assertEquals("Okafor said the plant would close in June", according.content().text());
        assertEquals(SourceKind.DOCUMENT, according.sourceKind());
        // an outlet before the saying too: the saying through Reuters, and Reuters' own account of it
        assertEquals(2, of("According to Reuters, Okafor said the plant would close.").size());
    }

    @Test
    void longPhraseEndingInAPrepositionAtTheLimit() throws Exception {
        // "of" is the twelfth word back from the cue: the phrase is cut there and still has a core; the
        // phrase before the preposition, which opens the clause, is then read as its head
        String text = "The head of Lakeside State University Medical Center Heart and Vascular Research Institute Board"
                + " said the wing would open.";
        Attribution a = withCue(text, "said");
        assertEquals("the wing would open", a.content().text());
        assertEquals("The head of Lakeside State University Medical Center Heart and Vascular Research Institute Board",
                a.source().text());
        assertEquals(SourceKind.PERSON, a.sourceKind());
        assertNull(a.intermediary());
    }

    @Test
    void participleAsideSharesTheSubject() throws Exception {
        String text = "Adeyemi, citing figures from the port authority, said the harbour was safe.";
        assertEquals("Adeyemi", withCue(text, "citing").source().text());
        assertEquals("Adeyemi", withCue(text, "said").source().text());
        assertEquals("The harbour master",
                withCue("The harbour master, later alleging fraud, said the tender was rigged.", "alleging").source().text());
        assertEquals("Nkemelu",
                withCue("Nkemelu, speaking in Enugu on Friday, said the road would reopen.", "said").source().text());
        // a time opening the sentence is no subject
        assertNull(withCue("Yesterday, citing the storm, the council closed the bridge.", "citing").source());
    }

    @Test
    void invertedSourceWithAPossessive() throws Exception {
        Attribution a = withCue("\u201cHe never gave up,\u201d said his oldest friend, Kwame Mensah.", "said");
        assertEquals("his oldest friend", a.source().text());
    }

    @Test
    void accordingToAPronounPhrase() throws Exception {
        Attribution a = withCue("The mayor called the tender a fraud, according to someone in the room.", "according to");
        assertEquals("someone", a.source().text());
        assertEquals(SourceKind.VAGUE, a.sourceKind());
    }
}
