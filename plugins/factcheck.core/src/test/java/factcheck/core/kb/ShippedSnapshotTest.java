package factcheck.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The knowledge base a build ships in a pack's image serves only the files it was made from. */
class ShippedSnapshotTest {

    private static final String MAYORS = """
            as-of: 2023-05-01
            source: Example register of mayors
            jurisdictions:
              - {id: xl, name: Lakeford, adjectives: [Lakefordian]}
            people:
              - {id: rosa-ilunga, name: Rosa Ilunga}
              - {id: tomas-berg, name: Tomas Berg}
            offices:
              - id: xl.mayor
                jurisdiction: xl
                titles: [Mayor]
                holders-complete-from: 2010-01-01
                terms:
                  - {person: rosa-ilunga, start: 2010-01-01, end: 2018-01-01}
                  - {person: tomas-berg, start: 2018-01-01}
            """;

    private static Map<String, byte[]> files(String yaml) {
        return Map.of(KnowledgeBase.DATA_PREFIX + "lakeford.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theShippedSnapshotGivesTheSameAnswersAsTheFiles() {
        Map<String, byte[]> files = files(MAYORS);
        KnowledgeBase shipped = KbCache.fromShippedSnapshot(files, KbCache.shippedSnapshot(files));
        assertNotNull(shipped);
        KnowledgeBase parsed = KnowledgeBase.load(files);
        LocalDate day = LocalDate.of(2020, 6, 1);
        assertEquals(parsed.checkTitle("Rosa Ilunga", "Mayor", day), shipped.checkTitle("Rosa Ilunga", "Mayor", day));
        assertEquals(parsed.termsOf("tomas-berg"), shipped.termsOf("tomas-berg"));
    }

    @Test
    void otherFilesOrDamagedBytesAreNotServed() {
        byte[] snapshot = KbCache.shippedSnapshot(files(MAYORS));
        assertNull(KbCache.fromShippedSnapshot(files(MAYORS.replace("2018-01-01", "2019-01-01")), snapshot),
                "a snapshot of other files");
        assertNull(KbCache.fromShippedSnapshot(files(MAYORS), Arrays.copyOf(snapshot, snapshot.length / 2)), "truncated");
        assertNull(KbCache.fromShippedSnapshot(files(MAYORS), new byte[] {40, 1, 2}), "too short for its digest");
        assertNull(KbCache.fromShippedSnapshot(files(MAYORS), new byte[0]));
        assertNull(KbCache.fromShippedSnapshot(files(MAYORS), null));
    }

    @Test
    void invalidFilesShipNothing() {
        assertThrows(KnowledgeBaseException.class,
                () -> KbCache.shippedSnapshot(files(MAYORS.replace("person: tomas-berg", "person: nobody"))));
    }
}
