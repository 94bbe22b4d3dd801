package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Modifiers written with a hyphen ("right-wing", "Oslo-based", "rank-and-file") are one word of the
 * phrase they stand in, whatever the tagger makes of their halves, and no verb of the clause.
 * Sentences about invented people and firms.
 */
class HyphenatedModifierTest {

    @Test
    void aHyphenatedModifierIsPartOfTheSubjectAParticipleShares() throws Exception {
        assertEquals("Berg and other right-wing Danish leaders", withCue("Berg and other right-wing Danish leaders"
                + " shunned Ola Vik, claiming that the former mayor is rude.", "claiming").source().text());
        assertEquals("Bergen-based Fjord Pharma", withCue("Bergen-based Fjord Pharma ended the merger in May, citing"
                + " changes in the political climate.", "citing").source().text());
    }

    @Test
    void aHyphenatedModifierOpensTheSubjectOfACue() throws Exception {
        assertEquals("many rank-and-file dockers", withCue("At the port, many rank-and-file dockers said the deal was"
                + " unfair.", "said").source().text());
    }
}
