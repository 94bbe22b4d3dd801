package factcheck.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import factcheck.core.article.Article;
import factcheck.core.article.ArticleParser;

class SentenceMemoTest {

    private static final String HEADER = "date 2023-03-14 Harbour bridge reopens\r\n\r\n";
    private static final String FIRST = "The Øresund ferry resumed service on Monday, the operator said.";
    private static final String SECOND = "“We expect queues until Friday,” said Søren Lund. Fares rose 4% in 2022.";
    private static final String THIRD = "Engineers will inspect the cables again next spring";

    @Test
    void anEditReadsOnlyItsParagraphAndGivesWhatAFreshReadGives() throws Exception {
        SentenceMemo memo = new SentenceMemo();
        String before = HEADER + FIRST + "\r\n\r\n" + SECOND + "\r\n\r\n" + THIRD;
        assertSameAsFresh(memo, before);
        assertEquals(0, memo.reusedParagraphs(), "nothing to reuse on the first read");

        // A word inserted in the first body paragraph moves every later sentence and token.
        String edited = before.replace("ferry resumed", "ferry finally resumed");
        int paragraphs = assertSameAsFresh(memo, edited);
        assertEquals(paragraphs - 1, memo.reusedParagraphs());
    }

    @Test
    void paragraphsAddedAndRemovedAreRenumbered() throws Exception {
        SentenceMemo memo = new SentenceMemo();
        assertSameAsFresh(memo, HEADER + FIRST + "\n\n" + SECOND + "\n\n" + THIRD + "\n");
        // A new paragraph between two known ones: the later sentences get new indices and paragraph numbers.
        int paragraphs = assertSameAsFresh(memo,
                HEADER + FIRST + "\n\nA spokeswoman for Malmö declined to comment.\n\n" + SECOND + "\n\n" + THIRD + "\n");
        assertEquals(paragraphs - 1, memo.reusedParagraphs());
        // The first body paragraph deleted.
        paragraphs = assertSameAsFresh(memo, HEADER + "A spokeswoman for Malmö declined to comment.\n\n" + SECOND + "\n\n" + THIRD + "\n");
        assertEquals(paragraphs, memo.reusedParagraphs());
    }

    @Test
    void aParagraphRepeatedInOneTextIsReadEachTimeAtFirst() throws Exception {
        SentenceMemo memo = new SentenceMemo();
        int paragraphs = assertSameAsFresh(memo, HEADER + SECOND + "\n\n" + SECOND + "\n\n" + SECOND);
        assertEquals(0, memo.reusedParagraphs());
        assertSameAsFresh(memo, HEADER + SECOND + "\n\n" + SECOND + "\n\n" + SECOND + " Lund left.");
        assertEquals(paragraphs - 1, memo.reusedParagraphs());
    }

    /** Reads {@code text} through the memo, compares with a fresh read, and returns its paragraph count. */
    private static int assertSameAsFresh(SentenceMemo memo, String text) throws Exception {
        Article article = ArticleParser.parse("harbour.article", text);
        List<Sentence> remembered = memo.annotate(NlpPipeline.shared(), text, article.paragraphs());
        assertEquals(NlpPipeline.shared().annotate(text, article.paragraphs()), remembered);
        for (Sentence s : remembered) {
            for (Token t : s.tokens()) {
                assertEquals(t.text(), text.substring(t.start(), t.end()));
                assertEquals(s.index(), t.sentence());
            }
        }
        return article.paragraphs().size();
    }
}
