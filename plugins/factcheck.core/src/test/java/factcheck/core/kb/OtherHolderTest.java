package factcheck.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.core.kb.TitleVerdict.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A full name the data does not list, titled with an office whose holder that day it knows: the
 * holder was someone else, unless the name could be that holder's own in another spelling, the
 * office changed hands around the date, or the list leaves room for an unlisted holder long ago.
 */
class OtherHolderTest {

    private static final KnowledgeBase KB = KnowledgeBase.loadText("leaders.yaml", """
            as-of: 2024-12-31
            source: test data
            jurisdictions:
              - {id: zq, name: Quorland, adjectives: [Quorlish]}
              - {id: zv, name: Velmora, adjectives: [Velmoran]}
            people:
              - {id: ines-holt, name: Ines Holt, aliases: [Holt]}
              - {id: oskar-brandvold, name: Oskar Brandvold, aliases: [Brandvold]}
              - {id: tamsin-achterberg, name: Tamsin Achterberg, aliases: [Achterberg]}
              - {id: pim-varga, name: Pim Varga, aliases: [Varga]}
              - {id: lena-moss, name: Lena Moss, aliases: [Moss]}
            offices:
              - id: zq.president
                jurisdiction: zq
                titles: [President]
                holders-complete-from: 1993-02-01
                history-from: 1945-01-01
                terms:
                  - {person: ines-holt, start: 1993-02-01, end: 2011-06-01}
                  - {person: oskar-brandvold, start: 2011-06-01, end: 2020-03-10}
                  - {person: tamsin-achterberg, start: 2020-03-10}
              - id: zv.prime-minister
                jurisdiction: zv
                titles: [Prime Minister]
                holders-complete-from: 2012-01-09
                history-from: 1945-01-01
                terms:
                  - {person: pim-varga, start: 1990-05-01, end: 2009-05-01}
                  - {person: lena-moss, start: 2012-01-09}
            """);

    private static TitleVerdict check(String name, String title, String date) {
        return KB.checkTitle(name, title, LocalDate.parse(date));
    }

    @Test
    void anUnlistedFullNameOfAListWithoutGapsWasNotTheHolder() {
        TitleVerdict v = check("Rufus Okonkwo-Baines", "Quorlish President", "2016-04-12");
        assertEquals(Kind.OTHER_HOLDER, v.kind());
        assertFalse(v.certain(), "the data cannot know who the written person is");
        assertEquals("oskar-brandvold", v.titleTerms().get(0).personId());
        assertTrue(v.explanation().contains("Oskar Brandvold"), v.explanation());
    }

    @Test
    void theHoldersOwnNameInAnotherSpellingIsLeftAlone() {
        // "Oscar" / "Oskar": one letter apart
        assertEquals(Kind.UNKNOWN_PERSON, check("Oscar Brandvoldt", "Quorlish President", "2016-04-12").kind());
        // a first name shared with the holder
        assertEquals(Kind.UNKNOWN_PERSON, check("Oskar Lindqvist", "Quorlish President", "2016-04-12").kind());
        // the same consonants
        assertEquals(Kind.UNKNOWN_PERSON, check("Tamsyn Akterberg", "Quorlish President", "2022-08-01").kind());
    }

    @Test
    void aroundAHandoverNoOneIsSureEnough() {
        assertEquals(Kind.UNKNOWN_PERSON, check("Rufus Okonkwo-Baines", "Quorlish President", "2020-03-11").kind());
        assertEquals(Kind.UNKNOWN_PERSON, check("Rufus Okonkwo-Baines", "Quorlish President", "2020-03-08").kind());
        assertEquals(Kind.OTHER_HOLDER, check("Rufus Okonkwo-Baines", "Quorlish President", "2020-03-20").kind());
    }

    @Test
    void onlyAFullNameAndAQualifiedPlainTitleCount() {
        assertEquals(Kind.UNKNOWN_PERSON, check("Okonkwo", "Quorlish President", "2016-04-12").kind());
        assertEquals(Kind.UNKNOWN_PERSON, check("Rufus Okonkwo", "President", "2016-04-12").kind());
        assertEquals(Kind.UNKNOWN_PERSON, check("Rufus Okonkwo", "Quorlish Vice President", "2016-04-12").kind());
        assertEquals(Kind.UNKNOWN_PERSON, check("Rufus Okonkwo", "former Quorlish President", "2016-04-12").kind());
        assertEquals(Kind.UNKNOWN_PERSON, check("Rufus Okonkwo", "acting Quorlish President", "2016-04-12").kind());
    }

    @Test
    void anOldGapInTheListMayHideAHolderWhoseTitleIsHistory() {
        // Velmora lists no prime minister from 2009 to 2012: in 2023 the name may be one of them,
        // whose title is history by then
        assertEquals(Kind.UNKNOWN_PERSON, check("Rufus Okonkwo", "Velmoran Prime Minister", "2023-05-02").kind());
        // while the gap opened less than eight years before, an unlisted holder's title is stale too
        assertEquals(Kind.OTHER_HOLDER, check("Rufus Okonkwo", "Velmoran Prime Minister", "2016-05-02").kind());
    }

    @Test
    void nearSpellingsAreNear() {
        assertTrue(OtherHolder.near("mohamed", "mohamud"));
        assertTrue(OtherHolder.near("shmyhal", "shmyhal"));
        assertTrue(OtherHolder.near("abdul", "abdullah"));
        assertFalse(OtherHolder.near("karzai", "ghani"));
        assertFalse(OtherHolder.near("da", "da"), "particles say nothing");
        assertFalse(OtherHolder.near("bin", "bin"), "particles say nothing");
    }
}
