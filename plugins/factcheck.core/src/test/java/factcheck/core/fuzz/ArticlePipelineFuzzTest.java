package factcheck.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

import factcheck.core.Analysis;
import factcheck.core.Analyzer;
import factcheck.core.annotation.Annotation;
import factcheck.core.article.Article;
import factcheck.core.article.ArticleDecodingException;
import factcheck.core.article.ArticleFormatException;
import factcheck.core.article.ArticleParser;
import factcheck.core.article.TextDecoder;
import factcheck.core.nlp.Sentence;
import factcheck.core.nlp.Token;

/**
 * Coverage-guided fuzzing (Jazzer) of the article parser and the extraction pipeline: any bytes
 * either decode and parse, or fail with our own clear exceptions; an analysed article's sentences,
 * tokens and annotations always point at exactly the text they claim.
 *
 * <p>A normal test run replays the seeds and saved crashes under
 * src/test/resources/factcheck/core/fuzz/ArticlePipelineFuzzTestInputs; the {@code fuzz} surefire
 * execution (JAZZER_FUZZ=1) explores for 60 s, keeping its corpus in target/ between runs, and
 * {@code releng/scripts/fuzz.sh ROUNDS} repeats that to fuzz longer.
 */
class ArticlePipelineFuzzTest {

    private static final Analyzer ANALYZER = new Analyzer();

    @FuzzTest(maxDuration = "60s")
    void anyBytesAreDecodedParsedAndAnalysedConsistently(byte[] input) {
        String text;
        try {
            text = TextDecoder.decode(input);
        } catch (ArticleDecodingException e) {
            assertTrue(e.byteOffset() >= -1 && e.byteOffset() <= input.length, e.getMessage());
            return;
        }
        Article article;
        try {
            article = ArticleParser.parse("fuzz", text);
        } catch (ArticleFormatException e) {
            assertTrue(e.offset() >= 0 && e.offset() <= text.length(), e.getMessage());
            return;
        }
        Analysis analysis = ANALYZER.analyze(article);
        for (Sentence s : analysis.sentences()) {
            for (Token t : s.tokens()) {
                assertEquals(t.text(), text.substring(t.start(), t.end()));
            }
        }
        for (Annotation a : analysis.annotations()) {
            assertTrue(0 <= a.start() && a.start() <= a.end() && a.end() <= text.length(), a::toString);
            assertEquals(text.substring(a.start(), a.end()), a.text(), a::toString);
        }
    }
}
