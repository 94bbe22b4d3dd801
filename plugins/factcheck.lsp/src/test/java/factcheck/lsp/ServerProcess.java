package factcheck.lsp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The server as a separate process (this test run's class path, the checkout's standard pack),
 * driven over its real standard input and output by an LSP4J client that records what the server
 * sends. Waits are on conditions with generous limits, never on a clock.
 */
final class ServerProcess implements AutoCloseable {

    static final long WAIT_SECONDS = 120;

    /** Our custom requests, as a client sees them. */
    interface FactcheckServer extends LanguageServer {
        @JsonRequest("factcheck/claims")
        CompletableFuture<JsonElement> claims(org.eclipse.lsp4j.TextDocumentIdentifier document);

        @JsonRequest("factcheck/explain")
        CompletableFuture<JsonElement> explain(Map<String, String> params);
    }

    final Process process;
    final FactcheckServer server;
    final Recorder client = new Recorder();

    ServerProcess() throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider",
                "-Dfactcheck.standardPack=" + standardPack(), "-cp", System.getProperty("java.class.path"),
                "factcheck.lsp.Main"));
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Launcher<FactcheckServer> launcher = new LSPLauncher.Builder<FactcheckServer>().setLocalService(client)
                .setRemoteInterface(FactcheckServer.class).setInput(process.getInputStream())
                .setOutput(process.getOutputStream()).create();
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    static String standardPack() {
        return System.getProperty("factcheck.standardPack", "../../rules/pack");
    }

    static Path samples() {
        return Path.of(System.getProperty("factcheck.samples", "../../samples"));
    }

    /** initialize (with versioned edits, one workspace folder, these options) and initialized. */
    void initialize(Path workspace, String options) throws Exception {
        InitializeParams p = new InitializeParams();
        p.setProcessId((int) ProcessHandle.current().pid());
        if (workspace != null) {
            p.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
        }
        if (options != null) {
            p.setInitializationOptions(JsonParser.parseString(options));
        }
        WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
        WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
        edits.setDocumentChanges(true);
        ws.setWorkspaceEdit(edits);
        ClientCapabilities caps = new ClientCapabilities();
        caps.setWorkspace(ws);
        p.setCapabilities(caps);
        get(server.initialize(p));
        server.initialized(new InitializedParams());
    }

    void open(String uri, String languageId, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, 1, text)));
    }

    static <T> T get(CompletableFuture<T> future) throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Records diagnostics by document and every message shown or logged. */
    static final class Recorder implements LanguageClient {

        final Map<String, PublishDiagnosticsParams> diagnostics = new ConcurrentHashMap<>();
        /** Every publication, in order of arrival. */
        final List<PublishDiagnosticsParams> history = new CopyOnWriteArrayList<>();
        final List<MessageParams> shown = new CopyOnWriteArrayList<>();
        final List<MessageParams> logged = new CopyOnWriteArrayList<>();

        @Override
        public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.put(params.getUri(), params);
            history.add(params);
            notifyAll();
        }

        @Override
        public synchronized void showMessage(MessageParams params) {
            shown.add(params);
            notifyAll();
        }

        @Override
        public void logMessage(MessageParams params) {
            logged.add(params);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        /** The first diagnostics of the document that satisfy the condition (waiting for them). */
        synchronized PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> condition)
                throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (true) {
                PublishDiagnosticsParams p = diagnostics.get(uri);
                if (p != null && condition.test(p)) {
                    return p;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no diagnostics as expected for " + uri + "; last: " + p);
                }
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }

        /** The first shown message satisfying the condition (waiting for it). */
        synchronized MessageParams awaitShown(Predicate<MessageParams> condition) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (true) {
                for (MessageParams m : shown) {
                    if (condition.test(m)) {
                        return m;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no message as expected; shown: " + shown);
                }
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }
}
