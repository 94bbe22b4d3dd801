package factcheck.core.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import factcheck.core.article.ArticleParser;

class QuoteFinderTest {

    static List<Quote> quotes(String text) throws Exception {
        return QuoteFinder.find(ArticleParser.parse("test", text));
    }

    static List<Quote> outer(String text) throws Exception {
        return quotes(text).stream().filter(q -> q.depth() == 0).toList();
    }

    @Test
    void curlyQuoteAfterCue() throws Exception {
        String text = "Mayor Ana Ruiz said, \u201CWe will rebuild.\u201D";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size());
        Quote q = qs.get(0);
        assertEquals(text.indexOf('\u201C'), q.start());
        assertEquals(text.length(), q.end());
        assertEquals("\u201CWe will rebuild.\u201D", text.substring(q.start(), q.end()));
        assertEquals("We will rebuild.", q.content().text());
        assertEquals("We will rebuild.", text.substring(q.content().start(), q.content().end()));
        assertTrue(q.balanced());
        assertEquals(QuoteProblem.NONE, q.problem());
        assertEquals(Quote.CURLY, q.style());
        assertEquals(-1, q.problemStart());
        assertNull(q.problemMark());
        assertEquals("quote", q.type());
    }

    @Test
    void straightQuotes() throws Exception {
        String text = "Ruiz said, \"We will rebuild.\" Then she left.";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size());
        assertEquals("\"We will rebuild.\"", qs.get(0).text());
        assertEquals(text.indexOf('"'), qs.get(0).start());
        assertEquals(Quote.STRAIGHT, qs.get(0).style());
        assertTrue(qs.get(0).balanced());
    }

    @Test
    void apostrophesAreNotQuotes() throws Exception {
        assertEquals(List.of(), quotes("The players' union met at Smith's office in the '90s and didn't vote."));
        assertEquals(List.of(), quotes("The players\u2019 union met at Smith\u2019s office in the \u201990s and didn\u2019t vote."));
        String text = "\u201CDon\u2019t touch Smith\u2019s \u201990s car or the players\u2019 bus,\u201D said Ruiz.";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size(), "only the double quotation");
        assertEquals(text.indexOf('\u201D') + 1, qs.get(0).end());
        String straight = "\"Don't touch Smith's '90s car or rock 'n' roll,\" said Ruiz.";
        assertEquals(1, quotes(straight).size());
    }

    @Test
    void inchMarkOutsideQuotesIsNoQuote() throws Exception {
        assertEquals(List.of(), quotes("The new pipe is 6\" wide and 2' long, the engineer said."));
    }

    @Test
    void nestedSingleQuotes() throws Exception {
        String text = "\u201CHe told me \u2018never again\u2019 and left,\u201D Ruiz said.";
        List<Quote> qs = quotes(text);
        assertEquals(2, qs.size());
        Quote outer = qs.get(0);
        Quote inner = qs.get(1);
        assertEquals(0, outer.depth());
        assertEquals(1, inner.depth());
        assertEquals(text.indexOf('\u2018'), inner.start());
        assertEquals("\u2018never again\u2019", text.substring(inner.start(), inner.end()));
        assertEquals("never again", inner.content().text());
        assertTrue(outer.start() < inner.start() && inner.end() < outer.end());

        String straight = "\"He told me 'never again' and left,\" Ruiz said.";
        List<Quote> sq = quotes(straight);
        assertEquals(2, sq.size());
        assertEquals("'never again'", sq.get(1).text());
        assertEquals(Quote.STRAIGHT, sq.get(1).style());
    }

    @Test
    void nestedDoubleQuotesWhenTwoClosersFollow() throws Exception {
        String text = "\u201CHe said \u201Cno\u201D twice,\u201D Ruiz said.";
        List<Quote> qs = quotes(text);
        assertEquals(2, qs.size());
        assertTrue(qs.get(0).balanced());
        assertEquals(text.lastIndexOf('\u201D') + 1, qs.get(0).end());
        assertEquals("\u201Cno\u201D", qs.get(1).text());
    }

    @Test
    void quoteRunningOverParagraphsIsOneBalancedQuote() throws Exception {
        String p1 = "\u201CWe will rebuild the bridge,\u201D Ruiz said. \u201CThe council has the money.";
        String p2 = "\u201CWork starts in May.";
        String p3 = "\u201CNobody will be left behind.\u201D";
        String text = p1 + "\n\n" + p2 + "\n\n" + p3 + "\n\nThe council met later.";
        List<Quote> qs = quotes(text);
        assertEquals(2, qs.size());
        assertFalse(qs.get(0).multiParagraph());
        Quote run = qs.get(1);
        assertTrue(run.balanced());
        assertTrue(run.multiParagraph());
        assertEquals(0, run.firstParagraph());
        assertEquals(2, run.lastParagraph());
        assertEquals(text.indexOf("\u201CThe council"), run.start());
        assertEquals(text.indexOf("behind.\u201D") + "behind.\u201D".length(), run.end());
        assertTrue(run.content().text().startsWith("The council has the money."));
        assertTrue(run.content().text().endsWith("Nobody will be left behind."));
    }

    @Test
    void mismatchedCloseIsRecordedWithTheWrongMark() throws Exception {
        String text = "\u201CThe river rose fast and hurt them both \u201CAccording to a council statement, Ruiz remarked.";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size());
        Quote q = qs.get(0);
        int wrong = text.lastIndexOf('\u201C');
        assertEquals(QuoteProblem.MISMATCHED_CLOSE, q.problem());
        assertFalse(q.balanced());
        assertEquals(0, q.start());
        assertEquals(wrong + 1, q.end());
        assertEquals(wrong, q.problemStart());
        assertEquals(wrong + 1, q.problemEnd());
        assertEquals("\u201C", q.problemMark().text());
        assertEquals("\u201C", q.closeMark());
        assertEquals("The river rose fast and hurt them both", q.content().text());
    }

    @Test
    void mismatchGluedToTheWordAndAProperQuoteAfterIt() throws Exception {
        String text = "\u201CWe will rebuild.\u201C Ruiz said it twice. She added, \u201Cand soon.\u201D";
        List<Quote> qs = quotes(text);
        assertEquals(2, qs.size());
        assertEquals(QuoteProblem.MISMATCHED_CLOSE, qs.get(0).problem());
        assertEquals(text.indexOf(".\u201C") + 1, qs.get(0).problemStart());
        assertEquals(QuoteProblem.NONE, qs.get(1).problem());
        assertEquals("and soon.", qs.get(1).content().text());
    }

    @Test
    void strayClosingMark() throws Exception {
        String text = "The council met. Nothing changed.\u201D Ruiz left.";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size());
        Quote q = qs.get(0);
        assertEquals(QuoteProblem.STRAY_CLOSE, q.problem());
        assertEquals(text.indexOf('\u201D'), q.problemStart());
        assertEquals(0, q.start());
        assertEquals(text.indexOf('\u201D') + 1, q.end());
        assertNull(q.openMark());

        String after = "\u201CYes,\u201D said Ruiz. It was late.\u201D";
        List<Quote> two = quotes(after);
        assertEquals(2, two.size());
        assertEquals(QuoteProblem.STRAY_CLOSE, two.get(1).problem());
        assertEquals(after.indexOf("said Ruiz"), two.get(1).start(), "starts after the quote before it");
    }

    @Test
    void unclosedAtTheEndOfTheArticle() throws Exception {
        String text = "Ruiz said, \u201CWe will rebuild the city";
        Quote q = quotes(text).get(0);
        assertEquals(QuoteProblem.UNCLOSED, q.problem());
        assertEquals(text.indexOf('\u201C'), q.start());
        assertEquals(text.length(), q.end());
        assertEquals(text.indexOf('\u201C'), q.problemStart());
        assertNull(q.closeMark());
    }

    @Test
    void paragraphEndWithoutReopening() throws Exception {
        String p1 = "Ruiz said, \u201CWe will rebuild.";
        String text = p1 + "\n\nThe council agreed.\n";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size());
        Quote q = qs.get(0);
        assertEquals(QuoteProblem.PARAGRAPH_RUN_NOT_REOPENED, q.problem());
        assertEquals(p1.length(), q.end());
        assertEquals(0, q.lastParagraph());
        assertFalse(q.multiParagraph());
    }

    @Test
    void reopenedRunThatStopsLaterPointsAtTheLastReopeningMark() throws Exception {
        String text = "\u201CWe will rebuild.\n\n\u201CWe will not wait.\n\nThe council agreed.";
        Quote q = quotes(text).get(0);
        assertEquals(QuoteProblem.PARAGRAPH_RUN_NOT_REOPENED, q.problem());
        assertTrue(q.multiParagraph());
        assertEquals(text.indexOf("\u201CWe will not"), q.problemStart());
        assertEquals(text.indexOf("wait.") + "wait.".length(), q.end());
    }

    @Test
    void mixedStylesAreAStyleFinding() throws Exception {
        String text = "\u201CWe will rebuild,\u201D Ruiz said. Later she added, \"Soon.\"";
        List<Quote> qs = quotes(text);
        QuoteStyleMix mix = QuoteFinder.styleMix(qs).orElseThrow();
        assertEquals(Quote.STRAIGHT, mix.minorityStyle());
        assertEquals(2, mix.curlyMarks());
        assertEquals(2, mix.straightMarks());
        assertEquals(text.indexOf('"'), mix.mark().start());
        assertEquals("\"Soon.\"", mix.text());
        assertTrue(QuoteFinder.styleMix(quotes("\u201CA,\u201D she said. \u201CB.\u201D")).isEmpty());
        assertTrue(QuoteFinder.styleMix(quotes("\"A,\" she said. \"B.\"")).isEmpty());
    }

    @Test
    void crlfAndNonAsciiOffsets() throws Exception {
        String text = "\uD83D\uDE42 Mayor Zo\u00EB N\u00FA\u00F1ez said, \u201CW\u00E9 will rebuild the caf\u00E9.\r\n\r\n"
                + "\u201CThe se\u00F1ora\u2019s shop stays.\u201D\r\n";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size());
        Quote q = qs.get(0);
        assertTrue(q.multiParagraph());
        assertEquals(text.indexOf("\u201CW\u00E9"), q.start());
        assertEquals("\u201CW\u00E9 will rebuild the caf\u00E9.\r\n\r\n\u201CThe se\u00F1ora\u2019s shop stays.\u201D",
                text.substring(q.start(), q.end()));
    }

    @Test
    void headlineQuotesBelongToParagraphMinusOne() throws Exception {
        String text = "date 2024-03-01 Ruiz vows \u201Cwe will rebuild\u201D\n\nThe council met.\n";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size());
        assertEquals(-1, qs.get(0).firstParagraph());
        assertEquals("we will rebuild", qs.get(0).content().text());
    }
}
