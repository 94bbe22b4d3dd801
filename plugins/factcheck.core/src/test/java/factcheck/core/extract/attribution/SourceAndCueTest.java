package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a message quotes an attribution's source and cue: as written when they stand close together. */
class SourceAndCueTest {

    @Test
    void wordsBetweenSourceAndCueAreKept() throws Exception {
        assertEquals("Earlier studies have shown", withCue("Earlier studies have shown that the glue is safe.", "shown")
                .sourceAndCue());
        assertEquals("Officials said", withCue("Officials said the pier would reopen.", "said").sourceAndCue());
    }

    @Test
    void aRelativeThatEndsTheSourceIsLeftOut() throws Exception {
        Attribution a = withCue("The review looked at some studies that reported the tolls were harmless.", "reported");
        assertEquals("some studies that", a.source().text());
        assertEquals("some studies", a.sourceWords());
        assertEquals("some studies reported", a.sourceAndCue());
    }

    @Test
    void aPluralCommonNounTakesTheApostropheAlone() {
        assertEquals("the researchers'", Attribution.possessive("the researchers"));
        assertEquals("Mijares's", Attribution.possessive("Mijares"));
        assertEquals("the boss's", Attribution.possessive("the boss"));
        assertEquals("their", Attribution.possessive("they"));
    }

    @Test
    void aVagueGroupOpeningTheSentenceIsStillAPluralCommonNoun() throws Exception {
        assertEquals("Campaigners'", withCue("Campaigners claim the ferry tolls are illegal.", "claim").sourcePossessive());
        assertEquals("Berg's", withCue("Berg claims the ferry tolls are illegal.", "claims").sourcePossessive());
        assertEquals("Harris's", withCue("Harris claims the ferry tolls are illegal.", "claims").sourcePossessive());
    }

    @Test
    void aCueBeforeItsSourceIsQuotedAsWritten() throws Exception {
        assertEquals("consensus among scientists", withCue("While current consensus among scientists says the fault is"
                + " active, there are several competing ideas about the quake.", "consensus").sourceAndCue());
    }

    @Test
    void anAsideOrAnInvertedCueIsJoinedInOrder() throws Exception {
        assertEquals("said officials", withCue("The pier will reopen in May, said officials.", "said").sourceAndCue());
        Attribution aside = withCue("Officials, speaking on Monday in Lund, said the pier would reopen.", "said");
        assertEquals(aside.sourceWords() + " said", aside.sourceAndCue());
    }
}
