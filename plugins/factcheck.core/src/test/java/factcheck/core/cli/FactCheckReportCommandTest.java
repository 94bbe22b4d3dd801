package factcheck.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import factcheck.core.ledger.AnchorMatcher;
import factcheck.core.ledger.Ledger;
import factcheck.core.ledger.LedgerArticles;
import factcheck.core.ledger.LedgerEntry;
import factcheck.core.ledger.LedgerRow;
import factcheck.core.ledger.LedgerStatus;
import factcheck.core.ledger.LedgerStore;

/** {@code --report md|html|json} and {@code --require-checked} read the article's ledger. */
class FactCheckReportCommandTest {

    @TempDir
    Path dir;

    /** Saves a ledger for the article with the figures verified or disputed and the vague sources unchecked. */
    private Path ledgerWithFiguresChecked(Path article) throws Exception {
        Ledger empty = Ledger.empty("a.article");
        List<LedgerEntry> entries = new ArrayList<>();
        for (LedgerRow row : AnchorMatcher.match(empty, LedgerArticles.subjects(LedgerArticles.ARTICLE))) {
            if (row.anchor().rule().equals("claim.unsourced-statistic")) {
                boolean percent = row.anchor().match().equals("7.5%");
                entries.add(row.edit(empty, percent ? LedgerStatus.VERIFIED : LedgerStatus.DISPUTED,
                        percent ? "Regional statistics office, table 3 <b>" : "Budget says $3.9 billion",
                        List.of("https://stats.example.org/unemployment?y=2020&r=7", "Harbour Gazette, 3 May 2021"),
                        "alice", Instant.parse("2026-03-01T10:15:00Z")));
            }
        }
        Path file = LedgerStore.fileFor(article);
        LedgerStore.save(file, entries);
        return file;
    }

