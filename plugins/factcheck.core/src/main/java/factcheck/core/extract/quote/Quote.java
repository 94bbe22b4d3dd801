package factcheck.core.extract.quote;

import factcheck.core.annotation.Annotation;
import factcheck.core.annotation.TextRef;

/**
 * A quotation in the article: the span from its opening to its closing mark, both included. A
 * quotation that runs over several paragraphs (each continued paragraph reopening with an opening
 * mark) is one quote. An unbalanced quotation spans from its opening mark to the best guess of its
 * end (the end of its paragraph); a stray closing mark spans from the best guess of its start (the
 * paragraph start, or the end of the quote before it) to the mark.
 *
 * @param start          offset of the opening mark (or of the guessed start for a stray close)
 * @param end            offset after the closing mark (or the guessed end)
 * @param text           the covered text
 * @param content        the words between the marks, trimmed of outer white space
 * @param balanced       true when {@code problem} is {@link QuoteProblem#NONE}
 * @param problem        what is wrong with the marks
 * @param problemStart   offset of the offending mark (the wrong closing mark, the stray mark, or the
 *                       last opening mark left open), -1 when balanced
 * @param problemEnd     offset after the offending mark, -1 when balanced
 * @param openMark       the opening mark, null for a stray close
 * @param closeMark      the closing mark (for a mismatch, the wrong mark), null when never closed
 * @param firstParagraph index of the paragraph holding the opening (-1 for the headline)
 * @param lastParagraph  index of the paragraph holding the end
 * @param multiParagraph true when the quotation runs over more than one paragraph
 * @param depth          0 for an outer quotation, 1 for one nested inside it
 * @param style          {@link #CURLY}, {@link #STRAIGHT} or {@link #MIXED} (opened with one kind,
 *                       closed with the other)
 */
public record Quote(int start, int end, String text, TextRef content, boolean balanced, QuoteProblem problem,
        int problemStart, int problemEnd, String openMark, String closeMark, int firstParagraph,
        int lastParagraph, boolean multiParagraph, int depth, String style) implements Annotation {

    public static final String CURLY = "CURLY";
    public static final String STRAIGHT = "STRAIGHT";
    public static final String MIXED = "MIXED";

    @Override
    public String type() {
        return "quote";
    }

    /** The offending mark as a text part, or null for a balanced quotation. */
    public TextRef problemMark() {
        return problemStart < 0 ? null : new TextRef(problemStart, problemEnd, text.substring(
                problemStart - start, problemEnd - start));
    }

    /** True when {@code offset} lies inside the quotation's marks. */
    public boolean covers(int offset) {
        return start <= offset && offset < end;
    }
}
