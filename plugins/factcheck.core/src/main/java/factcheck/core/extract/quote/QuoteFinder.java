package factcheck.core.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import factcheck.core.annotation.TextRef;
import factcheck.core.article.Article;
import factcheck.core.article.Span;

/**
 * Finds the quotations of an article by scanning its raw text for quotation marks (the tokenizer
 * splits curly marks unreliably, so tokens are not used). Handles curly and straight double marks,
 * single marks nested inside them, the news convention of a quotation running over several
 * paragraphs, and records malformed marks as unbalanced quotes with the offending mark's offsets.
 * Thread-safe: no state survives a call.
 */
public final class QuoteFinder {

    private QuoteFinder() {
    }

    /** The quotations of the headline (paragraph -1) and body, ordered by start, outer before nested. */
    public static List<Quote> find(Article article) {
        return find(article.text(), article.headline(), article.paragraphs());
    }

    /**
     * The quotations in the given stretches of {@code text}.
     *
     * @param headline   the headline span, scanned on its own, or null
     * @param paragraphs body paragraphs in order; a quotation may run from one into the next
     */
    public static List<Quote> find(String text, Span headline, List<Span> paragraphs) {
        List<QuoteScanner.Unit> units = new ArrayList<>(paragraphs.size() + 1);
        if (headline != null) {
            units.add(new QuoteScanner.Unit(headline.start(), headline.end(), -1, false));
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            units.add(new QuoteScanner.Unit(para.start(), para.end(), p, true));
        }
        return List.copyOf(new QuoteScanner(text).scan(units));
    }

    /**
     * Whether the article mixes straight and curly quotation marks, counted over the marks of all
     * quotations found; empty when it uses one style only.
     */
    public static Optional<QuoteStyleMix> styleMix(List<Quote> quotes) {
        int curly = 0;
        int straight = 0;
        for (Quote q : quotes) {
            for (String mark : new String[] {q.openMark(), q.closeMark()}) {
                if (mark == null) {
                    continue;
                }
                if (QuoteMarks.isCurly(mark.charAt(0))) {
                    curly++;
                } else {
                    straight++;
                }
            }
        }
        if (curly == 0 || straight == 0) {
            return Optional.empty();
        }
        // Ties count straight marks as the odd ones out: news copy is set with curly marks.
        boolean straightIsMinority = straight <= curly;
        for (Quote q : quotes) {
            int at = firstMarkOfStyle(q, straightIsMinority);
            if (at >= 0) {
                return Optional.of(new QuoteStyleMix(q.start(), q.end(), q.text(),
                        new TextRef(at, at + 1, q.text().substring(at - q.start(), at - q.start() + 1)),
                        straightIsMinority ? Quote.CURLY : Quote.STRAIGHT,
                        straightIsMinority ? Quote.STRAIGHT : Quote.CURLY, curly, straight));
            }
        }
        return Optional.empty();
    }

    private static int firstMarkOfStyle(Quote q, boolean straight) {
        if (q.openMark() != null && QuoteMarks.isCurly(q.openMark().charAt(0)) != straight) {
            return q.start();
        }
        if (q.closeMark() != null && QuoteMarks.isCurly(q.closeMark().charAt(0)) != straight) {
            // A mismatched close sits at problemStart; every other close is the quote's last character.
            return q.problem() == QuoteProblem.MISMATCHED_CLOSE ? q.problemStart() : q.end() - 1;
        }
        return -1;
    }
}
