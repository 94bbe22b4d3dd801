package factcheck.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/**
 * A burst of changes is checked once, for its last version: the checks of the versions in between
 * are cancelled before they run, and what is published belongs to the text the client has. The
 * debounce is set long (2 s) so that the burst, sent back to back, falls inside it even on a busy
 * machine.
 */
class SupersededChangesTest {

    static final String URI = "file:///newsroom/tram.article";
    static final String TEXT = "date 2025-10-08 Tram line opens\n\nThe tram line opened on Monday.\n";

    @Test
    void aBurstOfChangesIsCheckedOnceForItsLastVersion() throws Exception {
        try (ServerProcess s = new ServerProcess()) {
            s.initialize(null, "{\"debounceMs\": 2000}");
            s.open(URI, "factcheck", TEXT);
            s.client.awaitDiagnostics(URI, p -> p.getVersion() == 1);
            // Type "Its " at the start of the body line, one character per change.
            String[] keys = { "I", "t", "s", " " };
            for (int i = 0; i < keys.length; i++) {
                s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(URI, i + 2), List.of(new TextDocumentContentChangeEvent(
                                new Range(new Position(2, i), new Position(2, i)), keys[i]))));
            }
            int last = keys.length + 1;
            s.client.awaitDiagnostics(URI, p -> p.getVersion() == last);
            List<Integer> published = s.client.history.stream().filter(p -> p.getUri().equals(URI))
                    .map(p -> p.getVersion()).toList();
            // The first change may be checked at once (it came after a pause); those after it wait and are superseded.
            assertTrue(Set.of(1, 2, last).containsAll(published), "published versions: " + published);
            assertEquals(last, published.get(published.size() - 1));
            assertFalse(published.contains(3) || published.contains(4), "superseded versions are not checked");
        }
    }
}
