package factcheck.core.extract.quote;

import static factcheck.core.extract.quote.QuoteFinderTest.outer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A quotation opened with a closing mark turned the wrong way: ”Words …” */
class WrongWayMarkTest {

    @Test
    void aParagraphOpeningWithAClosingMarkIsAQuotationWithThatMarkToFix() throws Exception {
        String text = "Voters in Tromsø spoke to us.\n\n\u201DFear. I am afraid the ferry will stop,\u201D said Siri Aas.\n";
        List<Quote> qs = outer(text);
        assertEquals(1, qs.size(), qs.toString());
        Quote q = qs.get(0);
        assertEquals(QuoteProblem.WRONG_WAY_OPEN, q.problem());
        assertFalse(q.balanced());
        assertEquals("Fear. I am afraid the ferry will stop,", q.content().text());
        assertEquals(text.indexOf('\u201D'), q.start());
        assertEquals(q.start(), q.problemStart());
        assertEquals(q.start() + 1, q.problemEnd());
        assertEquals("\u201D", q.openMark());
    }

    @Test
    void anEllipsisAfterTheWrongMarkOpensToo() throws Exception {
        String text = "He praised the crew.\n\n\u201D \u2026 the crew never once complained.\u201D\n";
        List<Quote> qs = outer(text);
        assertEquals(1, qs.size(), qs.toString());
        assertEquals(QuoteProblem.WRONG_WAY_OPEN, qs.get(0).problem());
        assertEquals("\u2026 the crew never once complained.", qs.get(0).content().text());
    }

    @Test
    void aClosingMarkAfterAWordStaysAStrayClose() throws Exception {
        String text = "The referee called the tackle reckless\u201D and sent Ruud Bakker off.";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size());
        assertEquals(QuoteProblem.STRAY_CLOSE, qs.get(0).problem());
    }

    @Test
    void aWrongMarkWithNoCloseAfterItStaysAStrayClose() throws Exception {
        String text = "\u201DThe ferry runs on Sundays now, the council decided.";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size());
        assertEquals(QuoteProblem.STRAY_CLOSE, qs.get(0).problem());
    }

    private static List<Quote> quotes(String text) throws Exception {
        return QuoteFinderTest.quotes(text);
    }
}
