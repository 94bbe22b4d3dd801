package factcheck.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import factcheck.core.ledger.Anchor;
import factcheck.core.ledger.Ledger;
import factcheck.core.ledger.LedgerEntry;
import factcheck.core.ledger.LedgerStatus;
import factcheck.core.ledger.LedgerStore;

/**
 * The article's ledger is used as in the workbench: a claim a fact-checker marked verified is
 * lowered to information once the ledger file changes on disk.
 */
class LedgerVerdictTest {

    static final String RULE = "claim.unsourced-statistic";
    static final String SENTENCE = "Unemployment in Port Ellis fell to 4.2% last year.";
    static final String TEXT = "date 2024-02-05 Port Ellis jobs\n\n" + SENTENCE + "\n";

    @Test
    void aVerifiedClaimIsLowered(@TempDir Path workspace) throws Exception {
        Path article = workspace.resolve("jobs.article");
        Files.writeString(article, TEXT, StandardCharsets.UTF_8);
        String uri = article.toUri().toString();
        try (ServerProcess s = new ServerProcess()) {
            s.initialize(workspace, null);
            s.open(uri, "factcheck", TEXT);
            PublishDiagnosticsParams before = s.client.awaitDiagnostics(uri, p -> LanguageServerSessionTest.has(p, RULE));
            Diagnostic statistic = LanguageServerSessionTest.find(before, RULE);
            assertEquals(DiagnosticSeverity.Warning, statistic.getSeverity());

            // The fact-checker's verdict, saved as the workbench saves it.
            int sentence = TEXT.indexOf(SENTENCE);
            int start = sentence + statistic.getRange().getStart().getCharacter();
            int end = sentence + statistic.getRange().getEnd().getCharacter();
            Anchor anchor = Anchor.of(RULE, "claim", TEXT, sentence, sentence + SENTENCE.length(), start, end);
            Ledger empty = Ledger.empty(article.getFileName().toString());
            LedgerEntry verified = LedgerEntry.unchecked(empty.newId(anchor), anchor).edited(anchor,
                    LedgerStatus.VERIFIED, "Regional statistics office", List.of("https://stats.example.org/jobs"),
                    "tester", Instant.parse("2024-02-06T09:00:00Z"));
            Path ledger = LedgerStore.fileFor(article);
            LedgerStore.save(ledger, List.of(verified));
            s.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(ledger.toUri().toString(), FileChangeType.Created))));

            PublishDiagnosticsParams after = s.client.awaitDiagnostics(uri,
                    p -> LanguageServerSessionTest.has(p, RULE)
                            && LanguageServerSessionTest.find(p, RULE).getSeverity() == DiagnosticSeverity.Information);
            String message = LanguageServerSessionTest.find(after, RULE).getMessage().getLeft();
            assertTrue(message.endsWith("(verified in the ledger)"), message);
        }
    }
}
