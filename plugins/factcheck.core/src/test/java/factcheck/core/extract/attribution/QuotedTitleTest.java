package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.firstQuote;
import static factcheck.core.extract.attribution.Attributions.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import factcheck.core.extract.quote.QuotedTitle;

/** Titles in quotation marks (shows, books, podcasts) are nobody's words: no unattributed attribution. */
class QuotedTitleTest {

    @Test
    void titleCaseNamesAWork() throws Exception {
        assertTrue(QuotedTitle.of(firstQuote("She hosted \u201CSilver Harbour Nights\u201D for a decade.")));
        assertTrue(QuotedTitle.of(firstQuote("His memoir, \u201CTide and Stone,\u201D sold well.")));
        assertTrue(QuotedTitle.of(firstQuote("The podcast \u201CSo, That Was Monday\u201D returns.")));
        assertTrue(QuotedTitle.of(firstQuote("They watched \u201CThe Last of the Ferrymen\u201D twice.")));
        assertTrue(QuotedTitle.of(firstQuote("The sequel, \u201CHarbour 2\u201D, opens soon.")));
    }

    @Test
    void wordsSomeoneSaidAreNoTitle() throws Exception {
        assertFalse(QuotedTitle.of(firstQuote("Lind called the plan \u201Ca total farce.\u201D")), "sentence case");
        assertFalse(QuotedTitle.of(firstQuote("\u201CWe will rebuild the pier,\u201D said Odile Marchand.")), "a sentence");
        assertFalse(QuotedTitle.of(firstQuote("Brandt said it was \u201CReckless.\u201D")), "one word");
        assertFalse(QuotedTitle.of(firstQuote("The crowd chanted \u201CNO MORE WAITING\u201D outside.")), "shouted");
        assertFalse(QuotedTitle.of(firstQuote("\u201CWhen The Tide Turns We Will All Be Standing Here Together,\u201D he said.")),
                "too long for a title");
    }

    @Test
    void aTitleGetsNoUnattributedAttributionButWordsDo() throws Exception {
        String text = "Okafor, the star of \u201CSilver Harbour Nights,\u201D now bakes bread. Critics were "
                + "\u201Cquite unkind about the bread.\u201D";
        List<Attribution> quoted = of(text).stream().filter(Attribution::direct).toList();
        assertEquals(1, quoted.size(), quoted.toString());
        Attribution a = quoted.get(0);
        assertEquals(SourceKind.NONE, a.sourceKind());
        assertEquals("quite unkind about the bread.", a.content().text());
    }

    @Test
    void aTitleWithASpeakerStaysAttributed() throws Exception {
        // a cue still speaks for the marks: the reader does not decide what was said by case alone
        String text = "\u201CGood Morning Porto,\u201D said Ilse Brandt as she opened the show.";
        List<Attribution> all = of(text);
        assertTrue(all.stream().anyMatch(a -> a.direct() && a.source() != null && a.source().text().equals("Ilse Brandt")),
                all.toString());
    }
}
