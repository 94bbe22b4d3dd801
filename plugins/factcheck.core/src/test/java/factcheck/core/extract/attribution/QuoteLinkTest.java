package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.of;
import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Which cue a quotation belongs to when the words after it are not a clean "“…,” Ruiz said.": a
 * comma outside the marks, an editor's bracketed comma, a speech verb with no comma, a medium after
 * the cue, a participle after the frame, and an inverted source described by a participle. Sentences
 * about invented people.
 */
class QuoteLinkTest {

    /** The attribution that holds the quotation starting with {@code words}. */
    private static Attribution quoted(String text, String words) throws Exception {
        List<Attribution> all = of(text);
        return all.stream().filter(a -> a.direct() && a.content() != null && a.content().text().startsWith(words))
                .filter(a -> a.cue() != null).findFirst()
                .orElseThrow(() -> new AssertionError("no cue for \u201C" + words + "\u201D in " + all));
    }

    @Test
    void aCommaOutsideTheMarksStillRunsOn() throws Exception {
        String text = "\u201CWhat hurts most\u201D, Ines Dahl said, \u201Cis the silence of the council.\u201D";
        assertEquals("Ines Dahl", quoted(text, "What hurts most").source().text());
        assertEquals("Ines Dahl", quoted(text, "is the silence").source().text());
        String continued = "\u201CThe bay has been a disaster for the town\u201D, he continued in the speech.";
        assertEquals("he", quoted(continued, "The bay has been").source().text());
    }

    @Test
    void aSpeechVerbRightAfterTheMarksWithNoComma() throws Exception {
        assertEquals("Ola Vik", quoted("\u201CThe port will close in May\u201D said Ola Vik.", "The port will close")
                .source().text());
        assertEquals("Kari Dahl", quoted("\u201CBringing the elk back is going to heal us[,]\u201D Kari Dahl said.",
                "Bringing the elk").source().text());
    }

    @Test
    void aMediumAfterTheCueIsNoReportedClause() throws Exception {
        // the tagger calls "televised" a verb, which made "in a televised announcement" look like the words said
        Attribution a = quoted("\u201CThe ferry will be withdrawn in full,\u201D Lena Moe said in a televised"
                + " announcement.", "The ferry will be withdrawn");
        assertEquals("Lena Moe", a.source().text());
        assertEquals("a televised announcement", a.intermediary().text());
        assertEquals("Lena Moe", quoted("\u201CThe quay is a scandal,\u201D Lena Moe said in a speech, which was"
                + " broadcast live.", "The quay is").source().text());
        // a medium described by a participle, then what was said
        assertEquals("the port would close", withCue("Ola Vik said in a statement released Monday that the port would"
                + " close.", "said").content().text());
    }

    @Test
    void aParticipleEndingTheFrameSaysHowTheWordsCame() throws Exception {
        String text = "Lena was ill the week of the audition. \u201CThe director does not know me, and he will think"
                + " this is how I sound,\u201D she recalls thinking. \u201CI did not have a chance.\u201D";
        Attribution a = quoted(text, "The director does not");
        assertEquals("she", a.source().text());
        assertEquals("recalls", a.cue().text());
    }

    @Test
    void anInvertedSourceDescribedByAParticiple() throws Exception {
        // the tagger read "a" as a subordinator here; the articles are determiners whatever it says
        String text = "\u201CShe is only doing this to split the movement,\u201D said a protester using the name Kari.";
        assertEquals("a protester", quoted(text, "She is only").source().text());
        // a possessive goes on into its phrase: no source described by a participle
        Attribution b = withCue("Judge Ana Holm, writing for the majority, said Bergen's remaining ten days"
                + " \u201Care quite generous.\u201D", "said");
        assertTrue(b.source().text().startsWith("Judge Ana Holm"), b::toString);
    }

    @Test
    void anEventIsNoOneAHeCouldStandFor() throws Exception {
        String text = "Yesterday, President Ivo Lind said the ships must leave.\n\n"
                + "Lind was speaking at the opening of Harbour Defence Week, a yearly festival.\n\n"
                + "\u201CYour ships have brought nothing but trouble,\u201D he continued.\n";
        String speaker = quoted(text, "Your ships").resolvedSpeaker();
        assertTrue(speaker.endsWith("Lind"), speaker); // was "Week"
    }
}
