package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How reporters tie a quotation to its speaker beyond "“…,” she said": the conventions around the quotation. */
class QuoteConventionTest {

    @Test
    void quotationInsideTheClauseOfTheCueBeforeItKeepsThatCue() throws Exception {
        String text = "Senator Lia Brandt said that there is \u201Cno money left for the harbour,\u201D adding that the"
                + " council \u201Cspent it on parades.\u201D";
        Attribution said = withCue(text, "said");
        assertEquals("Senator Lia Brandt", said.source().text());
        assertEquals("no money left for the harbour,", said.content().text());
        assertTrue(said.direct());
        Attribution adding = withCue(text, "adding");
        assertFalse(adding.content().text().contains("harbour"), adding.content().text());
    }
}
