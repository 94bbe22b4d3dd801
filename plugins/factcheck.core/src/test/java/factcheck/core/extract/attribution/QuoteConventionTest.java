package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.of;
import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How reporters tie a quotation to its speaker beyond "“…,” she said": the conventions around the quotation. */
class QuoteConventionTest {

    @Test
    void quotationInsideTheClauseOfTheCueBeforeItKeepsThatCue() throws Exception {
        String text = "Senator Lia Brandt said that there is \u201Cno money left for the harbour,\u201D adding that the"
                + " council \u201Cspent it on parades.\u201D";
        Attribution said = withCue(text, "said");
        assertEquals("Senator Lia Brandt", said.source().text());
        assertEquals("no money left for the harbour,", said.content().text());
        assertTrue(said.direct());
        Attribution adding = withCue(text, "adding");
        assertFalse(adding.content().text().contains("harbour"), adding.content().text());
    }

    @Test
    void longSpeakerAfterAnInvertedCue() throws Exception {
        String age = "\u201CWe will win,\u201D said the 46-year-old.";
        assertEquals("the 46-year-old", withCue(age, "said").source().text(), "an age is no time: not \"said Tuesday\"");

        String role = "\u201CThis is a farce,\u201D said Ohio delegate Anna Lund, angered that the chair ignored her.";
        Attribution lund = withCue(role, "said");
        assertEquals("Ohio delegate Anna Lund", lund.source().text());
        assertEquals("This is a farce,", lund.content().text());

        String known = "\u201CThere was no order,\u201D said the harbour chief known as Nils, speaking for the first time.";
        Attribution nils = withCue(known, "said");
        assertEquals("the harbour chief known as Nils", nils.source().text());
        assertTrue(of(known).stream().noneMatch(a -> a.cue() != null && a.cue().text().equals("known")),
                "the speaker's phrase holds no cue of its own");
    }
}
