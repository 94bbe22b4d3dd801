package factcheck.core.annotation;

/**
 * Something the engine found in the article text: a quotation, an attribution, a claim, a temporal
 * expression, a person mention. Every annotation is also a fact the rules can match, and is
 * written to JSON with {@code type}, {@code start}, {@code end}, {@code line}, {@code column},
 * {@code text} and its own fields. Offsets are UTF-16 code units of the decoded text.
 */
public interface Annotation {

    /** The JSON {@code type}: temporal, quote, attribution, claim, person, ... */
    String type();

    int start();

    int end();

    /** The covered text, exactly as in the article. */
    String text();
}
