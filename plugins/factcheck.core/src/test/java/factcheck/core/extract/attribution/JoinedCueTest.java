package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.of;
import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A second cue joined to the first by "and": it is a verb of the same speaker even when a name follows
 * it, and a quotation after it is its words, not the first verb's. Sentences about invented people.
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
    void aQuotationAfterTwoVerbsOfOneSpeakerIsTheLaterVerbs() throws Exception {
        Attribution accused = withCue("Marta Olsen slammed the toll plan as a late conversion and accused Ruiz of"
                + " a \u201cflip-flop.\u201d", "accused");
        assertEquals("flip-flop.", accused.content().text());
        assertTrue(accused.direct());
        Attribution slammed = withCue("Marta Olsen slammed the toll plan as a late conversion and accused Ruiz of"
                + " a \u201cflip-flop.\u201d", "slammed");
        assertEquals("the toll plan as a late conversion", slammed.content().text());
    }
}
