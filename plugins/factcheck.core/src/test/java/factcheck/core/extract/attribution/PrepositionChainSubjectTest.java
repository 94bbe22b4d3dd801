package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.sourceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A subject followed by phrases after prepositions before its verb: the phrase right before the verb
 * is the object of a preposition, not the source ("Nurses inside the clinic in Bergen said").
 */
class PrepositionChainSubjectTest {

    @Test
    void aPlaceOpenedByADeterminerSaysWhereAndIsLeftOut() throws Exception {
        assertEquals("Nurses", sourceOf("Nurses inside the clinic in Bergen have loudly criticised the health minister.",
                "criticised"));
        assertEquals("Fishermen", sourceOf("Fishermen on the quay at Bodø said the quotas were too low.", "said"));
    }

    @Test
    void anyOtherLinkBelongsToTheSource() throws Exception {
        assertEquals("Aides to Mayor Lund", sourceOf("Aides to Mayor Lund said the budget would fail.", "said"));
        assertEquals("Advisers to the port authority", sourceOf("Advisers to the port authority said the cranes were unsafe.",
                "said"));
    }

    @Test
    void aParticipleAndItsPrepositionDescribeTheSource() throws Exception {
        assertEquals("A harbour official", sourceOf("A harbour official speaking to NRK said the ferry would not sail.",
                "said"));
    }

    @Test
    void aListBeforeATimeIsTheWholeSubject() throws Exception {
        assertEquals("A group of doctors, nurses and teachers",
                sourceOf("A group of doctors, nurses and teachers this week wrote that the clinic must stay open.", "wrote"));
    }

    @Test
    void anInfinitiveAfterAParticipleAfterAPlaceSharesTheClauseSubject() throws Exception {
        assertEquals("Activists", sourceOf("Activists spent the month at a camp in Oslo trying to argue that the dam was unsafe.",
                "argue"));
    }

    @Test
    void aParticipleAfterAChainOfObjectsSharesTheClauseSubject() throws Exception {
        assertEquals("Lund", sourceOf("Lund spent much of the run-up to the Bergen vote attacking Dahl as weak.",
                "attacking"));
    }

    @Test
    void aComparisonOrAnEventIsNoLink() throws Exception {
        // "after" opens an event, not a description of the subject: no chain to a headline's first words
        assertEquals("Lund", sourceOf("Hopes for the ferry faded after Lund said the port would close.", "said"));
    }
}
