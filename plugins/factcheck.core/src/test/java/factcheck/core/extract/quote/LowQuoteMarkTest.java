package factcheck.core.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** „ opens German („…“) and Polish or Hungarian („…”) quotations, often quoted in English news. */
class LowQuoteMarkTest {

    @Test
    void germanStyleQuotationIsBalanced() throws Exception {
        String text = "The chancellor called the plan \u201Eein guter Anfang\u201C in Berlin.";
        List<Quote> qs = QuoteFinderTest.outer(text);
        assertEquals(1, qs.size(), qs.toString());
        assertTrue(qs.get(0).balanced());
        assertEquals("ein guter Anfang", qs.get(0).content().text());
    }

    @Test
    void hungarianStyleQuotationInsideAnEnglishQuoteIsNested() throws Exception {
        String text = "\u201CWe call it the \u201Evas\u201D plan,\u201D the minister said.";
        List<Quote> qs = QuoteFinderTest.quotes(text);
        assertTrue(qs.stream().allMatch(Quote::balanced), qs.toString());
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("vas", qs.stream().filter(q -> q.depth() == 1).findFirst().orElseThrow().content().text());
    }

    @Test
    void aLowMarkAloneOpensAndAnUnclosedOneIsReported() throws Exception {
        String balanced = "He used the word \u201Evas\u201D twice.";
        assertTrue(QuoteFinderTest.outer(balanced).get(0).balanced());
        String unclosed = "He used the word \u201Evas twice.";
        Quote q = QuoteFinderTest.outer(unclosed).get(0);
        assertEquals(QuoteProblem.UNCLOSED, q.problem());
        assertEquals(unclosed.indexOf('\u201E'), q.start());
    }
}
