package factcheck.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.core.kb.TitleVerdict.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Governors and mayors: a state and a city may share a name, two states each have a governor, and
 * a listing may vouch for a sitting holder only until the scheduled end of the term.
 */
class SubnationalTitleTest {

    private static final KnowledgeBase KB = KnowledgeBase.loadText("subnational.yaml", """
            as-of: 2024-06-30
            source: test data
            jurisdictions:
              - {id: zz-north, name: Northland, names: [Northland State]}
              - {id: zz-north-city, name: Northland City, names: [Northland]}
              - {id: zz-south, name: Southland}
              - {id: zz, name: Zedland, adjectives: [Zedlandic]}
            people:
              - {id: ora-vance, name: Ora Vance, aliases: [Vance]}
              - {id: piet-lund, name: Piet Lund, aliases: [Lund]}
              - {id: rosa-quill, name: Rosa Quill, aliases: [Quill]}
              - {id: tom-brandt, name: Tom Brandt, aliases: [Brandt]}
              - {id: ulla-brandt, name: Ulla Brandt, aliases: [Brandt]}
            offices:
              - id: zz-north.governor
                jurisdiction: zz-north
                titles: [Governor]
                holders-complete-from: 2015-01-05
                terms:
                  - {person: ora-vance, start: 2015-01-05, end: 2019-01-07}
                  - {person: piet-lund, start: 2019-01-07, as-of: 2023-01-01}
              - id: zz-south.governor
                jurisdiction: zz-south
                titles: [Governor]
                holders-complete-from: 2017-01-09
                terms:
                  - {person: rosa-quill, start: 2017-01-09}
              - id: zz-north-city.mayor
                jurisdiction: zz-north-city
                titles: [Mayor]
                holders-complete-from: 2018-01-01
                terms:
                  - {person: tom-brandt, start: 2018-01-01}
              - id: zz.president
                jurisdiction: zz
                titles: [President]
                terms:
                  - {person: ulla-brandt, start: 2016-03-01}
            """);

    private static TitleVerdict check(String name, String title, String date) {
        return KB.checkTitle(name, title, LocalDate.parse(date));
    }

    @Test
    void aNameSharedByStateAndCityIsReadWithTheTitle() {
        assertEquals("zz-north.governor", check("Piet Lund", "Northland Governor", "2020-05-01").titleTerms().get(0).officeId());
        assertEquals(Kind.HELD, check("Tom Brandt", "Northland Mayor", "2020-05-01").kind());
        assertEquals(Kind.HELD, check("Tom Brandt", "Mayor of Northland City", "2020-05-01").kind());
        TitleVerdict notGovernor = check("Tom Brandt", "Northland Governor", "2020-05-01");
        assertEquals(Kind.NOT_HELD, notGovernor.kind());
        assertEquals("Northland City Mayor", notGovernor.suggestedTitle());
    }

    @Test
    void twoGovernorsAreNeverConfused() {
        assertEquals(Kind.HELD, check("Rosa Quill", "Governor", "2020-05-01").kind());
        TitleVerdict wrongState = check("Rosa Quill", "Northland Governor", "2020-05-01");
        assertEquals(Kind.NOT_HELD, wrongState.kind());
        assertEquals("Southland Governor", wrongState.suggestedTitle());
        TitleVerdict earlier = check("Ora Vance", "Northland Governor", "2021-02-01");
        assertEquals(Kind.HELD_EARLIER, earlier.kind());
        assertTrue(earlier.certain());
    }

    @Test
    void aTermVouchedForUntilItsOwnAsOfIsUnsureAfterAndTheListNoLongerComplete() {
        assertTrue(check("Piet Lund", "Governor", "2022-12-31").certain());
        TitleVerdict after = check("Piet Lund", "Governor", "2024-02-01");
        assertEquals(Kind.HELD, after.kind());
        assertFalse(after.certain());
        // a new governor may have come after the listing was last updated
        assertFalse(check("Ora Vance", "Northland Governor", "2024-02-01").certain());
        assertTrue(check("Ora Vance", "Northland Governor", "2022-02-01").certain());
        assertTrue(check("Rosa Quill", "Southland Governor", "2024-02-01").certain());
    }

    @Test
    void aBareTitleWithASurnameOfSomeoneWhoNeverHeldItIsNoVerdict() {
        // "Mayor Lund" may be a mayor of a town the data does not list
        assertEquals(Kind.AMBIGUOUS_PERSON, check("Lund", "Mayor", "2020-05-01").kind());
        assertEquals(Kind.NOT_HELD, check("Piet Lund", "Mayor", "2020-05-01").kind());
        assertEquals(Kind.NOT_HELD, check("Lund", "Northland Mayor", "2020-05-01").kind());
        assertEquals(Kind.HELD_LATER, check("Lund", "Governor", "2016-05-01").kind());
        assertEquals("tom-brandt", check("Brandt", "Mayor", "2020-05-01").person().id());
    }
}
