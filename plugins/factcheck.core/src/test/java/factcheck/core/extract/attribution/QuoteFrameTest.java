package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Verbs that their place beside a quotation makes verbs of saying, and headlines with a speaker's colon. */
class QuoteFrameTest {

    private static Attribution quoteOf(String text, String words) throws Exception {
        List<Attribution> all = of(text);
        return all.stream().filter(a -> a.direct() && a.content() != null && a.content().text().startsWith(words))
                .findFirst().orElseThrow(() -> new AssertionError("no quotation \"" + words + "\" in " + all));
    }

    @Test
    void unlistedVerbAfterQuotation() throws Exception {
        Attribution a = quoteOf("\u201CThe ferry will run again,\u201D the harbour master grumbled.", "The ferry");
        assertEquals("grumbled", a.cue().text());
        assertEquals("the harbour master", a.source().text());
        Attribution b = quoteOf("\u201CNobody asked the fishermen,\u201D Ingrid Solberg charged in a speech on Monday.",
                "Nobody");
        assertEquals("charged", b.cue().text());
        assertEquals("Ingrid Solberg", b.source().text());
    }

    @Test
    void verbTaggedAsNounAfterName() throws Exception {
        Attribution a = quoteOf("\u201CThe quay is too short for the new boats,\u201D Solberg notes.", "The quay");
        assertEquals("notes", a.cue().text());
        assertEquals("Solberg", a.source().text());
    }

    @Test
    void invertedUnlistedVerb() throws Exception {
        Attribution a = quoteOf("\u201CWhere is the money?\u201D demanded the councillor.", "Where");
        assertEquals("demanded", a.cue().text());
        assertEquals("the councillor", a.source().text());
    }

    @Test
    void verbAndColonBeforeQuotation() throws Exception {
        Attribution a = quoteOf("The ferry company retorted: \u201CThe council never paid for the quay.\u201D", "The council");
        assertEquals("retorted", a.cue().text());
        assertEquals("The ferry company", a.source().text());
    }

    @Test
    void verbAfterAndBeforeQuotationSharesTheSubject() throws Exception {
        Attribution a = quoteOf("The mayor thanked her home town and then boomed, \u201CToday, you proved it again.\u201D",
                "Today");
        assertEquals("boomed", a.cue().text());
        assertEquals("The mayor", a.source().text());
    }

    @Test
    void presentFormTaggedAsNounBeforeQuotation() throws Exception {
        Attribution a = quoteOf("In his best-known song, Ola Vik sings, \u201CDon\u2019t go changing.\u201D", "Don");
        assertEquals("sings", a.cue().text());
        assertEquals("Ola Vik", a.source().text());
    }

    @Test
    void noFrameWhenTheQuotationEndsItsSentence() throws Exception {
        // the quotation is a whole sentence and the next one is about the boats, not a frame
        Attribution a = quoteOf("\u201CThe boats are old.\u201D Fishermen repaired them in May.", "The boats");
        assertNull(a.cue());
        // a possessive is no speaker: "Solberg's notes" are papers
        Attribution b = quoteOf("\u201CThe quay is short,\u201D Solberg\u2019s notes.", "The quay");
        assertNull(b.cue());
    }

    @Test
    void verbWithObjectIsNoFrame() throws Exception {
        // "painted the hull" says what the harbour master did, not that he said the words
        Attribution a = quoteOf("\u201CIt floats,\u201D the harbour master painted the hull.", "It floats");
        assertTrue(a.cue() == null || !a.cue().text().equals("painted"), a.toString());
    }

    @Test
    void headlineSpeakerColon() throws Exception {
        List<Attribution> all = of("Solberg: Ferry Fares Will Rise In Tromsø\n\nThe council met on Monday.\n");
        Attribution a = all.stream().filter(x -> x.cue() != null && x.cue().text().equals(":")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("Solberg", a.source().text());
        assertEquals("Ferry Fares Will Rise In Tromsø", a.content().text());
    }

    @Test
    void headlineVerbAfterColonIsPartOfTheWords() throws Exception {
        List<Attribution> all = of("Harbour Board: Solberg Says The Quay Is Too Short\n\nThe council met.\n");
        Attribution colon = all.stream().filter(x -> x.cue() != null && x.cue().text().equals(":")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("Harbour Board", colon.source().text());
        Attribution says = all.stream().filter(x -> x.cue() != null && x.cue().text().equals("Says")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("Solberg", says.source().text());
    }

    @Test
    void transcriptSpeakerInCapitals() throws Exception {
        Attribution a = Attributions.only("INGRID SOLBERG: We will build the new quay next spring.\n");
        assertEquals(":", a.cue().text());
        assertEquals("INGRID SOLBERG", a.source().text());
    }

    @Test
    void labelsAreNoSpeakers() throws Exception {
        for (String text : new String[] {"UPDATE: The ferry left Tromsø at noon.\n",
            "The Latest: The ferry left Tromsø at noon.\n", "Harbour Update: The ferry left Tromsø at noon.\n",
            "FERRY NEWS TODAY: The ferry left Tromsø at noon.\n", "Update: 6:05 p.m.\n",
            "The ferry at the quay. Image: Ingrid Solberg.\n", "Solberg: Ferry Fares.\n"}) {
            List<Attribution> all = of(text);
            assertTrue(all.stream().noneMatch(x -> x.cue() != null && x.cue().text().equals(":")), text + " " + all);
        }
    }

    @Test
    void frameVerbThenAnotherDeed() throws Exception {
        Attribution a = quoteOf("\u201CGo back to Oslo,\u201D Berg barked and a guard led the man out.", "Go back");
        assertEquals("barked", a.cue().text());
        assertEquals("Berg", a.source().text());
        // "before" left of the next cue's clause is no content: the quotation is what Lund answered
        Attribution b = quoteOf("\u201CWe fought hard,\u201D Lund responded before adding that he would win.", "We fought");
        assertEquals("responded", b.cue().text());
        assertEquals("Lund", b.source().text());
    }

    @Test
    void cueFormTaggedAsNounBeforeThat() throws Exception {
        Attribution a = Attributions.withCue("Solberg notes that the quay was built in 1962.", "notes");
        assertEquals("Solberg", a.source().text());
        assertEquals("the quay was built in 1962", a.content().text());
        // a name ending in a cue form is no cue: "the United States that week"
        List<Attribution> all = of("The storm followed two floods in the United States that week.");
        assertTrue(all.stream().noneMatch(x -> x.cue() != null && x.cue().text().equals("States")), all.toString());
    }
}
