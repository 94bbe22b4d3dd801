package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A pronoun contracted with its verb ("he's", "they’re"), which the tokenizer keeps as one word: a
 * pronoun source, the subject a joined verb shares, and never a speaker after an inverted cue.
 * Sentences about invented people, with straight and curly apostrophes.
 */
class ContractedPronounTest {

    @Test
    void aContractedPronounAfterTheCueOpensTheReportedClause() throws Exception {
        assertEquals("Dahl", withCue("Dahl, though, said he's with the mayor, whom he's backing in the race.", "said")
                .source().text());
        assertEquals("Dahl", withCue("Dahl, though, said he\u2019s with the mayor.", "said").source().text());
    }

    @Test
    void aContractedPronounIsAPronounSource() throws Exception {
        Attribution a = withCue("Ana Berg runs the port. They\u2019re saying the plan failed.", "saying");
        assertEquals(SourceKind.PRONOUN, a.sourceKind());
    }

    @Test
    void aJoinedVerbSharesAContractedSubject() throws Exception {
        assertEquals("She\u2019s", withCue("She\u2019s a Lund supporter but concedes that most of her peers love the"
                + " Bergs.", "concedes").source().text());
    }
}
