package factcheck.core.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import factcheck.core.article.Article;
import factcheck.core.article.Span;
import factcheck.core.extract.quote.Quote;
import factcheck.core.extract.quote.QuoteFinder;
import factcheck.core.nlp.Sentence;
import factcheck.core.nlp.Token;

/**
 * Long paragraphs full of quotations and cues must stay near-linear. The tokens are made here by
 * splitting on spaces (the statistical pipeline would dominate the time and prove nothing about us).
 */
class AttributionScaleTest {

    @Test
    void thousandsOfQuotationsInOneParagraph() {
        String unit = "\u201C Rain fell , \u201D Ruiz said . \u201C It stopped . \u201D Officials said it would rain . ";
        int n = 20_000;
        String text = unit.repeat(n);
        List<Attribution> found = run(text);
        // Per unit: the first quote (after cue), the second (continuing Ruiz), the indirect statement.
        assertEquals(3 * n, found.size());
    }

    @Test
    void tenThousandUnbalancedMarks() {
        String text = "\u201C said Ruiz according to \u201D ".repeat(5_000) + "\u201C Ruiz said , ".repeat(5_000);
        List<Attribution> found = run(text);
        assertTrue(found.size() > 0);
    }

    private static List<Attribution> run(String text) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Span para = new Span(0, text.length());
            Article article = new Article("scale", text, Optional.empty(), null, para, List.of(para));
            List<Quote> quotes = QuoteFinder.find(article);
            return AttributionFinder.find(article, List.of(sentence(text)), quotes);
        });
    }

    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int j = text.indexOf(' ', i);
            j = j < 0 ? text.length() : j;
            if (j > i) {
                String w = text.substring(i, j);
                String pos = !Character.isLetter(w.charAt(0)) ? "PUNCT"
                        : w.equals("said") || w.equals("rain") || w.equals("fell") || w.equals("stopped") ? "VERB"
                        : w.equals("would") ? "AUX" : w.equals("It") || w.equals("it") ? "PRON"
                        : w.equals("according") ? "VERB" : w.equals("to") ? "ADP"
                        : Character.isUpperCase(w.charAt(0)) ? "PROPN" : "NOUN";
                tokens.add(new Token(0, tokens.size(), i, j, w, pos, w.toLowerCase()));
            }
            i = j + 1;
        }
        return new Sentence(0, 0, 0, text.length(), tokens);
    }
}
