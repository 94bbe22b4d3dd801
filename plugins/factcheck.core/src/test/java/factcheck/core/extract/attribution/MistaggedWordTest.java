package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.sourceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Words the tagger gets wrong in a regular way, repaired before the reader sees them: the head of a
 * subject read as a verb, the auxiliary of a perfect read as the main verb, the verb "read" after a
 * quotation read as a noun, a noun read as a preposition, a name opening its sentence read as an adverb.
 */
class MistaggedWordTest {

    @Test
    void theHeadOfASubjectBeforeItsVerbIsANoun() throws Exception {
        assertEquals("The Norstat poll", sourceOf("The Norstat poll also finds that most voters back the ferry plan.", "finds"));
        assertEquals("People familiar with her thinking",
                sourceOf("People familiar with her thinking say she now backs the ferry plan.", "say"));
        assertEquals("A source familiar with Lund’s thinking",
                sourceOf("A source familiar with Lund’s thinking said the mayor would resign.", "said"));
    }

    @Test
    void theAuxiliaryOfAPerfectLeadsToItsSubject() throws Exception {
        assertEquals("The campaign", sourceOf("The campaign had encouraged Dahl to testify before the council.",
                "encouraged"));
        assertTrue(Attributions.of("All of the mayors oppose the toll, and have pledged to end the programs.").stream()
                .noneMatch(a -> a.cue() != null && a.cue().text().equals("have")),
                "the auxiliary is no cue of its own");
    }

    @Test
    void readAfterAQuotationCreditsItToTheText() throws Exception {
        assertEquals("the editorial", sourceOf("“If she wants to be the next mayor, Berg should act like one,” the"
                + " editorial read.", "read"));
        assertTrue(Attributions.of("The report was a long read.").stream().noneMatch(a -> a.cue() != null
                && a.cue().text().equals("read")), "a read is no cue");
    }

    @Test
    void aNounTakenForAPrepositionIsANoun() throws Exception {
        assertEquals("Ola Dahl", sourceOf("In addition to the probe, the port inspector general, Ola Dahl, indicated that"
                + " his work is not done.", "indicated"));
    }

    @Test
    void aNameOpeningTheSentenceBeforeItsVerbIsAName() throws Exception {
        // "Henry/ADV tweeted": the tagger reads the name as an adverb
        assertEquals("Henry", sourceOf("Henry tweeted that the pier was closed.", "tweeted"));
        // an adverb opening a clause with no subject stays one
        assertTrue(Attributions.of("When asked about the pier, Dahl said it was closed.").stream()
                .noneMatch(a -> a.source() != null && a.source().text().equals("When")));
    }
}
