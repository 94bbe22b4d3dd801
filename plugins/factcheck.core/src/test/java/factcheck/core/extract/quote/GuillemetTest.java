package factcheck.core.extract.quote;

import static factcheck.core.extract.quote.QuoteFinderTest.outer;
import static factcheck.core.extract.quote.QuoteFinderTest.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** « » and ‹ › are quotation marks: « and ‹ open, » and › close. */
class GuillemetTest {

    @Test
    void frenchQuotation() throws Exception {
        String text = "Le maire Paul Okafor a déclaré : « Nous reconstruirons le pont. »";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size());
        Quote q = qs.get(0);
        assertEquals(text.indexOf('\u00AB'), q.start());
        assertEquals(text.length(), q.end());
        assertEquals("Nous reconstruirons le pont.", q.content().text());
        assertTrue(q.balanced());
        assertEquals(QuoteProblem.NONE, q.problem());
    }

    @Test
    void singleGuillemetsNestInside() throws Exception {
        String text = "Okafor wrote: \u00ABThe sign said \u2039closed\u203A all week.\u00BB Then he left.";
        List<Quote> qs = quotes(text);
        assertEquals(2, qs.size());
        assertEquals("The sign said \u2039closed\u203A all week.", qs.get(0).content().text());
        assertEquals(1, qs.get(1).depth());
        assertEquals("closed", qs.get(1).content().text());
    }

    @Test
    void nonAsciiOffsetsAndCrlf() throws Exception {
        String text = "Zoë Brandt sagte:\r\n\r\n\u00ABDie Brücke bleibt zu.\u00BB";
        List<Quote> qs = outer(text);
        assertEquals(1, qs.size());
        assertEquals("\u00ABDie Brücke bleibt zu.\u00BB", text.substring(qs.get(0).start(), qs.get(0).end()));
    }

    @Test
    void strayClosingGuillemet() throws Exception {
        List<Quote> qs = quotes("The vote passed\u00BB on Tuesday.");
        assertEquals(1, qs.size());
        assertEquals(QuoteProblem.STRAY_CLOSE, qs.get(0).problem());
    }
}
