package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The cue lexicon was learned from American news; its verbs in -ize are cues in their British
 * spelling too ("criticised", "emphasising").
 * Sentences about invented people.
 */
class BritishSpellingTest {

    @Test
    void britishFormsOfLexiconVerbsAreCues() throws Exception {
        Attribution a = withCue("Ines Carvalho criticised the harbour plan on local radio.", "criticised");
        assertEquals("Ines Carvalho", a.source().text());
        assertEquals("the plan would fail", withCue("Ines Carvalho emphasised that the plan would fail.", "emphasised")
                .content().text());
        assertEquals("Ola Vik", withCue("Ola Vik, criticising the council, said the port would close.", "criticising")
                .source().text());
    }
}
