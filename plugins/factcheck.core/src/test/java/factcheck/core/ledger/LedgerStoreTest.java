package factcheck.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger file: readable, diff-friendly, merged on save, never overwritten when broken. */
class LedgerStoreTest {

    @TempDir
    Path dir;

    private static LedgerEntry entry(String id, LedgerStatus status) {
        return new LedgerEntry(id, new Anchor("claim.unsourced-statistic", "claim", "Prices rose  by\n12% in May.",
                "12%", "the council said", "Rents"), status, "Matches the \u201cofficial\u201d table", List.of(
                        "https://stats.example.org/cpi", "Statistics Office, CPI bulletin May 2021"),
                "alice", Instant.parse("2026-03-01T10:15:00.250Z"));
    }

    @Test
    void theFileSitsBesideTheArticleAndRoundTrips() throws Exception {
        Path article = dir.resolve("news/harbour.article");
        Path file = LedgerStore.fileFor(article);
        assertEquals(dir.resolve("news/.factcheck/harbour.article.ledger.json"), file);
        assertEquals("harbour.article", LedgerStore.articleName(file));
        assertTrue(LedgerStore.read(file).entries().isEmpty(), "no file, empty ledger");

        Ledger saved = LedgerStore.save(file, List.of(entry("b2", LedgerStatus.VERIFIED), entry("a1",
                LedgerStatus.NEEDS_SOURCE)));
        Ledger read = LedgerStore.read(file);
        assertEquals(saved, read);
        assertEquals(List.of("a1", "b2"), read.entries().stream().map(LedgerEntry::id).toList(), "sorted by id");
        LedgerEntry a1 = read.entry("a1").orElseThrow();
        assertEquals("Prices rose by 12% in May.", a1.anchor().claim(), "anchor text is normalised");
        assertEquals(Instant.parse("2026-03-01T10:15:00Z"), a1.changedAt());
        assertEquals(LedgerStatus.NEEDS_SOURCE, a1.status());

        String content = Files.readString(file);
        assertTrue(content.startsWith("{\n  \"format\" : \"factcheck-ledger/1\",\n  \"article\" : \"harbour.article\",\n"),
                content);
        assertTrue(content.contains("\n      \"status\" : \"needs-source\",\n"), "one field per line: " + content);
        assertTrue(content.contains("\"sources\" : [\n        \"https://stats.example.org/cpi\",\n"), content);
        assertTrue(!content.contains("\r") && content.endsWith("}\n"));
        assertEquals(content, LedgerJson.write(LedgerJson.read(content, null)), "writing what was read changes nothing");
    }

    @Test
    void aMalformedFileIsAClearErrorAndIsNotOverwritten() throws Exception {
        Path file = LedgerStore.fileFor(dir.resolve("a.article"));
        Files.createDirectories(file.getParent());
        String conflict = "{\n  \"format\" : \"factcheck-ledger/1\",\n<<<<<<< HEAD\n  \"entries\" : []\n";
        Files.writeString(file, conflict);

        LedgerFormatException read = assertThrows(LedgerFormatException.class, () -> LedgerStore.read(file));
        assertTrue(read.getMessage().startsWith(file + ":3: not valid JSON"), read.getMessage());
        assertTrue(read.getMessage().contains("left as it is"), read.getMessage());
        assertEquals(3, read.line());
        assertThrows(LedgerFormatException.class, () -> LedgerStore.save(file, List.of(entry("x", LedgerStatus.FALSE))));
        assertEquals(conflict, Files.readString(file), "the broken file is untouched");

        Files.writeString(file, "{\"format\":\"factcheck-ledger/1\",\"entries\":[{\"id\":\"x\",\"rule\":\"r\","
                + "\"claim\":\"c\",\"status\":\"probably\"}]}");
        LedgerFormatException status = assertThrows(LedgerFormatException.class, () -> LedgerStore.read(file));
        assertTrue(status.getMessage().contains("entry 'x': unknown status 'probably' (expected unchecked, verified,"),
                status.getMessage());

        Files.writeString(file, "{\"format\":\"factcheck-ledger/9\",\"entries\":[]}");
        assertTrue(assertThrows(LedgerFormatException.class, () -> LedgerStore.read(file)).getMessage()
                .contains("unsupported format 'factcheck-ledger/9'"));
        Files.write(file, new byte[] {'{', (byte) 0xff, '}'});
        assertTrue(assertThrows(LedgerFormatException.class, () -> LedgerStore.read(file)).getMessage()
                .contains("not UTF-8"));
    }

    @Test
    void aSaveMergesWithWhatWasSavedSinceItWasRead() throws Exception {
        Path file = LedgerStore.fileFor(dir.resolve("a.article"));
        LedgerStore.save(file, List.of(entry("a", LedgerStatus.VERIFIED)));
        Ledger seenByAlice = LedgerStore.read(file);
        // Bob saves meanwhile (another workbench, another process): a new entry and a changed one.
        String bobs = LedgerJson.write(seenByAlice.with(List.of(entry("b", LedgerStatus.DISPUTED),
                entry("a", LedgerStatus.FALSE))));
        Files.writeString(file, bobs, StandardCharsets.UTF_8);

        Ledger merged = LedgerStore.save(file, List.of(entry("c", LedgerStatus.NOT_A_CLAIM)));
        assertEquals(List.of("a", "b", "c"), merged.entries().stream().map(LedgerEntry::id).toList());
        assertEquals(LedgerStatus.FALSE, merged.entry("a").orElseThrow().status(), "Bob's change is kept");
        assertEquals(merged, LedgerStore.read(file));
    }

    @Test
    void concurrentSavesLoseNoEntry() throws Exception {
        Path file = LedgerStore.fileFor(dir.resolve("a.article"));
        int writers = 16;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String id = String.format("e%02d", i);
            done.add(pool.submit(() -> {
                start.await();
                return LedgerStore.save(file, List.of(entry(id, LedgerStatus.VERIFIED)));
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        Ledger ledger = LedgerStore.read(file);
        assertEquals(writers, ledger.entries().size(), ledger.entries().stream().map(LedgerEntry::id).toList()
                .toString());
        try (var left = Files.list(file.getParent())) {
            assertEquals(List.of(file.getFileName().toString()), left.map(p -> p.getFileName().toString()).toList(),
                    "no temporary or lock files beside the ledger");
        }
    }

    @Test
    void statusesParseFromIdsAndLabels() {
        assertEquals(LedgerStatus.NEEDS_SOURCE, LedgerStatus.parse("needs source"));
        assertEquals(LedgerStatus.NOT_A_CLAIM, LedgerStatus.parse("NOT_A_CLAIM"));
        assertEquals("not-a-claim", LedgerStatus.NOT_A_CLAIM.id());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LedgerStatus.parse("maybe")).getMessage()
                .contains("needs-source"));
    }
}
