package factcheck.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Name variants find the same person; the lexicon finds titles before names. */
class NameAndLexiconTest {

    static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KbDirectory.load();
    }

    private static String only(String name) {
        var found = kb.findByName(name);
        assertEquals(1, found.size(), name + " -> " + found);
        return found.get(0).id();
    }

    @Test
    void nameVariants() {
        for (String n : new String[] {"Barack Obama", "OBAMA", "Barack H. Obama", "Mr. Obama", "Barack Hussein Obama"}) {
            assertEquals("barack-obama", only(n), n);
        }
        assertEquals("francois-hollande", only("Francois Hollande"));
        assertEquals("francois-hollande", only("François Hollande"));
        assertEquals("george-h-w-bush", only("George H.W. Bush"));
        assertEquals("george-h-w-bush", only("George H. W. Bush"));
        assertEquals("jd-vance", only("J.D. Vance"));
        assertEquals(2, kb.findByName("Bush").size());
        assertTrue(kb.findByName("Nobody Atall").isEmpty());
    }

    @Test
    void keysIgnoreCaseDotsAccentsAndPossessives() {
        assertEquals(NameKey.of("US"), NameKey.of("U.S."));
        assertEquals(NameKey.of("Secretary General"), NameKey.of("Secretary-General"));
        assertEquals("india prime minister", NameKey.of("India\u2019s Prime Minister"));
        assertEquals("sebastien", NameKey.of("Sébastien"));
    }

    @Test
    void titleAtEndOfText() {
        TitleLexicon lex = kb.titles();
        assertEquals(Optional.of("U.S. Secretary of State"), lex.titleAtEnd("said U.S. Secretary of State"));
        assertEquals(Optional.of("German Chancellor"), lex.titleAtEnd("met German Chancellor"));
        assertEquals(Optional.of("former Prime Minister"), lex.titleAtEnd("by former Prime Minister"));
        assertEquals(Optional.empty(), lex.titleAtEnd("the spokesman"));
        assertTrue(lex.isTitle("Chinese Foreign Minister"));
        assertTrue(lex.isTitle("Prime Minister of the United Kingdom"));
        assertFalse(lex.isTitle("Spokesman"));
        assertTrue(kb.titleForms().contains("Chancellor"));
        assertTrue(kb.titleForms().contains("British Prime Minister"));
    }

    @Test
    void qualifiedTitleNarrowsOffices() {
        TitleQuery q = kb.titles().parse("Japanese Foreign Minister");
        assertEquals(java.util.Set.of("jp.foreign-minister"), q.officeIds());
        assertEquals("jp", q.jurisdictionId());
        assertTrue(kb.titles().parse("Foreign Minister").officeIds().size() > 5);
        TitleQuery unlisted = kb.titles().parse("Austrian Foreign Minister");
        assertTrue(unlisted.recognized());
        assertTrue(unlisted.officeIds().isEmpty(), "Austria's foreign ministers are not listed");
    }
}
