package factcheck.core.extract.quote;

import static factcheck.core.extract.quote.QuoteFinderTest.outer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Attribute values inside an embed's markup tag are delimited by marks, not quoted. */
class MarkupQuoteTest {

    @Test
    void attributeValuesOfAnEmbedAreNoQuotations() throws Exception {
        String text = "The minister replied online.\n\n<post id=\"90210\" author=\"@kleinfeld\" date=\"2019-03-02\">"
                + "We never agreed to \"a freeze\" on the harbour.</post>\n";
        List<Quote> qs = outer(text);
        assertEquals(1, qs.size(), "only the words in the post are quoted: " + qs);
        assertEquals("a freeze", qs.get(0).content().text());
        assertEquals(text.indexOf("\"a freeze\""), qs.get(0).start());
    }

    @Test
    void aClosingTagAndSingleQuotedAttributesAreSkippedToo() throws Exception {
        String text = "<p class=\"lead\">Odile Marchand said \"the port reopens in May.\"</p>";
        List<Quote> qs = outer(text);
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("the port reopens in May.", qs.get(0).content().text());
    }

    @Test
    void lessThanSignsInProseAreNoTags() throws Exception {
        // "< 5" and "<b" with no closing ">" on the line are prose; the marks after them still quote
        String text = "Turnout was < 5 percent, \"a disgrace,\" said Ilse Brandt, and the margin <b stayed \"tiny.\"";
        List<Quote> qs = outer(text);
        assertEquals(List.of("a disgrace,", "tiny."), qs.stream().map(q -> q.content().text()).toList());
    }

    @Test
    void aTagSpanningLinesIsNoTag() throws Exception {
        String text = "Polls show x <y and\n\"z\" is a \"letter\" here.";
        assertEquals(2, outer(text).size());
    }
}
