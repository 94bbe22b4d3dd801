package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.sourceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "Will" the name, which the tagger reads as the modal, still names the speaker; the modal stays a modal. */
class WillAsNameTest {

    @Test
    void willBeforeAPastFormIsAName() throws Exception {
        assertEquals("Will", sourceOf("Will wrote that the harbour plan was a farce.", "wrote"));
        assertEquals("Will", sourceOf("Will described the harbour plan as a farce.", "described"));
    }

    @Test
    void willInsideASentenceIsAName() throws Exception {
        assertEquals("Columnist Ola Will", sourceOf("Columnist Ola Will said the plan was a farce.", "said"));
    }

    @Test
    void aQuestionOpenedByTheModalKeepsItsSpeaker() throws Exception {
        assertEquals("Lund", sourceOf("Will the council resign, Lund asked.", "asked"));
        assertTrue(Attributions.of("Will the council resign before May?").stream()
                .noneMatch(a -> a.source() != null && a.source().text().equals("Will")));
    }
}
