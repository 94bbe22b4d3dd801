package factcheck.core.extract.attribution;

import java.util.List;

import factcheck.core.extract.quote.Quote;

/**
 * A stretch of text outside quotations, up to a sentence end: words [from, to) of a paragraph's
 * words. {@code prev} is the quotation it directly follows ("“…,” Smith said"), {@code next} the one
 * it directly leads into ("He stated, “…”"); either may be null.
 */
record Segment(List<Word> words, int from, int to, Quote prev, Quote next, int paragraph) {

    boolean isEmpty() {
        return from >= to;
    }
}
