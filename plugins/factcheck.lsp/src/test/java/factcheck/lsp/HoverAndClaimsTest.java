package factcheck.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * Hovers, claims and code actions on an article with CRLF line ends and characters outside the
 * Basic Multilingual Plane before the flagged words, so that every range is checked in UTF-16 units
 * on LSP lines.
 */
class HoverAndClaimsTest {

    static final String URI = "file:///newsroom/harbour.article";
    static final String TEXT = "date 2024-03-14 Harbour budget 🚢 passes\r\n\r\n"
            + "Councillors 🗳️ approved the harbour budget on Tuesday, and unemployment in the district fell to 4.2% last year.\r\n"
            + "\r\n"
            + "Critics expect the new terminal to be the largest in the region.\r\n";

    @Test
    void hoversClaimsAndActionsUseUtf16Ranges() throws Exception {
        try (ServerProcess s = new ServerProcess()) {
            s.initialize(null, null);
            s.open(URI, "factcheck", TEXT);
            PublishDiagnosticsParams published = s.client.awaitDiagnostics(URI, p -> p.getVersion() == 1);
            String[] lines = TEXT.split("\r\n", -1);

            // Every diagnostic's range covers exactly the text the engine flagged, on LSP lines.
            for (Diagnostic d : published.getDiagnostics()) {
                assertEquals(d.getRange().getStart().getLine(), d.getRange().getEnd().getLine(), d.toString());
                String line = lines[d.getRange().getStart().getLine()];
                assertTrue(d.getRange().getEnd().getCharacter() <= line.length(), d.toString());
            }
            Diagnostic statistic = published.getDiagnostics().stream()
                    .filter(d -> "claim.unsourced-statistic".equals(d.getCode().getLeft())).findFirst().orElseThrow();
            String flagged = lines[2].substring(statistic.getRange().getStart().getCharacter(),
                    statistic.getRange().getEnd().getCharacter());
            assertTrue(flagged.contains("4.2%"), flagged);

            // The date the engine read, and the anchor it read it from.
            int tuesday = lines[2].indexOf("Tuesday") + 3;
            Hover hover = ServerProcess.get(s.server.getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier(URI), new Position(2, tuesday))));
            assertNotNull(hover);
            String shown = hover.getContents().getRight().getValue();
            assertTrue(shown.contains("2024-03-12") && shown.contains("dateline 2024-03-14"), shown);
            assertTrue(shown.contains("Check-worthiness"), "the sentence's check-worthiness: " + shown);

            // Claims, most check-worthy first.
            JsonArray claims = ServerProcess.get(s.server.claims(new TextDocumentIdentifier(URI))).getAsJsonObject()
                    .getAsJsonArray("claims");
            assertTrue(claims.size() >= 1, claims.toString());
            List<Double> scores = new ArrayList<>();
            for (JsonElement c : claims) {
                scores.add(c.getAsJsonObject().get("score").getAsDouble());
            }
            List<Double> sorted = new ArrayList<>(scores);
            sorted.sort((a, b) -> Double.compare(b, a));
            assertEquals(sorted, scores);

            // Insert [SOURCE?] lands right after the flagged words, and the line switch at the line's end.
            List<CodeAction> actions = ServerProcess.get(s.server.getTextDocumentService().codeAction(
                    new CodeActionParams(new TextDocumentIdentifier(URI), statistic.getRange(),
                            new CodeActionContext(List.of(statistic))))).stream().map(Either::getRight).toList();
            TextEdit insert = edit(actions, "Insert [SOURCE?]");
            assertEquals(statistic.getRange().getEnd(), insert.getRange().getStart());
            assertEquals(" [SOURCE?]", insert.getNewText());
            TextEdit line = edit(actions, "Disable rule claim.unsourced-statistic for this line");
            assertEquals(new Position(2, lines[2].length()), line.getRange().getStart());
            assertEquals(" <!-- factcheck-disable-line claim.unsourced-statistic -->", line.getNewText());
            TextEdit file = edit(actions, "Disable rule claim.unsourced-statistic for this file");
            assertEquals(new Position(1, 0), file.getRange().getStart(), "right after the header line, as in the workbench");
            assertEquals("<!-- factcheck-disable claim.unsourced-statistic -->\r\n", file.getNewText());
        }
    }

    private static TextEdit edit(List<CodeAction> actions, String title) {
        CodeAction a = actions.stream().filter(x -> x.getTitle().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no action " + title + " in " + actions));
        return a.getEdit().getDocumentChanges().get(0).getLeft().getEdits().get(0).getLeft();
    }
}
