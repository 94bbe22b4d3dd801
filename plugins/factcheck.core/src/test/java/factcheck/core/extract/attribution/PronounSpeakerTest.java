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
        Attribution second = Attributions.withSource(text, "she");
        assertEquals("Ingrid Moe", second.resolvedSpeaker());
    }

    @Test
    void aCurrencyIsNobody() throws Exception {
        String text = "Lars Vik paid the fine of 20,000 kroner (US$2,300) on Monday.\n\n"
                + "\u201cIt was unfair,\u201d he said.\n";
        assertEquals("Lars Vik", withCue(text, "said").resolvedSpeaker());
    }

    @Test
    void itIsTheOrganisationTheSentenceBeforeOpensWith() throws Exception {
        // the last attribution's source is the port authority; the sentence before "It" is about the union
        String text = "The Bergen Port Authority announced on Monday that the pier would close.\n\n"
                + "The Dock Workers Union cancelled its meeting to protest the closure. It also accused the mayor of"
                + " lying, saying the pier was safe.\n";
        assertEquals("The Dock Workers Union", withCue(text, "accused").resolvedSpeaker());
        // a person opening the sentence before is no "it": the last source stays
        String person = "The Bergen Port Authority announced on Monday that the pier would close.\n\n"
                + "Ola Vik cancelled his meeting to protest the closure. It also said the pier was unsafe.\n";
        assertEquals("The Bergen Port Authority", Attributions.withSource(person, "It")
                .resolvedSpeaker());
        // an acronym names an organisation, and a new paragraph lends no subject
        String acronym = "UEFA fined the club on Friday.\n\nIt said the fans had thrown flares.\n";
        assertEquals(null, withCue(acronym, "said").resolvedSpeaker());
        assertEquals("UEFA", withCue("UEFA fined the club on Friday. It said the fans had thrown flares.\n", "said")
                .resolvedSpeaker());
    }

    @Test
    void aPersonDescribedWithoutANameIsTheNextSheAndNoOneNamedBefore() throws Exception {
        String text = "Lars Vik was fined for the crash on Monday.\n\n"
                + "The head of the harbour's safety board told the court \u201cNo checks were done.\u201d She also said "
                + "\u201cWe were never called.\u201d\n";
        assertEquals(null, withCue(text, "told").resolvedSpeaker(), "a described person stands for nobody named before");
        Attribution she = Attributions.withSource(text, "She");
        assertEquals("The head of the harbour's safety board", she.resolvedSpeaker());
        // a role alone still stands for the person named before, and a name after the description wins
        assertEquals("Lars Vik", withCue("Lars Vik was fined on Monday. The mayor said the fine was fair.\n", "said")
                .resolvedSpeaker());
        String named = "The head of the safety board told the court the checks were late. Ola Berg, a pilot, agreed. "
                + "He said \u201cWe knew.\u201d\n";
        assertEquals("Ola Berg", Attributions.withSource(named, "He")
                .resolvedSpeaker());
    }

    @Test
    void aFirstNameInAnOrganisationsNameIsNobody() throws Exception {
        String text = "Kari Holm of the Ola and Eva Dahl Foundation noted the cost.\n\n"
                + "\u201cWe will pay for the pier,\u201d she said.\n";
        assertEquals("Kari Holm", withCue(text, "said").resolvedSpeaker());
    }

    @Test
    void aNameReadAgainByItsWordsIsAMentionWhateverItsTag() throws Exception {
        // "Lie" opening a sentence is tagged a noun; it is the "Ana Lie" named before
        String text = "\u201cThe pier is safe,\u201d said engineer Ana Lie.\n\n"
                + "Kari Holm of the port board noted the cost.\n\n"
                + "Lie and two of her colleagues have started a firm. \u201cWe will build it,\u201d she said.\n";
        Attribution she = Attributions.withSource(text, "she");
        assertEquals("Lie", she.resolvedSpeaker());
    }
}
