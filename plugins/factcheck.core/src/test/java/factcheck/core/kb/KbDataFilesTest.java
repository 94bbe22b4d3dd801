package factcheck.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed data files (generated and curated) load and answer basic questions consistently. */
class KbDataFilesTest {

    static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KbDirectory.load();
    }

    private static Set<String> holders(String office, String date) {
        return kb.holdersOn(office, LocalDate.parse(date)).stream().map(Term::personId).collect(Collectors.toSet());
    }

    @Test
    void generatedUsFilesCoverEveryPresidencyWithoutGaps() {
        var terms = kb.termsIn("us.president");
        for (int i = 1; i < terms.size(); i++) {
            // each presidency ends the day the next begins: no gaps, no overlaps
            assertEquals(terms.get(i - 1).end().first(), terms.get(i).start().first(), terms.get(i).origin());
        }
        assertTrue(terms.stream().map(Term::personId).distinct().count() >= 45);
    }

    @Test
    void generatedCongressHasAboutOneHundredSenatorsAtTheSnapshot() {
        Term any = kb.termsIn("us.senator").get(0);
        int senators = kb.holdersOn("us.senator", any.asOf()).size();
        assertTrue(senators >= 95 && senators <= 100, "senators at " + any.asOf() + ": " + senators);
    }

    @Test
    void everyOfficeHasAKnownJurisdictionAndEveryTermASource() {
        for (Office o : kb.offices()) {
            assertTrue(kb.jurisdiction(o.jurisdictionId()) != null, o.id());
            for (Term t : kb.termsIn(o.id())) {
                assertTrue(t.source() != null && !t.source().isBlank(), t.origin());
            }
        }
    }

    @Test
    void handoversInCuratedListsAreConsistent() {
        assertEquals(Set.of("liz-truss"), holders("gb.prime-minister", "2022-10-01"));
        assertEquals(Set.of("olaf-scholz"), holders("de.chancellor", "2021-12-08"));
        assertEquals(Set.of("angela-merkel"), holders("de.chancellor", "2021-12-07"));
        assertEquals(Set.of("narendra-modi"), holders("in.prime-minister", "2019-06-01"));
        assertEquals(Set.of("kofi-annan"), holders("un.secretary-general", "2006-12-31"));
        assertEquals(Set.of("ban-ki-moon"), holders("un.secretary-general", "2007-01-01"));
    }
}
