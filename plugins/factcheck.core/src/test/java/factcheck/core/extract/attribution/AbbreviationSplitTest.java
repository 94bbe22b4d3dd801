package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.sourceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The sentence detector ends sentences at initials and at abbreviations written with periods;
 * {@link ArticleWords} joins them again so that the subject reaches its cue. Invented names.
 */
class AbbreviationSplitTest {

    @Test
    void anInitialIsPartOfTheName() throws Exception {
        assertEquals("the F.B.I. director, Ola T. Berg", sourceOf("When the F.B.I. director, Ola T. Berg, said on Friday"
                + " that the archive was safe, few believed him.", "said"));
        assertEquals("Ana K. Lund", sourceOf("Ana K. Lund said the ferry would run again in May.", "said"));
    }

    @Test
    void anAbbreviationBeforeALowerCaseWordEndsNoSentence() throws Exception {
        assertEquals("the F.B.I.", sourceOf("The reviews came back clear, and the F.B.I. has said it had no new evidence.",
                "said"));
    }
}
