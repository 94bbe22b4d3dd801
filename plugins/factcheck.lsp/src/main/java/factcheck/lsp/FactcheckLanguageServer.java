package factcheck.lsp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

import factcheck.core.FactChecker;
import factcheck.core.cli.VersionInfo;
import factcheck.core.ledger.LedgerStore;
import factcheck.core.nlp.NlpModels;
import factcheck.core.rules.RulePackLoader;

/**
 * The Factcheck language server: lifecycle, configuration, workspace folders, and the requests of
 * our own ({@code factcheck/claims}, {@code factcheck/explain}). Documents live in
 * {@link ArticleDocuments}; checking runs on {@link CheckScheduler}'s thread, never on the thread
 * that reads messages.
 */
public final class FactcheckLanguageServer implements LanguageServer, LanguageClientAware {

    /** The command that explains a rule (argument: rule id or {@code factcheck:rule/} link). */
    static final String EXPLAIN_COMMAND = "factcheck.explain";

    private final String standardPack;
    private final FactChecker checker = new FactChecker();
    private final CheckScheduler scheduler = new CheckScheduler();
    private final ServerPacks packs;
    private final ArticleChecks checks;
    private final ArticleDocuments documents = new ArticleDocuments(this);
    private final Workspace workspace = new Workspace();
    private volatile LanguageClient client;
    private volatile ServerSettings settings = ServerSettings.DEFAULTS;
    private volatile JsonElement initializationOptions;
    private volatile JsonElement configuration;
    private volatile List<Path> folders = List.of();
    private volatile boolean versionedEdits;
    private volatile boolean shutdown;

