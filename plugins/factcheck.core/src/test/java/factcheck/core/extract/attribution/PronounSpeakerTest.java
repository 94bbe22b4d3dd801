package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Whom "he" and "she" are read as: the nearest person named before, but not the one spoken to ("told
 * Berg") and not a currency or code that happens to be capitalised. Sentences about invented people.
 */
class PronounSpeakerTest {

    @Test
    void theOneToldIsNotTheNextSpeaker() throws Exception {
        String text = "\u201cThe water came in overnight,\u201d Ingrid Moe told Harbour Weekly.\n\n"
                + "\u201cWe will rebuild the pier,\u201d she told Coast Radio.\n";
        assertEquals("Ingrid Moe", withCue(text, "told").resolvedSpeaker());
        Attribution second = Attributions.of(text).stream()
                .filter(a -> a.source() != null && a.source().text().equals("she")).findFirst().orElseThrow();
        assertEquals("Ingrid Moe", second.resolvedSpeaker());
    }

    @Test
    void aCurrencyIsNobody() throws Exception {
        String text = "Lars Vik paid the fine of 20,000 kroner (US$2,300) on Monday.\n\n"
                + "\u201cIt was unfair,\u201d he said.\n";
        assertEquals("Lars Vik", withCue(text, "said").resolvedSpeaker());
    }
}
