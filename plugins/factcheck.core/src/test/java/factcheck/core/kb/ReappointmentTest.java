package factcheck.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import factcheck.core.kb.TitleVerdict.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A list that claims no completeness (ministers as Wikidata lists them) says someone left an office
 * only until the day it was checked: after that day they may have been reappointed. A complete list
 * keeps its "held it earlier" past that day, as before.
 */
class ReappointmentTest {

    private static final KnowledgeBase KB = KnowledgeBase.loadText("ministers.yaml", """
            as-of: 2022-07-01
            source: test data
            jurisdictions:
              - {id: zq, name: Quorland, adjectives: [Quorlish]}
            people:
              - {id: karl-dorn, name: Karl Dorn, aliases: [Dorn]}
              - {id: mira-sand, name: Mira Sand, aliases: [Sand]}
              - {id: olek-varga, name: Olek Varga, aliases: [Varga]}
              - {id: ines-holt, name: Ines Holt, aliases: [Holt]}
            offices:
              - id: zq.finance-minister
                jurisdiction: zq
                titles: [Finance Minister]
                terms:
                  - {person: karl-dorn, start: 2014-01-06, end: 2016-02-01}
                  - {person: mira-sand, start: 2016-02-01, end: 2020-03-15}
                  - {person: olek-varga, start: 2020-03-15}
              - id: zq.president
                jurisdiction: zq
                titles: [President]
                holders-complete-from: 2012-05-01
                terms:
                  - {person: ines-holt, start: 2012-05-01, end: 2021-05-01}
                  - {person: mira-sand, start: 2021-05-01}
            """);

    private static TitleVerdict check(String name, String title, String date) {
        return KB.checkTitle(name, title, LocalDate.parse(date));
    }

    @Test
    void beforeTheDataWasCheckedALeaverHeldItEarlier() {
        TitleVerdict dorn = check("Karl Dorn", "Quorlish Finance Minister", "2019-06-01");
        assertEquals(Kind.HELD_EARLIER, dorn.kind());
        assertFalse(dorn.certain(), "the list is not complete");
    }

    @Test
    void afterTheDataWasCheckedAnIncompleteListCannotTellAReturn() {
        TitleVerdict dorn = check("Karl Dorn", "Quorlish Finance Minister", "2023-09-01");
        assertEquals(Kind.HELD_EARLIER_UNCHECKED, dorn.kind());
        assertFalse(dorn.certain());
        // another office held that day still decides
        assertEquals(Kind.NOT_HELD, check("Mira Sand", "Quorlish Finance Minister", "2023-09-01").kind());
    }

    @Test
    void aCompleteListStillSaysHeldEarlierAfterThatDay() {
        assertEquals(Kind.HELD_EARLIER, check("Ines Holt", "Quorlish President", "2023-09-01").kind());
    }
}