    /** @param standardPack the standard pack's folder or jar (the launcher's -Dfactcheck.standardPack), or null */
    public FactcheckLanguageServer(String standardPack) {
        this.standardPack = standardPack;
        this.packs = new ServerPacks(checker, standardPack, m -> log(MessageType.Warning, m));
        this.checks = new ArticleChecks(checker, packs, m -> log(MessageType.Warning, m));
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        List<Path> roots = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder f : params.getWorkspaceFolders()) {
                addRoot(roots, f.getUri());
            }
        }
        if (roots.isEmpty()) {
            addRoot(roots, params.getRootUri());
        }
        folders = List.copyOf(roots);
        var caps = params.getCapabilities();
        versionedEdits = caps != null && caps.getWorkspace() != null && caps.getWorkspace().getWorkspaceEdit() != null
                && Boolean.TRUE.equals(caps.getWorkspace().getWorkspaceEdit().getDocumentChanges());
        initializationOptions = params.getInitializationOptions() instanceof JsonElement json ? json : null;
        configure();
        // The models load while the client finishes its handshake (about a second cold).
        NlpModels.preload();

        ServerCapabilities capabilities = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        capabilities.setTextDocumentSync(sync);
        capabilities.setHoverProvider(true);
        capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        capabilities.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(EXPLAIN_COMMAND)));
        return CompletableFuture.completedFuture(
                new InitializeResult(capabilities, new ServerInfo("factcheck", VersionInfo.version())));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        scheduler.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        System.exit(shutdown ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    /** The article's sentences by check-worthiness. */
    @JsonRequest("factcheck/claims")
    public CompletableFuture<ClaimList.Result> claims(TextDocumentIdentifier document) {
        return documents.claims(document);
    }

    /** The {@code --explain} text of a rule; the parameter names it by {@code rule} or by {@code uri}. */
    @JsonRequest("factcheck/explain")
    public CompletableFuture<Map<String, String>> explain(Map<String, String> params) {
        String name = params == null ? null : params.getOrDefault("rule", params.get("uri"));
        return explainRule(name);
    }

    private CompletableFuture<Map<String, String>> explainRule(String name) {
        if (name == null || name.isBlank()) {
            return CompletableFuture.failedFuture(
                    ArticleDocuments.error(ResponseErrorCode.InvalidParams,
                            "factcheck/explain needs a rule id or a factcheck:rule/ link"));
        }
        String rule = RuleExplanations.ruleOf(name);
        ServerSettings s = settings;
        List<String> extra = new ArrayList<>(s.rulePacks());
        if (s.trustWorkspaceRules()) {
            folders.stream().map(f -> f.resolve(ServerPacks.WORKSPACE_PACK))
                    .filter(p -> Files.isRegularFile(p.resolve(RulePackLoader.PACK_FILE)))
                    .forEach(p -> extra.add(p.toString()));
        }
        return CompletableFuture.supplyAsync(() -> {
            String text = RuleExplanations.explain(rule, s.defaultRules() ? standardPack : null, extra);
            if (text == null) {
                throw new CompletionException(ArticleDocuments.error(
                        ResponseErrorCode.InvalidParams, "unknown rule '" + rule + "'"));
            }
            return Map.of("rule", rule, "text", text);
        });
    }

    ServerSettings settings() {
        return settings;
    }

    CheckScheduler scheduler() {
        return scheduler;
    }

    ArticleChecks checks() {
        return checks;
    }

    LanguageClient client() {
        return client;
    }

    boolean versionedEdits() {
        return versionedEdits;
    }

    /** The workspace folder holding a file (the innermost), or null. */
    Path workspaceFolderOf(Path file) {
        if (file == null) {
            return null;
        }
        return folders.stream().filter(file::startsWith).max((a, b) -> a.getNameCount() - b.getNameCount())
                .orElse(null);
    }

    /** A file under a workspace's .factcheck/ folder changed: its pack or a ledger. */
    void fileChanged(String uri) {
        Path file = OpenArticle.pathOf(uri);
        if (file == null) {
            return;
        }
        for (Path folder : folders) {
            if (file.startsWith(folder.resolve(ServerPacks.WORKSPACE_PACK))) {
                scheduler.execute(() -> packs.forgetWorkspacePack(folder));
                documents.recheckAll();
                return;
            }
        }
        if (file.getFileName().toString().endsWith(LedgerStore.SUFFIX)) {
            documents.recheckArticleOfLedger(file);
        }
    }

    void showError(String message) {
        if (client != null) {
            client.showMessage(new MessageParams(MessageType.Error, message));
        }
        log(MessageType.Error, message);
    }

    void log(MessageType type, String message) {
        if (client != null) {
            client.logMessage(new MessageParams(type, message));
        }
    }

    private void configure() {
        ServerSettings next = ServerSettings.of(initializationOptions, configuration);
        settings = next;
        next.problems().forEach(p -> client.showMessage(new MessageParams(MessageType.Warning, "factcheck settings: " + p)));
        scheduler.execute(() -> packs.configure(next));
    }

    private static void addRoot(List<Path> roots, String uri) {
        Path p = OpenArticle.pathOf(uri);
        if (p != null) {
            roots.add(p);
        }
    }

    /** Configuration, watched files and commands. */
    private final class Workspace implements WorkspaceService {

        @Override
        public void didChangeConfiguration(DidChangeConfigurationParams params) {
            configuration = params.getSettings() instanceof JsonElement json ? json : null;
            configure();
            documents.recheckAll();
        }

        @Override
        public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
            params.getChanges().forEach(e -> fileChanged(e.getUri()));
        }

        @Override
        public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
            if (!EXPLAIN_COMMAND.equals(params.getCommand()) || params.getArguments() == null
                    || params.getArguments().isEmpty()) {
                return CompletableFuture.failedFuture(ArticleDocuments.error(
                        ResponseErrorCode.InvalidParams,
                        "unknown command or missing argument: " + params.getCommand()));
            }
            Object arg = params.getArguments().get(0);
            String name = arg instanceof JsonPrimitive p ? p.getAsString() : String.valueOf(arg);
            return explainRule(name).thenApply(m -> m.get("text"));
        }
    }

}
