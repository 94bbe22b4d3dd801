package factcheck.core.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import factcheck.core.FactChecker;
import factcheck.core.findings.Finding;
import factcheck.core.nlp.NlpModels;
import factcheck.core.report.FileReport;
import factcheck.core.report.ReportContext;
import factcheck.core.report.ReportFormat;
import factcheck.core.report.ReportWriter;
import factcheck.core.report.RuleInfo;
import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.RuleProblem;
import factcheck.core.rules.RuleSettings;

/**
 * One execution of the command once its options are parsed: load the packs, answer
 * {@code --list-rules} or {@code --explain}, or compile the packs, check the files in parallel,
 * write the report in input order and work out the exit code.
 */
final class CheckRun {

    /** Property naming a web page about the tool, for SARIF's {@code informationUri}; none by default. */
    static final String INFORMATION_URI_PROPERTY = "factcheck.informationUri";

    private final CheckCommand options;
    private final Invocation invocation;
    private final RuleSettings settings;
    private final boolean color;
    private final Messages messages;
    private final long startNanos = System.nanoTime();

    CheckRun(CheckCommand options, Invocation invocation, RuleSettings settings, boolean color) {
        this.options = options;
        this.invocation = invocation;
        this.settings = settings;
        this.color = color;
        this.messages = new Messages(invocation.err());
    }

