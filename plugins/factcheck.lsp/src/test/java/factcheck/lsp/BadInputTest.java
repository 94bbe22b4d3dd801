package factcheck.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

/**
 * Input the server must refuse without going down: a 5 MB document, a change whose range lies
 * outside the text, a request about a document that was never opened. Each gets an LSP error (a
 * request's error response, or an error message for a notification) and the next request about a
 * good document is still answered.
 */
class BadInputTest {

    static final String GOOD = "file:///newsroom/ferry.article";
    static final String GOOD_TEXT = "date 2023-05-17 Ferry service resumes\n\n"
            + "The harbour authority said on Monday that the night ferry to Port Ellis will run again.\n";

    @Test
    void badInputGetsErrorsAndTheServerKeepsServing() throws Exception {
        try (ServerProcess s = new ServerProcess()) {
            s.initialize(null, null);
            s.open(GOOD, "factcheck", GOOD_TEXT);
            s.client.awaitDiagnostics(GOOD, p -> p.getVersion() == 1);

            // A request about a document never opened.
            assertEquals(ResponseErrorCode.InvalidParams.getValue(),
                    errorCode(() -> hover(s, "file:///newsroom/never-opened.article", 0, 0)));
            assertServes(s);

            // A 5 MB document: refused with an error message; requests about it fail.
            String huge = "date 2023-05-17 Huge\n\n" + "The council met again. ".repeat(5 * 1024 * 1024 / 23);
            String hugeUri = "file:///newsroom/huge.article";
            s.open(hugeUri, "factcheck", huge);
            assertTrue(s.client.awaitShown(m -> m.getType() == MessageType.Error && m.getMessage().contains("too large"))
                    .getMessage().contains(hugeUri));
            assertEquals(ResponseErrorCode.RequestFailed.getValue(), errorCode(() -> hover(s, hugeUri, 2, 0)));
            assertServes(s);

            // A change outside the text: an error message, the document out of sync until it is sent whole.
            s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(GOOD, 2), List.of(new TextDocumentContentChangeEvent(
                            new Range(new Position(40, 0), new Position(41, 3)), "Ferries"))));
            assertNotNull(s.client.awaitShown(m -> m.getType() == MessageType.Error
                    && m.getMessage().contains("invalid change") && m.getMessage().contains("past the last line")));
            assertEquals(ResponseErrorCode.RequestFailed.getValue(), errorCode(() -> hover(s, GOOD, 2, 4)));
            s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(GOOD, 3), List.of(new TextDocumentContentChangeEvent(GOOD_TEXT))));
            s.client.awaitDiagnostics(GOOD, p -> p.getVersion() == 3);
            assertServes(s);
        }
    }

    /** A hover over "Monday" in the good document is answered with the date the engine read. */
    private static void assertServes(ServerProcess s) throws Exception {
        int line = 2;
        int column = GOOD_TEXT.split("\n")[2].indexOf("Monday") + 2;
        var hover = hover(s, GOOD, line, column);
        assertNotNull(hover, "a hover over Monday");
        assertTrue(hover.getContents().getRight().getValue().contains("2023-05-15"), hover.toString());
    }

    private static org.eclipse.lsp4j.Hover hover(ServerProcess s, String uri, int line, int column) throws Exception {
        return ServerProcess.get(s.server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, column))));
    }

    interface Call {
        Object run() throws Exception;
    }

    private static int errorCode(Call call) {
        ExecutionException e = assertThrows(ExecutionException.class, call::run);
        assertTrue(e.getCause() instanceof ResponseErrorException, String.valueOf(e.getCause()));
        return ((ResponseErrorException) e.getCause()).getResponseError().getCode();
    }
}
