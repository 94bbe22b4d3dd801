package factcheck.core.extract.quote;

import static factcheck.core.extract.quote.QuoteFinderTest.outer;
import static factcheck.core.extract.quote.QuoteFinderTest.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Older wire and newspaper copy writes quotations with two marks: ``…'' and ''…''. */
class TypewriterQuoteTest {

    @Test
    void twoSingleMarksEachSide() throws Exception {
        String text = "''The ferry will run again by June,'' said Harbor Master Ines Volkova.";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size());
        Quote q = qs.get(0);
        assertEquals(0, q.start());
        assertEquals(text.indexOf(" said"), q.end());
        assertEquals("The ferry will run again by June,", q.content().text());
        assertEquals("''", q.openMark());
        assertEquals("''", q.closeMark());
        assertTrue(q.balanced());
        assertEquals(Quote.STRAIGHT, q.style());
    }

    @Test
    void backticksOpenTwoSingleMarksClose() throws Exception {
        String text = "Volkova added, ``We owe the islanders that much.'' Then she left.";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size());
        assertEquals("``We owe the islanders that much.''", qs.get(0).text());
        assertEquals("We owe the islanders that much.", qs.get(0).content().text());
        assertEquals("``", qs.get(0).openMark());
    }

    @Test
    void splitQuotationAroundTheCue() throws Exception {
        String text = "''Nobody,'' the skipper, Lars Eide, said, ''has ever asked us.''";
        List<Quote> qs = quotes(text);
        assertEquals(2, qs.size());
        assertEquals("Nobody,", qs.get(0).content().text());
        assertEquals("has ever asked us.", qs.get(1).content().text());
        assertEquals(text.length(), qs.get(1).end());
    }

    @Test
    void nestedSingleQuotationClosedWithTheOuterPair() throws Exception {
        String text = "''I told him, 'Keep the lights on,''' Eide recalled.";
        List<Quote> qs = quotes(text);
        assertEquals(2, qs.size());
        Quote outer = qs.get(0);
        assertEquals(0, outer.depth());
        assertEquals(text.indexOf(" Eide"), outer.end());
        assertEquals("I told him, 'Keep the lights on,'", outer.content().text());
        Quote inner = qs.get(1);
        assertEquals(1, inner.depth());
        assertEquals("Keep the lights on,", inner.content().text());
    }

    @Test
    void apostrophesInWordsOpenNothing() throws Exception {
        assertTrue(quotes("The band played rock 'n' roll hits from the '90s all night in Tromsø.").isEmpty());
        String text = "''We danced to rock 'n' roll from the '90s,'' said Eide's sister.";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size());
        assertEquals("We danced to rock 'n' roll from the '90s,", qs.get(0).content().text());
    }

    @Test
    void inchesAndLonePairs() throws Exception {
        assertTrue(quotes("The pipe is 6'' wide and 40 feet long.").isEmpty());
        assertTrue(quotes("The field was left empty ('') in the form.").stream().allMatch(q -> !q.balanced()) );
    }

    @Test
    void crlfParagraphsAndNonAsciiKeepOffsets() throws Exception {
        String text = "Zoë Brandt, 41, spoke in Tromsø.\r\n\r\n''Die Brücke bleibt zu,'' Brandt said.\r\n\r\n"
                + "She added: ``Wir bauen sie neu.''";
        List<Quote> qs = outer(text);
        assertEquals(2, qs.size());
        for (Quote q : qs) {
            assertEquals(q.text(), text.substring(q.start(), q.end()));
            assertEquals(q.content().text(), text.substring(q.content().start(), q.content().end()));
        }
        assertEquals("''Die Brücke bleibt zu,''", qs.get(0).text());
        assertEquals("Wir bauen sie neu.", qs.get(1).content().text());
    }

    @Test
    void quotationOverParagraphsReopensWithThePair() throws Exception {
        String text = "''The first part of the plan is the harbor.\n\n''The second part is the road,'' Eide said.";
        List<Quote> qs = outer(text);
        assertEquals(1, qs.size());
        assertTrue(qs.get(0).multiParagraph());
        assertTrue(qs.get(0).balanced());
    }

    @Test
    void unclosedPairNamesTheWholeMark() throws Exception {
        String text = "Eide said ''we will see and left.";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size());
        assertFalse(qs.get(0).balanced());
        assertEquals("''", qs.get(0).problemMark().text());
    }
}
