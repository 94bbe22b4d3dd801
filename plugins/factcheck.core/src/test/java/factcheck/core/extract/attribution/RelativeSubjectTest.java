package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.sourceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The subject of a cue in a relative clause with no comma before it: the phrase and its relative as
 * one ("a museum that promotes"), or the relative alone when no phrase is read before it ("four in 10
 * who said"). Invented people and places.
 */
class RelativeSubjectTest {

    @Test
    void thatAndWhichJoinThePhraseBeforeThem() throws Exception {
        assertEquals("a museum that", sourceOf("The crowd gathered outside a museum that promotes his ideals.", "promotes"));
        assertEquals("nothing that", sourceOf("There is nothing that suggests Lund could win in Tromsø.", "suggests"));
        assertEquals("a letter which", sourceOf("Berg sent a letter which claimed the port was closed.", "claimed"));
    }

    @Test
    void theRelativeAloneWhenNoPhraseIsRead() throws Exception {
        assertEquals("who", sourceOf("Half backed the plan, compared with four in 10 who said they were unsure.", "said"));
        assertEquals("that", sourceOf("His first post in Bergen followed another that attacked Dahl.", "attacked"));
    }

    @Test
    void aThatAfterAVerbOpensNoRelativeClause() throws Exception {
        assertEquals("Ruiz", sourceOf("Ruiz said that the ferry would stop.", "said"));
        assertEquals("Ola Lie", sourceOf("Ola Lie, who was tired, said it was late.", "said"));
    }

    @Test
    void anAppositionWithItsOwnRelativeClauseStaysWithTheName() throws Exception {
        // the cue of the reported clause is the name's, not the reporter's: "Reports said Vik … believes"
        assertEquals("Vik, a former Storting member who gained national recognition during his run for mayor",
                sourceOf("Reports said Vik, a former Storting member who gained national recognition during his run for "
                        + "mayor, believes the plan will fail.", "believes"));
        assertEquals("Ana Lie, a lawyer whose firm won the case", sourceOf(
                "Ana Lie, a lawyer whose firm won the case, said the ruling was fair.", "said"));
    }

    @Test
    void anAppositionWithARelativeClauseDescribesAPhraseOpeningTheClause() throws Exception {
        // no name: the phrase opening the clause, with the words that describe it, is the one described
        assertEquals("The nurse of four years, a registered Democrat who asked not to be named", sourceOf(
                "The nurse of four years, a registered Democrat who asked not to be named, said she had been fired.",
                "said"));
    }

    @Test
    void anAppositionAfterASubordinatorStaysWithTheSubjectOfItsClause() throws Exception {
        assertEquals("Ola Berg, an expert on Norway at the Nansen Institute", sourceOf("As Ola Berg, an expert on Norway"
                + " at the Nansen Institute, noted, \u201CEveryone is just waiting.\u201D", "noted"));
        assertEquals("Ola Berg, the second in the party", sourceOf("As Ola Berg, the second in the party, put it:"
                + " \u201CThis plan will not pass.\u201D", "put it"));
    }

    @Test
    void aQuantityOfWhomIsTheRelativeClausesSubjectOnly() throws Exception {
        assertEquals("two senators", sourceOf("So far, only two senators, both of whom opposed the toll, are backing the"
                + " measure.", "backing"));
        assertEquals("The nurses", sourceOf("The nurses, many of whom work nights, say the plan is unfair.", "say"));
    }

    @Test
    void anAppositionsRelativeClauseClosesBeforeTheVerbAnInfinitiveFollows() throws Exception {
        assertEquals("Ola Berg, the doctor who briefly caught fire last year", sourceOf("Ola Berg, the doctor who briefly"
                + " caught fire last year, used part of his address to call Lund a liar.", "call"));
    }
}
