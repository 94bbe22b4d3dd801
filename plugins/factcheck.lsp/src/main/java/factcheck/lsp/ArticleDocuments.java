package factcheck.lsp;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;

import factcheck.core.article.ArticleParser;
import factcheck.core.ledger.LedgerStore;

/**
 * The open documents: keeps their text in sync (full and incremental changes), schedules a check on
 * open, change and save, publishes diagnostics, and answers hovers, code actions and
 * {@code factcheck/claims} from the check of the text the request was sent for. Bad input (a
 * document over the engine's size limit, a change outside the text) is reported to the user and
 * refused; requests about such a document, or one never opened, get an LSP error; the other
 * documents are not affected.
 */
final class ArticleDocuments implements TextDocumentService {

    /** Language ids the server checks; other documents are ignored. */
    static final List<String> LANGUAGES = List.of("factcheck", "markdown", "plaintext");

    private final FactcheckLanguageServer server;
    private final Map<String, OpenArticle> documents = new ConcurrentHashMap<>();

    ArticleDocuments(FactcheckLanguageServer server) {
        this.server = server;
    }

    Collection<OpenArticle> open() {
        return documents.values();
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var item = params.getTextDocument();
        if (!checks(item.getLanguageId(), item.getUri())) {
            return;
        }
        OpenArticle doc = new OpenArticle(item.getUri(), item.getLanguageId(), item.getVersion(),
                item.getText() == null ? "" : item.getText());
        OpenArticle earlier = documents.put(doc.uri(), doc);
        if (earlier != null) {
            earlier.checked().completeExceptionally(error(ResponseErrorCode.ContentModified, "document reopened"));
        }
        refuseIfTooLarge(doc);
        schedule(doc, 0);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        OpenArticle doc = documents.get(params.getTextDocument().getUri());
        if (doc == null) {
            return;
        }
        try {
            doc.change(params.getTextDocument().getVersion(), params.getContentChanges());
        } catch (IllegalArgumentException e) {
            server.showError(e.getMessage());
            return;
        }
        refuseIfTooLarge(doc);
        // Leading-edge debounce: a change after a pause is checked at once; changes in quick
        // succession (a burst of typing, a paste in pieces) wait until they stop for debounceMs.
        int debounce = server.settings().debounceMs();
        schedule(doc, doc.millisSincePreviousChange() >= debounce ? 0 : debounce);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        OpenArticle doc = documents.remove(uri);
        server.scheduler().cancel(uri);
        if (doc != null) {
            doc.checked().completeExceptionally(error(ResponseErrorCode.RequestFailed, "document closed: " + uri));
            server.client().publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // A saved ledger or workspace pack file changes what the articles beside it show.
        server.fileChanged(params.getTextDocument().getUri());
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return withCheck(params.getTextDocument(),
                (doc, checked) -> Hovers.at(checked, checked.positions().offset(params.getPosition())));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return withCheck(params.getTextDocument(),
                (doc, checked) -> CodeActions.at(doc, checked, params.getRange(), server.versionedEdits()));
    }

    /** {@code factcheck/claims}. */
    CompletableFuture<ClaimList.Result> claims(TextDocumentIdentifier id) {
        return withCheck(id, (doc, checked) -> ClaimList.of(doc.uri(), checked));
    }

    /** Checks every open document again (settings, packs or a ledger changed). */
    void recheckAll() {
        documents.values().forEach(d -> {
            d.supersede();
            schedule(d, 0);
        });
    }

    /** Checks the open document of this file again, if it is open. */
    void recheck(Path file) {
        documents.values().stream().filter(d -> file.equals(d.path())).forEach(d -> {
            d.supersede();
            schedule(d, 0);
        });
    }

    void recheckArticleOfLedger(Path ledger) {
        documents.values().stream().filter(d -> d.path() != null && LedgerStore.fileFor(d.path()).equals(ledger))
                .forEach(d -> recheck(d.path()));
    }

    private void schedule(OpenArticle doc, long delayMs) {
        server.scheduler().schedule(doc.uri(), delayMs, () -> check(doc));
    }

    /** On the check thread: the current text, unless the document moved on or went away meanwhile. */
    private void check(OpenArticle doc) {
        if (documents.get(doc.uri()) != doc) {
            return;
        }
        OpenArticle.Snapshot snapshot = doc.snapshot();
        CheckedArticle checked;
        try {
            checked = server.checks().check(snapshot, server.workspaceFolderOf(snapshot.path()), server.settings());
        } catch (RuntimeException | StackOverflowError e) {
            server.log(MessageType.Error, snapshot.uri() + ": internal error while checking: " + e);
            if (doc.version() == snapshot.version()) {
                doc.checked().completeExceptionally(error(ResponseErrorCode.InternalError,
                        "internal error while checking: " + e));
            }
            return;
        }
        if (doc.publish(checked)) {
            server.client().publishDiagnostics(
                    new PublishDiagnosticsParams(doc.uri(), Diagnostics.of(doc.uri(), checked), checked.version()));
        }
    }

    private <T> CompletableFuture<T> withCheck(TextDocumentIdentifier id, BiFunction<OpenArticle, CheckedArticle, T> answer) {
        OpenArticle doc = id == null ? null : documents.get(id.getUri());
        if (doc == null) {
            return CompletableFuture.failedFuture(error(ResponseErrorCode.InvalidParams,
                    "unknown document " + (id == null ? "(none)" : id.getUri()) + ": it is not open"));
        }
        if (doc.outOfSync() != null) {
            return CompletableFuture.failedFuture(error(ResponseErrorCode.RequestFailed, doc.outOfSync()));
        }
        if (doc.text().length() > ArticleParser.MAX_CHARS) {
            return CompletableFuture.failedFuture(error(ResponseErrorCode.RequestFailed, tooLarge(doc)));
        }
        return doc.checked().thenApply(checked -> {
            try {
                return answer.apply(doc, checked);
            } catch (IllegalArgumentException e) {
                throw new CompletionException(error(ResponseErrorCode.InvalidParams, e.getMessage()));
            }
        });
    }

    private void refuseIfTooLarge(OpenArticle doc) {
        if (doc.text().length() > ArticleParser.MAX_CHARS) {
            server.showError(tooLarge(doc));
        }
    }

    private static String tooLarge(OpenArticle doc) {
        return String.format(Locale.ROOT, "%s: document too large to check: %,d characters; the engine checks up to %,d",
                doc.uri(), doc.text().length(), ArticleParser.MAX_CHARS);
    }

    private static boolean checks(String languageId, String uri) {
        if (languageId != null && LANGUAGES.contains(languageId)) {
            return true;
        }
        String u = uri.toLowerCase(Locale.ROOT);
        return u.endsWith(".article") || u.endsWith(".md") || u.endsWith(".markdown") || u.endsWith(".txt");
    }

    static ResponseErrorException error(ResponseErrorCode code, String message) {
        return new ResponseErrorException(new ResponseError(code, message, null));
    }

}
