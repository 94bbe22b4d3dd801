package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.sourceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A subject set off from its cue by a bracket ({@link Clauses#beforeBracket}) or by hyphens typed for
 * dashes ({@link Clauses#spacedHyphen}). Invented people and places.
 */
class BracketAsideTest {

    @Test
    void aBracketBetweenTheSubjectAndTheCue() throws Exception {
        assertEquals("Lund (who has 25 seats to date)", sourceOf("Lund (who has 25 seats to date) said it is possible.",
                "said"));
        assertEquals("Sen. Ola Berg (a Bergen Democrat so young he was taken for an intern)", sourceOf("Sen. Ola Berg"
                + " (a Bergen Democrat so young he was taken for an intern) says he was unfocused.", "says"));
        // a comma after a party tag
        assertEquals("Sen. Mary Pike (D-Ore.)", sourceOf("Sen. Mary Pike (D-Ore.), said after a lunch that she had not"
                + " read it.", "said"));
    }

    @Test
    void hyphensTypedForDashes() throws Exception {
        assertEquals("Ana Lie", sourceOf("Ana Lie - the mayor's niece and co-host of his radio show - told the Herald that"
                + " he lied.", "told"));
        assertEquals("The three judges", sourceOf("The three judges - Mr. Holm, Ms. Lie and Mr. Dahl - agreed there are"
                + " good candidates.", "agreed"));
    }

    @Test
    void aBracketOrHyphenThatSetsOffNoSubject() throws Exception {
        assertEquals("Dahl", sourceOf("The pier (see map) is closed, said Dahl.", "said"));
        // a dateline's hyphen opens no aside
        assertEquals("Lund", sourceOf("TROMSØ - When the count ended, the mood was glum - admitted Lund.", "admitted"));
    }
}
