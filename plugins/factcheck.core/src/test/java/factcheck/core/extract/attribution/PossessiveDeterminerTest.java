package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.sourceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A possessive pronoun determines the phrase it opens as an article does: "one of his advisers" is
 * the source, not "advisers"; before a noun cue with only adjectives between, the owner alone is.
 */
class PossessiveDeterminerTest {

    @Test
    void aQuantityOfAPossessedGroupIsOnePhrase() throws Exception {
        assertEquals("One of his advisers", sourceOf("One of his advisers told reporters that he would leave.", "told"));
        assertEquals("Most of her backers", sourceOf("Most of her backers said the count in Tromso was rigged.", "said"));
    }

    @Test
    void aNameAfterAPossessedPhraseAndACommaIsTheSpeaker() throws Exception {
        assertEquals("Ola Dahl", sourceOf("One of his advisers, Ola Dahl, told reporters that he would leave.", "told"));
    }

    @Test
    void theOwnerIsKeptWithTheGroup() throws Exception {
        assertEquals("its source", sourceOf("The Fjordposten reported its source said the tunnel would close.", "said"));
    }
}
