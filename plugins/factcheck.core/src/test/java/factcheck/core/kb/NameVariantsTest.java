package factcheck.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Names as news writes them: transliterations, letters without accents to strip, bare titles. */
class NameVariantsTest {

    private static final KnowledgeBase KB = KnowledgeBase.loadText("t.yaml", """
            as-of: 2024-06-30
            source: test data
            jurisdictions:
              - {id: kv, name: Karvonia, adjectives: [Karvonian]}
              - {id: oc, name: Ocean Council, adjectives: [Ocean Council]}
            people:
              - {id: aleksandr-petrovskyy, name: Aleksandr Petrovskyy}
              - {id: ingrid-sorli, name: Ingrid Sørli}
              - {id: abdul-karim-al-rashidi, name: Abdul Karim Nasser al-Rashidi}
            offices:
              - id: kv.president
                jurisdiction: kv
                titles: [President]
                holders-complete-from: 2000-01-01
                terms:
                  - {person: aleksandr-petrovskyy, start: 2000-01-01, end: 2012-05-01}
                  - {person: abdul-karim-al-rashidi, start: 2012-05-01}
              - id: oc.council-president
                jurisdiction: oc
                titles: [Council President]
                forms: [Ocean Council President]
                holders-complete-from: 2015-01-01
                terms:
                  - {person: ingrid-sorli, start: 2015-01-01}
            """);

    @Test
    void transliterationsFindTheListedPerson() {
        assertEquals("aleksandr-petrovskyy", KB.findByName("Alexander Petrovsky").get(0).id());
        assertEquals("aleksandr-petrovskyy", KB.findByName("Aleksandr Petrovski").get(0).id());
        assertEquals("abdul-karim-al-rashidi", KB.findByName("Abdel Karim el-Rashidi").get(0).id());
        // first and last names must both agree: a namesake is not the listed person
        assertTrue(KB.findByName("Alexander Petrov").isEmpty());
        assertTrue(KB.findByName("Boris Petrovsky").isEmpty());
    }

    @Test
    void lettersWithoutAccentsToStripStillMatch() {
        assertEquals("ingrid-sorli", KB.findByName("Ingrid Sorli").get(0).id());
        assertEquals(NameKey.of("Łukasz Øvre Strauß"), "lukasz ovre strauss");
    }

    @Test
    void aBareTitleMayBeTheShortFormOfTheOfficeHeld() {
        TitleVerdict president = KB.checkTitle("Ingrid Sørli", "President", LocalDate.of(2020, 3, 1));
        assertEquals(TitleVerdict.Kind.HELD, president.kind());
        TitleVerdict wrongBody = KB.checkTitle("Ingrid Sørli", "Karvonian President", LocalDate.of(2020, 3, 1));
        assertEquals(TitleVerdict.Kind.NOT_HELD, wrongBody.kind());
    }

    @Test
    void aBareTitleNeverProvesThatSomeoneNeverHeldIt() {
        TitleVerdict bare = KB.checkTitle("Ingrid Sørli", "Chancellor", LocalDate.of(2020, 3, 1));
        assertFalse(bare.certain());
        TitleVerdict qualified = KB.checkTitle("Aleksandr Petrovskyy", "Ocean Council President", LocalDate.of(2020, 3, 1));
        assertEquals(TitleVerdict.Kind.NEVER_HELD, qualified.kind());
        assertTrue(qualified.certain());
    }
}
