package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.sourceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Names and nouns in -ly that the tagger reads as adverbs ("Schlafly", "Kelly", "ally") still name the
 * speaker; adverbs in -ly opening a sentence stay adverbs.
 */
class NameInLyTest {

    @Test
    void aNameInLyOpeningTheSentenceBeforeASpeechVerb() throws Exception {
        assertEquals("Mrs. Dunnigally", sourceOf("The ferry sank in 1992. Mrs. Dunnigally said she blamed the owners.",
                "said"));
        assertEquals("Dunnigally", sourceOf("Dunnigally also noted that the harbour had been dredged twice.", "noted"));
    }

    @Test
    void aNounInLyInsideTheSubject() throws Exception {
        assertEquals("Another Hansen ally, Transport Minister Ola Strand",
                sourceOf("Another Hansen ally, Transport Minister Ola Strand, told NRK that the deal was sound.", "told"));
    }

    @Test
    void anOpeningAdverbOrQuantityIsNoName() throws Exception {
        assertEquals("the harbour master", sourceOf("Finally, the harbour master said the port would reopen.", "said"));
        assertEquals("Nearly half", sourceOf("Nearly half said they would use the new ferry.", "said"));
    }
}
