package factcheck.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import factcheck.core.article.Article;
import factcheck.core.article.ArticleParser;

class NlpPipelineTest {

    @Test
    void tokenOffsetsPointIntoCrlfAndNonAsciiText() throws Exception {
        String text = "date 2020-07-01 Café owners protest\r\n\r\nThe café owners in Zürich protested on Tuesday.\r\n"
                + "\r\n“We are closing,” said Renée Dubois. Prices rose 12% last year.\r\n";
        Article article = ArticleParser.parse("cafe.article", text);
        List<Sentence> sentences = NlpPipeline.shared().annotate(text, article.paragraphs());
        assertEquals(3, sentences.size());
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                assertEquals(t.text(), text.substring(t.start(), t.end()), "token offsets must match the text");
            }
        }
        Token protested = sentences.get(0).tokens().stream().filter(t -> t.text().equals("protested")).findFirst().orElseThrow();
        assertEquals("VERB", protested.pos());
        assertEquals("protest", protested.lemma());
        assertTrue(sentences.get(1).tokens().stream().anyMatch(t -> t.text().equals("Renée") && t.isProperNoun()));
        assertEquals(1, sentences.get(1).paragraph());
    }

    @Test
    void noSentenceCrossesAParagraphBreak() throws Exception {
        String text = "First paragraph without a full stop\n\nSecond paragraph.";
        Article article = ArticleParser.parse("p.txt", text);
        List<Sentence> sentences = NlpPipeline.shared().annotate(text, article.paragraphs());
        assertEquals(2, sentences.size());
        assertEquals(0, sentences.get(0).paragraph());
        assertEquals(1, sentences.get(1).paragraph());
    }
}
