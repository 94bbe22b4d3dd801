package factcheck.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The word tables load from the resource and match multi-word phrases longest first. */
class LexiconTest {

    private static Lexicon.Hit match(String category, String text) {
        return Lexicon.shared().match(category, new WordSeq(text), 0);
    }

    @Test
    void tablesLoad() {
        assertEquals("9", match("month", "Sept").code());
        assertEquals("EV", match("part", "evening").code());
        assertEquals("MIN", match("unit", "minutes").code());
        assertNull(match("month", "Maybe"));
    }

    @Test
    void longestPhraseWins() {
        Lexicon.Hit couple = match("number", "a couple of weeks");
        assertEquals("2", couple.code());
        assertEquals(3, couple.end());
        assertEquals("1", match("number", "a week").code());
        assertEquals(-2, match("dayword", "the day before yesterday").intCode());
    }

    @Test
    void compoundNumbers() {
        PhraseReader r = new PhraseReader(new WordSeq("twenty-four hours"));
        assertEquals(24, r.amount(0).intCode());
        assertEquals(3, r.amount(0).end());
    }
}
