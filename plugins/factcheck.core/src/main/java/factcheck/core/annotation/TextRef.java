package factcheck.core.annotation;

/**
 * A part of an annotation (an attribution's cue, source or content; a quote's content), written to
 * JSON as an object with {@code start}, {@code end} and {@code text}.
 */
public record TextRef(int start, int end, String text) {

    public static TextRef of(String articleText, int start, int end) {
        return new TextRef(start, end, articleText.substring(start, end));
    }
}
