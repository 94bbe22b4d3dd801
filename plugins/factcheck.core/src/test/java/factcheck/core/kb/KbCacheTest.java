package factcheck.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KbCacheTest {

    private static final String GOVERNORS = """
            as-of: 2024-06-01
            source: Example register of governors
            jurisdictions:
              - {id: xs, name: Example State, adjectives: [Examplish]}
            people:
              - {id: ada-marsh, name: Ada Marsh, aliases: [Marsh]}
              - {id: ben-okafor, name: Ben Okafor}
            offices:
              - id: xs.governor
                jurisdiction: xs
                titles: [Governor]
                holders-complete-from: 2001-01-01
                terms:
                  - {person: ada-marsh, start: 2001-01-01, end: 2009-01-05}
                  - {person: ben-okafor, start: 2009-01-05, acting: true, party: Green}
            """;

    @Test
    void theStandardPackReadsBackFromItsSnapshotUnchanged() throws IOException {
        Map<String, byte[]> files = KbDirectory.read(KbDirectory.location());
        KbContent parsed = KnowledgeBase.checkedContent(files);
        KbContent back = KbSnapshot.read(KbSnapshot.write(parsed));
        assertEquals(List.copyOf(parsed.jurisdictions.entrySet()), List.copyOf(back.jurisdictions.entrySet()));
        assertEquals(List.copyOf(parsed.offices.entrySet()), List.copyOf(back.offices.entrySet()));
        assertEquals(List.copyOf(parsed.people.entrySet()), List.copyOf(back.people.entrySet()));
        assertEquals(parsed.terms, back.terms);
        assertEquals(parsed.people.size(), back.knownNameKeys.size());
        for (Person p : parsed.people.values()) {
            assertEquals(parsed.nameKeys(p), back.nameKeys(p), p.id());
        }
        assertTrue(parsed.terms.size() > 1000, "the standard pack's terms: " + parsed.terms.size());
    }

    @Test
    void theSecondLoadComesFromTheSnapshotWithTheSameAnswers(@TempDir Path dir) throws IOException {
        Map<String, byte[]> files = files(GOVERNORS);
        KnowledgeBase first = KbCache.load(files, dir);
        List<Path> written = snapshots(dir);
        assertEquals(1, written.size());
        KnowledgeBase second = KbCache.load(files, dir);
        LocalDate day = LocalDate.of(2012, 3, 1);
        assertEquals(first.checkTitle("Ada Marsh", "Governor", day), second.checkTitle("Ada Marsh", "Governor", day));
        assertEquals(first.termsOf("ben-okafor"), second.termsOf("ben-okafor"));
        assertTrue(second.termsOf("ben-okafor").get(0).acting());
        assertEquals("Green", second.termsOf("ben-okafor").get(0).details().get("party"));
        // the second load read the snapshot: a snapshot of other content would show
        Files.write(written.get(0), KbSnapshot.write(KnowledgeBase.checkedContent(files(GOVERNORS.replace("Ben Okafor", "Ben Okafor-Diallo")))));
        assertEquals("Ben Okafor-Diallo", KbCache.load(files, dir).person("ben-okafor").name());
    }

    @Test
    void changedFilesGetTheirOwnSnapshot(@TempDir Path dir) throws IOException {
        KbCache.load(files(GOVERNORS), dir);
        KnowledgeBase changed = KbCache.load(files(GOVERNORS.replace("2009-01-05", "2010-01-05")), dir);
        assertEquals(2, snapshots(dir).size());
        assertEquals(LocalDate.of(2010, 1, 5), changed.termsOf("ben-okafor").get(0).start().first());
        assertNotEquals(KbCache.digest(files(GOVERNORS)), KbCache.digest(files(GOVERNORS + "\n")));
    }

    @Test
    void aDamagedSnapshotIsReplacedAndNeverChangesTheAnswer(@TempDir Path dir) throws IOException {
        Map<String, byte[]> files = files(GOVERNORS);
        KbCache.load(files, dir);
        Path snapshot = snapshots(dir).get(0);
        byte[] whole = Files.readAllBytes(snapshot);
        for (byte[] damaged : List.of(java.util.Arrays.copyOf(whole, whole.length / 2), new byte[0],
                "not a snapshot at all".getBytes(StandardCharsets.UTF_8))) {
            Files.write(snapshot, damaged);
            KnowledgeBase kb = KbCache.load(files, dir);
            assertEquals(2, kb.people().size());
            assertEquals(2, kb.termsIn("xs.governor").size());
            assertEquals(whole.length, Files.size(snapshot), "made again");
        }
    }

    @Test
    void badDataIsRefusedAsWithoutTheCacheAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Map<String, byte[]> bad = files(GOVERNORS.replace("{person: ben-okafor", "{person: nobody-listed"));
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> KbCache.load(bad, dir));
        assertTrue(e.getMessage().contains("nobody-listed"), e.getMessage());
        assertTrue(snapshots(dir).isEmpty());
    }

    @Test
    void aFolderThatCannotBeWrittenOnlyCostsTime(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        KnowledgeBase kb = KbCache.load(files(GOVERNORS), notAFolder.resolve("cache"));
        assertEquals(2, kb.people().size());
        assertFalse(Files.isDirectory(notAFolder.resolve("cache")));
    }

    private static Map<String, byte[]> files(String yaml) {
        Map<String, byte[]> files = new HashMap<>();
        files.put(KnowledgeBase.DATA_PREFIX + "example.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        files.put("data/other/notes.txt", "not knowledge-base data".getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static List<Path> snapshots(Path dir) throws IOException {
        try (var list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().startsWith("kb-")).sorted().toList();
        }
    }
}
