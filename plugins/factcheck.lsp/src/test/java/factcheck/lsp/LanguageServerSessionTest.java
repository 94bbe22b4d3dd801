package factcheck.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * A whole session over a real stdio pipe: initialize, open the seed article, get the title error at
 * the right UTF-16 range, hover over it and a quotation, apply its code action and see the diagnostic go, switch a rule off through
 * the configuration and see its diagnostics go, shut down and exit cleanly.
 */
class LanguageServerSessionTest {

    static final String TITLE_RULE = "title.office-at-date";
    static final String VAGUE_RULE = "attribution.vague-source";

    @Test
    void seedArticleSession(@TempDir Path workspace) throws Exception {
        String text = Files.readString(ServerProcess.samples().resolve("us-china-talks-2021-11-10.article"),
                StandardCharsets.UTF_8);
        Path file = workspace.resolve("talks.article");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String uri = file.toUri().toString();
        try (ServerProcess s = new ServerProcess()) {
            s.initialize(workspace, null);
            s.open(uri, "factcheck", text);

            PublishDiagnosticsParams first = s.client.awaitDiagnostics(uri, p -> has(p, TITLE_RULE));
            Diagnostic title = find(first, TITLE_RULE);
            // Where the words stand, computed here from the text: line index and UTF-16 column.
            String wrong = "Vice President Joe Biden";
            int at = text.indexOf(wrong);
            int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
            int column = at - (text.lastIndexOf('\n', at) + 1);
            assertEquals(line, title.getRange().getStart().getLine());
            assertEquals(column, title.getRange().getStart().getCharacter());
            assertEquals(line, title.getRange().getEnd().getLine());
            assertEquals(column + wrong.length(), title.getRange().getEnd().getCharacter());
            assertEquals(DiagnosticSeverity.Error, title.getSeverity());
            assertEquals("factcheck", title.getSource());
            assertEquals("factcheck:rule/" + TITLE_RULE, title.getCodeDescription().getHref());
            assertTrue(has(first, VAGUE_RULE), "the seed also has a vague source");
            Diagnostic conflicting = find(first, "title.conflicting-offices");
            assertNotNull(conflicting.getRelatedInformation(), "the other mention is related information");
            assertEquals(title.getRange(), conflicting.getRelatedInformation().get(0).getLocation().getRange());

            // Hovers: the office the knowledge base says the person held, with its source; a quotation's speaker.
            String office = hoverText(s, uri, title.getRange().getStart());
            assertTrue(office.contains("on 2021-11-10 held: US President") && office.contains("(source: "), office);
            String quoted = "The only right choice";
            int quote = text.indexOf(quoted);
            int quoteLine = (int) text.substring(0, quote).chars().filter(c -> c == '\n').count();
            String speaker = hoverText(s, uri, new Position(quoteLine, quote - (text.lastIndexOf('\n', quote) + 1)));
            assertTrue(speaker.contains("Quotation; speaker Xi"), speaker);

            // The code action the workbench offers as quick fix: "Change the title to President".
            List<Either<Command, CodeAction>> actions = ServerProcess.get(s.server.getTextDocumentService()
                    .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), title.getRange(),
                            new CodeActionContext(List.of(title)))));
            CodeAction fix = actions.stream().map(Either::getRight)
                    .filter(a -> a.getTitle().equals("Change the title to President")).findFirst().orElseThrow();
            assertTrue(actions.stream().map(Either::getRight)
                    .anyMatch(a -> a.getTitle().equals("Disable rule " + TITLE_RULE + " for this file")));
            TextDocumentEdit docEdit = fix.getEdit().getDocumentChanges().get(0).getLeft();
            assertEquals(1, docEdit.getTextDocument().getVersion());
            TextEdit edit = docEdit.getEdits().get(0).getLeft();
            String fixed = text.substring(0, at) + edit.getNewText() + text.substring(at + "Vice President".length());
            s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, 2),
                    List.of(new TextDocumentContentChangeEvent(edit.getRange(), edit.getNewText()))));
            PublishDiagnosticsParams second = s.client.awaitDiagnostics(uri, p -> p.getVersion() == 2);
            assertTrue(!has(second, TITLE_RULE), "the title error is gone after the fix");
            assertTrue(fixed.contains("with President Joe Biden,"));

            // Configuration: the vague-source rule off.
            s.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                    JsonParser.parseString("{\"factcheck\":{\"rules\":{\"" + VAGUE_RULE + "\":\"off\"}}}")));
            PublishDiagnosticsParams third = s.client.awaitDiagnostics(uri, p -> !has(p, VAGUE_RULE));
            assertTrue(third.getDiagnostics().size() > 0, "other rules still report");

            // The codeDescription link is answered by the server with the --explain text.
            String explained = ServerProcess.get(s.server.explain(java.util.Map.of("uri", title.getCodeDescription()
                    .getHref()))).getAsJsonObject().get("text").getAsString();
            assertTrue(explained.startsWith(TITLE_RULE + ": "), explained);

            ServerProcess.get(s.server.shutdown());
            s.server.exit();
            assertTrue(s.process.waitFor(ServerProcess.WAIT_SECONDS, TimeUnit.SECONDS), "the server exits");
            assertEquals(0, s.process.exitValue(), "exit after shutdown is a clean exit");
        }
    }

    private static String hoverText(ServerProcess s, String uri, Position at) throws Exception {
        var hover = ServerProcess.get(s.server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), at)));
        return hover == null ? "" : hover.getContents().getRight().getValue();
    }

    static boolean has(PublishDiagnosticsParams p, String rule) {
        return p.getDiagnostics().stream().anyMatch(d -> d.getCode() != null && rule.equals(d.getCode().getLeft()));
    }

    static Diagnostic find(PublishDiagnosticsParams p, String rule) {
        return p.getDiagnostics().stream().filter(d -> rule.equals(d.getCode().getLeft())).findFirst().orElseThrow();
    }
}
