package factcheck.core.kb;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The data check the build runs: one holder at a time where the list is complete, no impossible dates. */
class KbDataCheckTest {

    private static final String HEAD = """
            as-of: 2024-06-30
            source: test data
            jurisdictions:
              - {id: vl, name: Valdoria, adjectives: [Valdorian]}
            people:
              - {id: ines-marrow, name: Ines Marrow, born: 1961-04-02}
              - {id: tobias-kell, name: Tobias Kell}
            offices:
              - id: vl.premier
                jurisdiction: vl
                titles: [Premier]
                holders-complete-from: 2010-01-01
                terms:
            """;

    private static String error(String terms) {
        var e = assertThrows(KnowledgeBaseException.class, () -> KnowledgeBase.loadText("vl.yaml", HEAD + terms));
        return e.getMessage();
    }

    @Test
    void twoHoldersAtOnceAreRefused() {
        String msg = error("""
                      - {person: ines-marrow, start: 2010-03-01, end: 2016-05-01}
                      - {person: tobias-kell, start: 2016-02-01}
                """);
        assertTrue(msg.contains("tobias-kell") && msg.contains("one holder at a time"), msg);
    }

    @Test
    void anActingHolderMayOverlapAndAHandoverDayIsNoOverlap() {
        assertDoesNotThrow(() -> KnowledgeBase.loadText("vl.yaml", HEAD + """
                      - {person: ines-marrow, start: 2010-03-01, end: 2016-05-01}
                      - {person: tobias-kell, start: 2015-11-10, end: 2015-12-01, acting: true}
                      - {person: tobias-kell, start: 2016-05-01}
                """));
    }

    @Test
    void generatedJsonFilesLoadLikeYamlAndReportTheirErrors() {
        String json = """
                {"as-of": "2024-06-30", "source": "test data",
                 "jurisdictions": [{"id": "vl", "name": "Valdoria", "adjectives": ["Valdorian"]}],
                 "people": [{"id": "ines-marrow", "name": "Ines Marrow"}],
                 "offices": [{"id": "vl.premier", "jurisdiction": "vl", "titles": ["Premier"], "terms": [
                   {"person": "ines-marrow", "start": "2010-03-01", "acting": true}]}]}
                """;
        KnowledgeBase kb = KnowledgeBase.load(Map.of("data/kb/vl.json", json.getBytes(StandardCharsets.UTF_8)));
        assertTrue(kb.termsOf("ines-marrow").get(0).acting());
        var e = assertThrows(KnowledgeBaseException.class,
                () -> KnowledgeBase.load(Map.of("data/kb/bad.json", "{\"people\": [".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("data/kb/bad.json") && e.getMessage().contains("JSON"), e.getMessage());
    }

    @Test
    void datesAfterTheAsOfOrBeforeBirthAreRefused() {
        String late = error("      - {person: ines-marrow, start: 2010-03-01, end: 2024-09-01}\n");
        assertTrue(late.contains("after the file's as-of 2024-06-30"), late);
        String early = error("      - {person: ines-marrow, start: 1950-03-01, end: 1960-01-01}\n");
        assertTrue(early.contains("before ines-marrow was born"), early);
        String checkedLater = error("      - {person: ines-marrow, start: 2010-03-01, as-of: 2024-08-01}\n");
        assertTrue(checkedLater.contains("as-of 2024-08-01 is after the file's as-of 2024-06-30"), checkedLater);
        String closed = error("      - {person: ines-marrow, start: 2010-03-01, end: 2012-01-01, as-of: 2011-01-01}\n");
        assertTrue(closed.contains("as-of is only for open terms"), closed);
    }
}
