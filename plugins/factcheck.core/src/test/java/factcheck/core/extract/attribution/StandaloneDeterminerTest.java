package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.of;
import static factcheck.core.extract.attribution.Attributions.sourceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A determiner that stands alone as the subject of a cue ("Another said", "Each claimed"), which
 * the tagger calls a determiner like the one before an adjective ("the alleged attack").
 */
class StandaloneDeterminerTest {

    @Test
    void aDeterminerStandingAloneIsTheSubject() throws Exception {
        assertEquals("Another", sourceOf("Two dockers in Narvik were angry. Another said, \u201cWe will not go back.\u201d",
                "said"));
        assertEquals("another", sourceOf("One nurse in Bodø left early. Yet another wrote that the ward was shut.", "wrote"));
        assertEquals("Each", sourceOf("Each claimed the prize for the Tromsø race was his.", "claimed"));
        assertEquals("This", sourceOf("This shows that the tolls on the bridge failed.", "shows"));
    }

    @Test
    void aDeterminerBeforeAParticipleAndItsNounIsNoSubject() throws Exception {
        List<Attribution> all = of("Some alleged attackers fled the harbour in Bodø.");
        assertTrue(all.stream().noneMatch(a -> a.cue() != null && a.cue().text().equals("alleged")), all.toString());
    }
}
