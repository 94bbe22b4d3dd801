package factcheck.core.nlp;

import java.util.List;

import factcheck.core.article.Span;

/**
 * A sentence of the article body with its tokens.
 *
 * @param index     index of the sentence in the article
 * @param paragraph index of the paragraph holding it
 * @param start     start offset in the article text
 * @param end       end offset (exclusive)
 * @param tokens    the tokens in order
 */
public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Span span() {
        return new Span(start, end);
    }
}
