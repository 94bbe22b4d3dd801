package factcheck.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * One document the client has open: its text as the client last sent it, and the check of that text
 * (a future that completes when the check of this or any later version does, so a request waits for
 * diagnostics of the text it was sent for, never for an older one). A change the server cannot apply
 * (a range outside the text) leaves the document out of sync: it keeps its last good text and
 * refuses requests until the client sends the whole text again or reopens it.
 * Changed on the message thread only; the check thread reads snapshots.
 */
final class OpenArticle {

    /** What the check thread gets: one version's text. */
    record Snapshot(String uri, Path path, String languageId, int version, String text) {
    }

    private final String uri;
    private final Path path;
    private final String languageId;
    private volatile int version;
    private volatile String text;
    private volatile String outOfSync;
    private long previousChange = System.nanoTime();
    private long lastChange = previousChange;
    private volatile CompletableFuture<CheckedArticle> checked = new CompletableFuture<>();

    OpenArticle(String uri, String languageId, int version, String text) {
        this.uri = uri;
        this.path = pathOf(uri);
        this.languageId = languageId == null ? "plaintext" : languageId;
        this.version = version;
        this.text = text;
    }

    String uri() {
        return uri;
    }

    /** The file behind the document, or null for an untitled or remote one. */
    Path path() {
        return path;
    }

    String languageId() {
        return languageId;
    }

    String text() {
        return text;
    }

    int version() {
        return version;
    }

    Snapshot snapshot() {
        return new Snapshot(uri, path, languageId, version, text);
    }

    /** Why the document is out of sync with the client, or null. */
    String outOfSync() {
        return outOfSync;
    }

    /** The check of the current text, or of a later one. */
    CompletableFuture<CheckedArticle> checked() {
        return checked;
    }

    /**
     * Applies the client's changes in order. All or nothing: when one cannot be applied, the text
     * stays as it was, the document is marked out of sync and the reason is thrown.
     */
    void change(int newVersion, List<TextDocumentContentChangeEvent> changes) {
        String result = text;
        boolean whole = false;
        for (TextDocumentContentChangeEvent c : changes) {
            String inserted = c.getText() == null ? "" : c.getText();
            if (c.getRange() == null) {
                result = inserted;
                whole = true;
                continue;
            }
            if (outOfSync != null && !whole) {
                throw new IllegalArgumentException(outOfSync);
            }
            int[] at;
            try {
                at = new TextPositions(result).offsets(c.getRange());
            } catch (IllegalArgumentException e) {
                outOfSync = "the document is out of sync after an invalid change (" + e.getMessage()
                        + "); send its whole text or reopen it";
                throw new IllegalArgumentException("invalid change to " + uri + ": " + e.getMessage(), e);
            }
            result = result.substring(0, at[0]) + inserted + result.substring(at[1]);
        }
        if (whole) {
            outOfSync = null;
        }
        text = result;
        version = newVersion;
        previousChange = lastChange;
        lastChange = System.nanoTime();
        supersede();
    }

    /** How long before the latest change the one before it came (or the document was opened). */
    long millisSincePreviousChange() {
        return (lastChange - previousChange) / 1_000_000;
    }

    /** A new check is due: requests waiting for the old one get the new one's result. */
    void supersede() {
        CompletableFuture<CheckedArticle> old = checked;
        CompletableFuture<CheckedArticle> next = new CompletableFuture<>();
        checked = next;
        next.whenComplete((result, failure) -> {
            if (failure == null) {
                old.complete(result);
            } else {
                old.completeExceptionally(failure);
            }
        });
    }

    /** Completes the check of {@code version}, if it is still the current one; false when it is stale. */
    boolean publish(CheckedArticle result) {
        if (result.version() != version) {
            return false;
        }
        checked.complete(result);
        return true;
    }

    /** The file a {@code file:} URI names, or null for any other URI. */
    static Path pathOf(String uri) {
        try {
            URI u = uri == null ? null : URI.create(uri);
            return u != null && "file".equalsIgnoreCase(u.getScheme()) ? Path.of(u).normalize() : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
