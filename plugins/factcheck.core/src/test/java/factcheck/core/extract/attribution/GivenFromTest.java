package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.sourceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A noun cue whose source follows it after "from" or "among", or "of" after "the support" and its
 * kin: those who voice or hold what the noun names, not the subject that receives it. Invented
 * people and places.
 */
class GivenFromTest {

    @Test
    void fromOrAmongAfterANounCue() throws Exception {
        assertEquals("staff members", sourceOf("The mayor went ahead despite advice from staff members that the plan was"
                + " risky.", "advice"));
        assertEquals("his Swedish counterpart", sourceOf("Lund got complaints from his Swedish counterpart.", "complaints"));
        assertEquals("rivals", sourceOf("Lund has faced criticism from rivals, and he left.", "criticism"));
    }

    @Test
    void ofAfterTheSupportNamesWhoGivesIt() throws Exception {
        assertEquals("many farmers", sourceOf("The bridge plan won the backing of many farmers in Troms, and the council"
                + " voted for it.", "backing"));
    }
}