    int execute() throws IOException {
        if (!options.listRules && options.explain == null && !options.paths.isEmpty()) {
            // The NLP models take longest to load: they load on other threads while the packs load
            // and compile (--list-rules and --explain never need them).
            NlpModels.preload();
        }
        PackLoading loading = new PackLoading(messages);
        loading.load(invocation.standardPack(), !options.noDefaultRules, options.rules, invocation.workingDirectory());
        loading.projectPacks(options.paths, invocation.workingDirectory(), options.projectRules);
        if (loading.packs().isEmpty()) {
            return ExitCode.ERROR;
        }
        RuleCatalog catalog = new RuleCatalog(loading.packs());
        String unknown = unknownRule(catalog);
        if (unknown != null) {
            return options.usage(unknown);
        }
        if (options.listRules || options.explain != null) {
            PackLoading.reportLoaded(loading.packs(), messages);
            return describe(catalog) && !loading.failed() ? ExitCode.CLEAN : ExitCode.ERROR;
        }
        if (options.paths.isEmpty()) {
            return options.usage("no PATH given: name files, directories, or - for standard input");
        }
        if (options.annotations && options.format != ReportFormat.JSON && options.format != ReportFormat.CLAIMS) {
            messages.tool("--annotations only applies to --format json; ignored");
        }
        FactChecker checker = SharedChecker.INSTANCE;
        // The packs compile on their own thread while the articles are found, read and analysed
        // (whose NLP models began loading above): a cold start pays the longer of the two, not their
        // sum. The compile of the standard pack is the longer: it starts before anything else here.
        CompletableFuture<List<CompiledPack>> compiling = CompletableFuture.supplyAsync(
                () -> checker.compile(loading.packs()), CheckRun::startDaemon);
        List<String> emptyDirectories = new ArrayList<>();
        List<ArticleInput> inputs = new ArticleFinder(invocation.workingDirectory()).find(options.paths, emptyDirectories);
        emptyDirectories.forEach(d -> messages.file(d, "no *.article, *.md or *.txt files in this directory"));
        byte[] stdin = inputs.stream().anyMatch(ArticleInput::isStdin) ? invocation.in().readAllBytes() : null;
        CompletableFuture<List<CompiledPack>> usable = compiling.thenApply(
                all -> all.stream().filter(CompiledPack::usable).toList());
        Outcomes outcomes = new Outcomes();
        LedgerRun[] ledgers = new LedgerRun[1];
        boolean[] packsBroken = new boolean[1];
        BatchRunner.Gate packsReady = () -> {
            // compiling reports what fails as diagnostics; an exception here is a bug and surfaces as one
            List<CompiledPack> compiled = compiling.join();
            packsBroken[0] = PackLoading.report(compiled, messages) || loading.failed();
            List<CompiledPack> good = usable.join();
            if (good.isEmpty()) {
                messages.tool("no usable rule pack: nothing checked");
                return false;
            }
            ledgers[0] = new LedgerRun(options.report, options.requireChecked, messages,
                    good.stream().map(CompiledPack::pack).toList());
            return true;
        };
        BatchRunner runner = new BatchRunner(checker, usable, checker.expectedWeights(loading.packs()), settings,
                new ArticleReader(options.dateline), options.jobs);
        if (!check(runner, packsReady, catalog.rules(), inputs, stdin, ledgers, outcomes)) {
            return ExitCode.ERROR;
        }
        if (options.format == ReportFormat.TEXT && !ledgers[0].reporting()) {
            messages.line(outcomes.summary.line(System.nanoTime() - startNanos));
        }
        if (packsBroken[0] || outcomes.failedFiles > 0) {
            return ExitCode.ERROR;
        }
        return outcomes.failing > 0 || ledgers[0].unmet() > 0 ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    private static void startDaemon(Runnable task) {
        Thread thread = new Thread(task, "factcheck-compile");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * One checker per process: it caches compiled packs by content, so repeated in-process runs
     * (tests, an embedding tool) compile each pack once. Created on first use, as it loads models.
     */
    private static final class SharedChecker {
        static final FactChecker INSTANCE = new FactChecker();
    }

    private static final class Outcomes {
        final Summary summary = new Summary();
        int failedFiles;
        int failing;
    }

    /** Checks the inputs and writes the report; false when no pack was usable, so nothing was checked. */
    private boolean check(BatchRunner runner, BatchRunner.Gate packsReady, List<RuleInfo> rules,
            List<ArticleInput> inputs, byte[] stdin, LedgerRun[] ledgers, Outcomes outcomes) throws IOException {
        ReportWriter writer = options.format.create(new ReportContext(invocation.out(), "factcheck",
                VersionInfo.version(), System.getProperty(INFORMATION_URI_PROPERTY), rules, options.annotations, color));
        boolean[] ready = new boolean[1];
        try (Progress progress = Progress.start(invocation.err(), inputs.size(), invocation.terminal().stderr())) {
            messages.attach(progress);
            runner.run(inputs, stdin, progress, () -> ready[0] = packsReady.open(), outcome -> {
                LedgerRun ledger = ledgers[0];
                FileReport report = report(outcome, outcomes);
                if (ledger.active() && !report.failed() && !ledger.file(outcome)) {
                    outcomes.failedFiles++;
                }
                if (ledger.reporting()) {
                    return;
                }
                IOException[] failure = new IOException[1];
                progress.above(() -> {
                    try {
                        writer.file(report);
                    } catch (IOException e) {
                        failure[0] = e;
                    }
                });
                if (failure[0] != null) {
                    throw failure[0];
                }
            });
        } finally {
            messages.attach(null);
        }
        if (!ready[0]) {
            return false;
        }
        if (ledgers[0].reporting()) {
            ledgers[0].finish(invocation.out());
        } else {
            writer.finish();
        }
        return true;
    }

    /** Turns an outcome into what the report shows, saying on stderr what went wrong, and counts it. */
    private FileReport report(BatchRunner.Outcome outcome, Outcomes outcomes) {
        ArticleInput input = outcome.input();
        if (outcome.error() != null) {
            messages.file(input.name(), outcome.error());
            outcomes.failedFiles++;
            outcomes.summary.failed();
            return FileReport.failed(input.name(), input.uri(), outcome.error());
        }
        for (RuleProblem p : outcome.result().problems()) {
            messages.file(input.name(), "warning: rule " + (p.ruleId() == null ? "?" : p.ruleId()) + " of pack "
                    + p.packId() + ": " + p.message());
        }
        List<Finding> shown = outcome.result().findings().stream()
                .filter(f -> f.severity().atLeast(options.minSeverity)).toList();
        outcomes.summary.checked(shown);
        outcomes.failing += (int) shown.stream().filter(f -> f.severity().atLeast(options.failOn)).count();
        return FileReport.checked(input.name(), input.uri(), outcome.article(), shown,
                options.annotations || options.format == ReportFormat.CLAIMS
                        ? outcome.result().analysis().annotations() : List.of());
    }

    /** --list-rules or --explain; false when the rule to explain does not exist. */
    private boolean describe(RuleCatalog catalog) throws IOException {
        if (options.explain != null) {
            Optional<RuleInfo> rule = catalog.find(options.explain);
            if (rule.isEmpty()) {
                messages.tool("--explain: unknown rule '" + options.explain + "' (see --list-rules)");
                return false;
            }
            catalog.explain(rule.get(), invocation.out(), settings);
            return true;
        }
        if (options.format == ReportFormat.JSON) {
            catalog.listJson(invocation.out(), settings);
        } else {
            catalog.list(invocation.out(), settings);
        }
        return true;
    }

    /** A --disable or --severity naming no loaded rule is a typo that would silently do nothing. */
    private String unknownRule(RuleCatalog catalog) {
        for (String id : options.disabled) {
            if (catalog.find(id).isEmpty()) {
                return "--disable: unknown rule '" + id + "' (see --list-rules)";
            }
        }
        for (String id : options.severities.keySet()) {
            if (catalog.find(id).isEmpty()) {
                return "--severity: unknown rule '" + id + "' (see --list-rules)";
            }
        }
        return null;
    }
}
