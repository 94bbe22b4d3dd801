package factcheck.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad data is reported with file and entry; imprecise and unverified dates make answers uncertain. */
class KbLoadErrorsTest {

    private static final String HEAD = """
            as-of: 2020-01-01
            source: test data
            jurisdictions:
              - {id: xx, name: Examplia, adjectives: [Examplian]}
            people:
              - {id: ann-able, name: Ann Able, aliases: [Able]}
            """;

    private static String office(String terms) {
        return "offices:\n  - id: xx.president\n    jurisdiction: xx\n    titles: [President]\n    terms:\n" + terms;
    }

    private static String error(String yaml) {
        var e = assertThrows(KnowledgeBaseException.class, () -> KnowledgeBase.loadText("test.yaml", yaml));
        return e.getMessage();
    }

    @Test
    void badDateNamesFileOfficeAndTerm() {
        String msg = error(HEAD + office("      - {person: ann-able, start: 2019-13-01}\n"));
        assertTrue(msg.contains("data/kb/test.yaml"), msg);
        assertTrue(msg.contains("office xx.president, term 1 (ann-able)"), msg);
        assertTrue(msg.contains("2019-13-01"), msg);
    }

    @Test
    void unknownPersonAndMisspeltKey() {
        String msg = error(HEAD + office("      - {person: bob-baker, start: 2019-01-01, edn: 2019-02-01}\n"));
        assertTrue(msg.contains("unknown person 'bob-baker'"), msg);
        assertTrue(msg.contains("unknown key 'edn'"), msg);
    }

    @Test
    void duplicatePersonAcrossFilesNamesBoth() {
        byte[] a = HEAD.getBytes(StandardCharsets.UTF_8);
        byte[] b = "people:\n  - {id: ann-able, name: Ann Able}\n".getBytes(StandardCharsets.UTF_8);
        var e = assertThrows(KnowledgeBaseException.class,
                () -> KnowledgeBase.load(Map.of("data/kb/a.yaml", a, "data/kb/b.yaml", b)));
        assertTrue(e.getMessage().contains("data/kb/b.yaml: person ann-able: already defined in data/kb/a.yaml"),
                e.getMessage());
    }

    @Test
    void overlapsMissingSourceAndMissingAsOf() {
        String overlap = error(HEAD + office("      - {person: ann-able, start: 2010-01-01, end: 2015-01-01}\n"
                + "      - {person: ann-able, start: 2014-01-01, end: 2016-01-01}\n"));
        assertTrue(overlap.contains("overlaps 2010-01-01..2015-01-01"), overlap);
        String noSource = error(HEAD.replace("source: test data\n", "")
                + office("      - {person: ann-able, start: 2010-01-01, end: 2015-01-01}\n"));
        assertTrue(noSource.contains("no source"), noSource);
        String noAsOf = error(HEAD.replace("as-of: 2020-01-01\n", "") + office("      - {person: ann-able, start: 2010-01-01}\n"));
        assertTrue(noAsOf.contains("as-of"), noAsOf);
    }

    @Test
    void nonYamlFilesAndOtherFoldersAreIgnored() {
        var kb = KnowledgeBase.load(Map.of("data/kb/README.md", "# not yaml: [".getBytes(StandardCharsets.UTF_8),
                "data/words/x.yaml", "nonsense: [".getBytes(StandardCharsets.UTF_8)));
        assertTrue(kb.people().isEmpty());
    }

    @Test
    void monthPrecisionIsUncertainWithinTheMonth() {
        var kb = KnowledgeBase.loadText("t.yaml", HEAD + office("      - {person: ann-able, start: 2015-05, end: 2018-01-01}\n"));
        Term t = kb.termsOf("ann-able").get(0);
        assertEquals(Coverage.MAYBE, t.coverage(LocalDate.of(2015, 5, 10)));
        assertEquals(Coverage.YES, t.coverage(LocalDate.of(2015, 6, 1)));
        assertEquals(Coverage.NO, t.coverage(LocalDate.of(2015, 4, 30)));
        assertFalse(kb.checkTitle("Ann Able", "President", LocalDate.of(2015, 5, 10)).certain());
        assertTrue(kb.checkTitle("Ann Able", "Examplian President", LocalDate.of(2016, 5, 10)).certain());
    }

    @Test
    void uncertainFlagAndOpenEndAfterAsOf() {
        var kb = KnowledgeBase.loadText("t.yaml", HEAD + office("      - {person: ann-able, start: 2015-05-01, uncertain: true}\n"));
        var v = kb.checkTitle("Able", "President", LocalDate.of(2016, 1, 1));
        assertEquals(TitleVerdict.Kind.HELD, v.kind());
        assertFalse(v.certain());
        var open = KnowledgeBase.loadText("t.yaml", HEAD + office("      - {person: ann-able, start: 2015-05-01}\n"));
        assertEquals(Coverage.YES, open.termsOf("ann-able").get(0).coverage(LocalDate.of(2019, 12, 31)));
        assertEquals(Coverage.MAYBE, open.termsOf("ann-able").get(0).coverage(LocalDate.of(2021, 1, 1)));
    }
}
