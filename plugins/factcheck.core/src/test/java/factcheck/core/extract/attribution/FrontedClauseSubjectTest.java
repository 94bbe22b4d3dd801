package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.sourceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The subject of a cue after a clause or phrase fronted before the main clause ({@link FrontedClauses}):
 * a subordinate clause, a prepositional phrase (after "But"), a participle's clause, each closed by a
 * comma that is no apposition's. Invented people and places.
 */
class FrontedClauseSubjectTest {

    @Test
    void aNameWithAnAgeAfterAFrontedClause() throws Exception {
        assertEquals("Ana Lund, 64", sourceOf("Before cheering dockers, Ana Lund, 64, said the strike was over.", "said"));
        // the tagger may call the opening participle a noun
        assertEquals("Ana Lund, 64", sourceOf("Appearing before cheering dockers Friday evening at the union hall, Ana Lund,"
                + " 64, said the strike was over.", "said"));
    }

    @Test
    void aNameWithARoleAfterAFrontedPhrase() throws Exception {
        assertEquals("Capt. Ola M. Berg, a navy spokesman in Tromsø", sourceOf("But in a call with reporters on"
                + " Friday, Capt. Ola M. Berg, a navy spokesman in Tromsø, said the drill was routine.", "said"));
        assertEquals("Rita Holm, the port's director", sourceOf("In a letter to the council, Rita Holm, the port's"
                + " director, warned that the quay was unsafe.", "warned"));
    }

    @Test
    void aCommaInsideTheOpeningPhraseIsStillAnApposition() throws Exception {
        // "Ruiz, 57, a welder" with nothing fronted: the name opens the sentence
        assertEquals("Ruiz, 57, a welder", sourceOf("Ruiz, 57, a welder, said the yard would close.", "said"));
        // a clause that began already is not fronted: "she" is the subject of "had cancelled"
        assertEquals("she", sourceOf("By Sunday she had cancelled the rally, saying the square was flooded.", "saying"));
    }

    @Test
    void anAdverbOpeningTheSentence() throws Exception {
        // a sentence adverb and its comma are fronted
        assertEquals("the mayor", sourceOf("Still, the mayor, speaking in Bodø, said the port was shut.", "said"));
        // an adverb right before the subject leaves it opening its clause
        assertEquals("the biggest hawks", sourceOf("Even the biggest hawks, like Lund and Berg, say the troops should stay.",
                "say"));
    }
}
