package factcheck.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hyphens and spaces split a name differently from source to source; the name is the same. */
class NameSplitTest {

    private static final KnowledgeBase KB = KnowledgeBase.loadText("people.yaml", """
            as-of: 2024-12-31
            source: test data
            jurisdictions:
              - {id: zq, name: Quorland, adjectives: [Quorlish]}
            people:
              - {id: anong-sri-ubon, name: Anong Sri-ubon, aliases: [Sri-ubon]}
              - {id: dara-van-hoek, name: Dara Van Hoek, aliases: [Van Hoek]}
            offices:
              - id: zq.prime-minister
                jurisdiction: zq
                titles: [Prime Minister]
                terms:
                  - {person: anong-sri-ubon, start: 2015-03-01, end: 2019-03-01}
                  - {person: dara-van-hoek, start: 2019-03-01}
            """);

    private static List<String> ids(String written) {
        return KB.findByName(written).stream().map(Person::id).toList();
    }

    @Test
    void wordsSplitElsewhereStillMatch() {
        assertEquals(List.of("anong-sri-ubon"), ids("Anong Sri-u-bon"));
        assertEquals(List.of("anong-sri-ubon"), ids("Anong Sriubon"));
        assertEquals(List.of("dara-van-hoek"), ids("Dara Vanhoek"));
    }

    @Test
    void otherLettersDoNot() {
        assertTrue(ids("Anong Sri-ubol").isEmpty());
        assertTrue(ids("Dara Vanhoeks").isEmpty());
    }
}
