package factcheck.core.extract.quote;

import factcheck.core.annotation.Annotation;
import factcheck.core.annotation.TextRef;

/**
 * A style finding: the article sets some quotation marks straight and others curly. Spans the first
 * quotation using the less common style; {@code mark} is its first mark of that style, the place a
 * fix would replace.
 *
 * @param mark           the first mark of the minority style
 * @param dominantStyle  {@link Quote#CURLY} or {@link Quote#STRAIGHT}, the style most marks use
 * @param minorityStyle  the other style
 * @param curlyMarks     how many quotation marks are curly
 * @param straightMarks  how many are straight
 */
public record QuoteStyleMix(int start, int end, String text, TextRef mark, String dominantStyle,
        String minorityStyle, int curlyMarks, int straightMarks) implements Annotation {

    @Override
    public String type() {
        return "quote-style";
    }
}
