package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.of;
import static factcheck.core.extract.attribution.Attributions.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Quotations written ''…'' and ``…'' (older newspaper and wire copy) are attributed like curly ones,
 * and a time or circumstance after the cue ("said Saturday", "wrote after the vote") does not take
 * the quotation's place as what was said.
 */
class TypewriterQuoteAttributionTest {

    @Test
    void invertedSpeakerAfterPairOfMarks() throws Exception {
        String text = "''The ferry will run again by June,'' said Harbor Master Ines Volkova.";
        Attribution a = only(text);
        assertTrue(a.direct());
        assertEquals("Harbor Master Ines Volkova", a.source().text());
        assertEquals("The ferry will run again by June,", a.content().text());
        assertEquals(0, a.quoteStart());
    }

    @Test
    void backtickQuotationAfterTheCue() throws Exception {
        String text = "Volkova added, ``We owe the islanders that much.''";
        Attribution a = only(text);
        assertEquals("Volkova", a.source().text());
        assertEquals("We owe the islanders that much.", a.content().text());
    }

    @Test
    void dayAfterTheCueIsNotWhatWasSaid() throws Exception {
        String text = "''We needed a new ferry,'' Ms. Okonjo said Saturday. ''The old one was failing.''";
        List<Attribution> as = of(text);
        assertEquals(2, as.size());
        for (Attribution a : as) {
            assertEquals("Ms. Okonjo", a.source().text());
        }
        assertEquals("We needed a new ferry,", as.get(0).content().text());
        assertEquals("The old one was failing.", as.get(1).content().text());
    }

    @Test
    void circumstanceAfterTheCueIsNotWhatWasSaid() throws Exception {
        String text = "\u201CThe figures are finally moving,\u201D the economist Per Dahl wrote after the report came out.";
        Attribution a = only(text);
        assertEquals("the economist Per Dahl", a.source().text());
        assertEquals("The figures are finally moving,", a.content().text());
    }
}