    @Test
    void theReportListsClaimsInOrderWithStatusNotesSourcesDatelineAndPacks() throws Exception {
        CommandRunner cli = new CommandRunner(dir);
        Path article = cli.write("a.article", LedgerArticles.ARTICLE);
        ledgerWithFiguresChecked(article);

        CommandRunner.Run json = run(cli, "--report", "json", "a.article");
        assertEquals(ExitCode.CLEAN, json.exit(), json.err());
        JsonNode report = new ObjectMapper().readTree(json.out()).get(0);
        assertEquals("a.article", report.get("article").asText());
        assertEquals("2021-11-10", report.get("dateline").asText());
        assertEquals("factcheck.standard", report.get("packs").get(0).get("id").asText());
        assertEquals("5 claims: 3 unchecked, 1 verified, 1 disputed", report.get("summary").get("text").asText());
        JsonNode claims = report.get("claims");
        assertEquals(List.of("7.5%", "$4.2 billion", "Critics say", "Officials said", "Economists say"),
                claims.findValuesAsText("match"));
        assertEquals(List.of("verified", "disputed", "unchecked", "unchecked", "unchecked"),
                claims.findValuesAsText("status"));
        assertEquals(3, claims.get(0).get("line").asInt());
        assertEquals("Harbour Gazette, 3 May 2021", claims.get(1).get("sources").get(1).asText());

        CommandRunner.Run md = run(cli, "--report", "md", "a.article");
        assertTrue(md.out().startsWith("# Fact-check report\n\n## a.article\n\n- Dateline: 2021-11-10\n"
                + "- Rule packs: factcheck.standard 0.1.0\n- Progress: 5 claims: 3 unchecked, 1 verified, 1 disputed\n"),
                md.out());
        assertTrue(md.out().contains("| 1 | 3 | Unemployment in the region fell to 7.5% last year. (*7.5%*) "
                + "| `claim.unsourced-statistic` | **verified** | Regional statistics office, table 3 \\<b\\> "
                + "| <https://stats.example.org/unemployment?y=2020&r=7><br>Harbour Gazette, 3 May 2021 |"), md.out());

        CommandRunner.Run html = run(cli, "--report", "html", "a.article");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.out().getBytes(StandardCharsets.UTF_8)));
        NodeList rows = ((Element) doc.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
        assertEquals(5, rows.getLength());
        Element first = (Element) rows.item(0);
        assertEquals("status-verified", first.getAttribute("class"));
        assertEquals("Regional statistics office, table 3 <b>", first.getElementsByTagName("td").item(5)
                .getTextContent(), "notes are text, not markup");
        assertEquals("https://stats.example.org/unemployment?y=2020&r=7",
                ((Element) first.getElementsByTagName("a").item(0)).getAttribute("href"));
    }

    @Test
    void requireCheckedFailsOnUncheckedClaimsAboveTheThreshold() throws Exception {
        CommandRunner cli = new CommandRunner(dir);
        Path article = cli.write("a.article", LedgerArticles.ARTICLE);
        Path ledger = ledgerWithFiguresChecked(article);

        // The vague sources are warnings: required whatever the score, and unchecked.
        CommandRunner.Run run = run(cli, "--require-checked", "0.6", "--fail-on", "error", "a.article");
        assertEquals(ExitCode.FINDINGS, run.exit(), run.err());
        List<String> unchecked = run.errLines().stream().filter(l -> l.contains("unchecked")).toList();
        assertEquals(3, unchecked.size(), run.err());
        assertTrue(unchecked.get(0).startsWith("factcheck: a.article:7: unchecked attribution \"Critics say\" "
                + "[attribution.vague-source, warning, score "), unchecked.get(0));

        // Looked at but not settled: "false" and "needs source" still fail, listed with their status.
        Ledger current = LedgerStore.read(ledger);
        List<LedgerRow> open = AnchorMatcher.match(current, LedgerArticles.subjects(LedgerArticles.ARTICLE)).stream()
                .filter(r -> r.entry() == null).toList();
        List<LedgerEntry> pending = new java.util.ArrayList<>();
        for (LedgerRow row : open) {
            LedgerStatus status = row.anchor().match().equals("Critics say") ? LedgerStatus.FALSE : LedgerStatus.NEEDS_SOURCE;
            pending.add(row.edit(current, status, "", List.of(), "bob", Instant.EPOCH));
        }
        LedgerStore.save(ledger, pending);
        CommandRunner.Run notSettled = run(cli, "--require-checked", "0.6", "--fail-on", "error", "a.article");
        assertEquals(ExitCode.FINDINGS, notSettled.exit(), notSettled.err());
        assertTrue(notSettled.err().contains("a.article:7: false attribution \"Critics say\""), notSettled.err());
        assertEquals(2, notSettled.errLines().stream().filter(l -> l.contains(": needs source ")).count(), notSettled.err());
        assertTrue(notSettled.errLines().stream().noneMatch(l -> l.contains(": unchecked ")), notSettled.err());

        // Mark them not a claim: the run passes. Then edit a checked figure: it needs checking again.
        Ledger marked = LedgerStore.read(ledger);
        List<LedgerEntry> rest = AnchorMatcher.match(marked, LedgerArticles.subjects(LedgerArticles.ARTICLE)).stream()
                .filter(r -> r.status() != LedgerStatus.VERIFIED)
                .map(r -> r.edit(marked, LedgerStatus.NOT_A_CLAIM, "", List.of(), "bob", Instant.EPOCH)).toList();
        LedgerStore.save(ledger, rest);
        assertEquals(ExitCode.CLEAN, run(cli, "--require-checked", "0.6", "a.article").exit());
        cli.write("a.article", LedgerArticles.ARTICLE.replace("7.5%", "7.9%"));
        CommandRunner.Run edited = run(cli, "--require-checked", "0.6", "a.article");
        assertEquals(ExitCode.FINDINGS, edited.exit());
        assertTrue(edited.err().contains("a.article:3: verified (changed since checked) claim \"7.9%\""), edited.err());
    }

    @Test
    void aBrokenLedgerIsAnErrorAndStaysAsItIs() throws Exception {
        CommandRunner cli = new CommandRunner(dir);
        Path article = cli.write("a.article", LedgerArticles.ARTICLE);
        Path ledger = LedgerStore.fileFor(article);
        Files.createDirectories(ledger.getParent());
        Files.writeString(ledger, "{ \"format\": ");
        CommandRunner.Run run = run(cli, "--report", "md", "a.article");
        assertEquals(ExitCode.ERROR, run.exit());
        assertTrue(run.err().contains("a.article: unreadable ledger: " + ledger + ":1: not valid JSON"), run.err());
        assertEquals("{ \"format\": ", Files.readString(ledger));
        assertTrue(run(cli, "--report", "pdf", "a.article").err().contains("expected md, html or json"));
    }

    /** Runs the command with the ledger fixture's focus (LedgerArticles.FOCUS_ARGS) before the arguments. */
    private static CommandRunner.Run run(CommandRunner cli, String... args) {
        List<String> all = new java.util.ArrayList<>(LedgerArticles.FOCUS_ARGS);
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }
}
