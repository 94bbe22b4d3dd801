package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.sourceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A subject that counts people instead of naming them ({@link Quantities}): numbers, shares,
 * fractions and quantifiers, with their approximating words and "of" phrases. Invented surveys.
 */
class QuantitySubjectTest {

    @Test
    void aBareNumberOpeningItsClauseSpeaks() throws Exception {
        assertEquals("at least 4,000", sourceOf("Since May, when the union asked members to help, at least 4,000 said"
                + " they would.", "said"));
        assertEquals("52", sourceOf("While 70 percent of the dockers liked the offer, 52 said the same of the rival"
                + " bid.", "said"));
        assertEquals("one", sourceOf("Ruiz met with three lawyers; one suggested she sell the boat.", "suggested"));
        assertEquals("all but two", sourceOf("The councillors backed the toll, and all but two said the ferry should"
                + " stay.", "said"));
    }

    @Test
    void aShareOrFractionSpeaks() throws Exception {
        assertEquals("Nearly half", sourceOf("Nearly half said they want a new harbour master.", "said"));
        assertEquals("Some 41 percent of farmers polled", sourceOf("Some 41 percent of farmers polled said they would"
                + " back Lind.", "said"));
        assertEquals("None of the three", sourceOf("None of the three said how the bridge would be paid for.", "said"));
        assertEquals("Both", sourceOf("Both have argued that the quay is unsafe.", "argued"));
    }

    @Test
    void aShareWithItsFigureSetOffSpeaks() throws Exception {
        assertEquals("about two-thirds, 64 percent", sourceOf("Among voters in Troms, about two-thirds, 64 percent, say"
                + " they will vote for Lind.", "say"));
        // the share after "with" is the subject of its absolute clause
        assertEquals("two in 10", sourceOf("Most backed the plan, with two in 10 saying it went too far.", "saying"));
    }

    @Test
    void aNumberAfterAVerbIsNoSpeaker() throws Exception {
        // "rescued 12" is an object: the speaker is named after the cue
        assertEquals("the coast guard", sourceOf("The crew rescued 12, said the coast guard.", "said"));
    }

    @Test
    void aShareAfterByIsTheAgent() throws Exception {
        assertEquals("nearly six in 10 of the voters", sourceOf("Lund was backed by nearly six in 10 of the voters who"
                + " live in Bodø.", "backed"));
        assertEquals("some of his rivals", sourceOf("Lund was praised by some of his rivals.", "praised"));
    }
}
