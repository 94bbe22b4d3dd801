package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.of;
import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Which cue a quotation after several belongs to: a second cue joined to the first by "and" is a verb
 * of the same speaker even when a name follows it, and the quotation is its words, not the first
 * verb's; a main verb after a relative clause takes it, not the verb inside the clause; a verb that
 * governs it finds its subject before an aside. Sentences about invented people.
 */
class JoinedCueTest {

    @Test
    void aParticipleFormAfterAndBeforeANameIsAJoinedVerb() throws Exception {
        Attribution accused = withCue("Marta Olsen slammed the toll plan as a late conversion and accused Ruiz of"
                + " a reversal.", "accused");
        assertEquals("Marta Olsen", accused.source().text());
        // before a common noun the form still describes it: "alleged smugglers" are no one's words
        assertTrue(of("The port hired guards and alleged smugglers fled the harbour.").stream()
                .noneMatch(a -> a.cue() != null && a.cue().text().equals("alleged")));
    }

    @Test
    void aNameTheTaggerCallsANounStillMakesAJoinedVerb() throws Exception {
        // the tagger calls some names nouns ("Lund/NOUN", "Summers/NOUN"); their capital still marks a name
        Attribution criticized = withCue("Hana Ito spoke at the harbour forum on Sunday and criticized Lund after"
                + " the event.", "criticized");
        assertEquals("Hana Ito", criticized.source().text());
    }

    @Test
    void aQuotationAfterTwoVerbsOfOneSpeakerIsTheLaterVerbs() throws Exception {
        Attribution accused = withCue("Marta Olsen slammed the toll plan as a late conversion and accused Ruiz of"
                + " a \u201cflip-flop.\u201d", "accused");
        assertEquals("flip-flop.", accused.content().text());
        assertTrue(accused.direct());
        Attribution slammed = withCue("Marta Olsen slammed the toll plan as a late conversion and accused Ruiz of"
                + " a \u201cflip-flop.\u201d", "slammed");
        assertEquals("the toll plan as a late conversion", slammed.content().text());
    }

    @Test
    void aQuotationAfterARelativeClauseIsTheMainVerbs() throws Exception {
        String text = "The harbour master, who had opposed the toll, praised the crew for \u201ca job well done.\u201d";
        Attribution praised = withCue(text, "praised");
        assertEquals("a job well done.", praised.content().text());
        assertEquals("The harbour master", praised.source().text());
        assertEquals("the toll", withCue(text, "opposed").content().text());
    }

    @Test
    void aVerbGoverningAQuotationFindsItsSubjectBeforeAnAside() throws Exception {
        Attribution welcomed = withCue("Maria Svensson, the head of the harbour board, welcomed \u201cthe end of a long"
                + " wait.\u201d", "welcomed");
        assertEquals("the end of a long wait.", welcomed.content().text());
        assertEquals("Maria Svensson, the head of the harbour board", welcomed.source().text());
    }
}
