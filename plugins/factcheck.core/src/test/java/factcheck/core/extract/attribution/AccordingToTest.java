package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.of;
import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The source phrase of "according to" ({@link AccordingTo}): read past modifiers the subject reader
 * does not take, with the words that describe it, across a quoted title inside it, and never giving
 * a verb inside it a cue of its own. Sentences about invented people and places.
 */
class AccordingToTest {

    @Test
    void aQuotedTitleInsideTheSourcePhrase() throws Exception {
        String text = "The ferry would cost $4 million a year, according to the \u201CFjords First\u201D document she released.";
        Attribution a = withCue(text, "according to");
        assertEquals("the \u201CFjords First\u201D document she released", a.source().text());
        assertEquals("The ferry would cost $4 million a year", a.content().text());
        // a book title longer than a nickname, then its author
        String book = "According to \u201CSalt and Stone: A History of the Harbour at Lund\u201D by Ola Vik, the pier"
                + " was built in 1820.";
        Attribution b = withCue(book, "According to");
        assertEquals("Salt and Stone: A History of the Harbour at Lund\u201D by Ola Vik", b.source().text());
        assertEquals("the pier was built in 1820", b.content().text());
    }

    @Test
    void modifiersBeforeTheNounOfTheSource() throws Exception {
        assertEquals("recently leaked council memos", withCue("But according to recently leaked council memos, the"
                + " mayor knew of the leak.", "according to").source().text());
        assertEquals("the most recent count by the Herald", withCue("Vik leads by nine points, according to the most"
                + " recent count by the Herald.", "according to").source().text());
        assertEquals("one of her closest aides", withCue("The mayor will run again, according to one of her closest"
                + " aides.", "according to").source().text());
        assertEquals("early but unofficial returns", withCue("Dahl won the Lund seat, according to early but unofficial"
                + " returns.", "according to").source().text());
    }

    @Test
    void aTextEndingInAccordingToHasNoSource() throws Exception {
        // a draft cut off mid-sentence (the fuzzer found it: reading past the last word threw)
        List<Attribution> found = of("Tolls rose 12% last year, according to ");
        assertTrue(found.stream().noneMatch(a -> a.cue() != null && a.cue().text().equals("according to")), found::toString);
    }

    @Test
    void aNounTheTaggerReadsAsAnInfinitive() throws Exception {
        // "to court/VERB documents": "according to" takes no infinitive
        Attribution a = withCue("The pier was never inspected, according to court documents.", "according to");
        assertEquals("court documents", a.source().text());
        assertEquals("The pier was never inspected", a.content().text());
    }

    @Test
    void theWordsDescribingTheSourceBelongToIt() throws Exception {
        assertEquals("figures its treasurer released Monday", withCue("The council spent $2 million on the pier,"
                + " according to figures its treasurer released Monday.", "according to").source().text());
        assertEquals("a recording provided to the Herald", withCue("The tolls would go, Vik told donors, according to a"
                + " recording provided to the Herald.", "according to").source().text());
    }

    @Test
    void aRelativeClauseAfterTheSourceKeepsItsCues() throws Exception {
        String text = "The race is close. Vik leads Dahl by four points, according to a new poll that shows voters tiring"
                + " of the tolls.";
        assertEquals("a new poll", withCue(text, "according to").source().text());
        assertEquals("voters tiring of the tolls", withCue(text, "shows").content().text());
    }

    @Test
    void aVerbInsideTheSourceIsNoCueOfItsOwn() throws Exception {
        String text = "Berg approved the sale, according to court records reported earlier by the Herald, keeping a"
                + " stake in the firm.";
        List<Attribution> all = of(text);
        assertTrue(all.stream().noneMatch(a -> a.cue() != null && a.cue().text().equals("reported")), all.toString());
        Attribution a = withCue(text, "according to");
        assertEquals("court records reported earlier by the Herald", a.source().text());
    }
}
