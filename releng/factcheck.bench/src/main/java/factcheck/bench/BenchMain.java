package factcheck.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import factcheck.core.kb.KnowledgeBase;

/**
 * Runs every measurement of ./bench and reports them against the budgets: the JMH benchmarks (in
 * forked JVMs), the cold start (fresh processes running {@link ColdStart}) and the peak heap of the
 * command line checking 1,000 articles (./factcheck with a GC log). Prints a table of medians with
 * min/max and PASS/MISS, and writes results.json.
 *
 * <p>Options: {@code --out DIR} (default target/bench), {@code --repo DIR} (the checkout, for
 * ./factcheck and rules/pack), {@code --quick} (fewer JMH iterations), {@code --only REGEX} (JMH
 * benchmarks to run), {@code --no-jmh}, {@code --no-process} (skip cold start and CLI heap),
 * {@code --cold-runs N}.
 */
public final class BenchMain {

    /** A row of the table. */
    record Row(String id, String what, String unit, Double budget, boolean atLeast, Double median, Double min,
            Double max, int samples, Double cpuMsPerOp, String note) {

        String verdict() {
            if (budget == null || median == null) {
                return median == null ? "n/a" : "";
            }
            return (atLeast ? median >= budget : median <= budget) ? "PASS" : "MISS";
        }
    }

    private Path out = Path.of("target/bench");
    private Path repo = Path.of("").toAbsolutePath();
    private boolean quick;
    private String only;
    private boolean jmh = true;
    private boolean process = true;
    private boolean workbench = true;
    private int coldRuns = 5;
    private final Map<String, Statistics> jmhStats = new LinkedHashMap<>();
    private final Map<String, Double> jmhCpu = new LinkedHashMap<>();
    private final List<Double> loadAverages = new ArrayList<>();
    private final Map<String, Object> extra = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        BenchMain main = new BenchMain();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> main.out = Path.of(args[++i]);
                case "--repo" -> main.repo = Path.of(args[++i]).toAbsolutePath();
                case "--quick" -> main.quick = true;
                case "--only" -> main.only = args[++i];
                case "--no-jmh" -> main.jmh = false;
                case "--no-process" -> main.process = false;
                case "--no-workbench" -> main.workbench = false;
                case "--cold-runs" -> main.coldRuns = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        main.run();
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        loadAverages.add(loadAverage());
        Files.createDirectories(out);
        // First: its build cleans and rebuilds the core, which must happen before this JVM loads core classes.
        List<Row> workbenchRows = workbench ? new WorkbenchRows(repo, out).measure() : List.of();
        Corpus corpus = Corpus.get();
        String article1000 = corpus.article1000();
        Files.writeString(out.resolve("article-1000.txt"), article1000, StandardCharsets.UTF_8);
        List<Corpus.Source> batch = corpus.composites(60, 1200);
        double batchWords = batch.stream().mapToInt(s -> Corpus.bodyWords(s.name(), s.text())).average().orElse(0);
        extra.put("corpus", corpus.origin());
        extra.put("article1000Words", Corpus.bodyWords("article-1000.txt", article1000));
        extra.put("batchArticleWordsMean", Math.round(batchWords));
        System.out.printf(Locale.ROOT, "bench: corpus %s; 1,000-word article has %d body words; batch articles %.0f words on average%n",
                corpus.origin(), extra.get("article1000Words"), batchWords);

        if (jmh) {
            runJmh();
        }
        Row cold = null;
        Row coldDrl = null;
        Row heap = null;
        Row heap512 = null;
        Row lsp = null;
        List<Row> endToEnd = List.of();
        if (process) {
            lsp = lspLatency(article1000);
            cold = coldStart(corpus, false, coldRuns);
            coldDrl = coldStart(corpus, true, Math.max(1, Math.min(coldRuns, 3)));
            corpus.writeFiles(out.resolve("cli-corpus"), 1000);
            heap = cliPeakHeap(corpus, "cli-heap", "");
            heap512 = cliPeakHeap(corpus, "cli-heap-512m", "-Xmx512m");
            endToEnd = cliEndToEnd(corpus);
        }
        loadAverages.add(loadAverage());
        List<Row> rows = rows(cold, coldDrl, heap, heap512);
        rows.addAll(workbenchRows);
        rows.add(3, lsp != null ? lsp : new Row("lsp", "language server: diagnostics after a change, warm", "ms", 100.0, false,
                null, null, null, 0, null, "not run"));
        rows.addAll(4, endToEnd.isEmpty() ? List.of(
                new Row("cli-one", "command line, one article, process start to exit", "ms", 900.0, false, null, null, null, 0,
                        null, "not run"),
                new Row("cli-folder", "command line, folder of articles, with start-up", "articles/s", 45.0, true, null, null,
                        null, 0, null, "not run")) : endToEnd);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        print(rows, seconds);
        writeJson(rows, seconds);
    }

    // ---------------------------------------------------------------- JMH

    private void runJmh() throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(only != null ? only : "factcheck\\.bench\\..*Bench\\..*")
                .shouldFailOnError(true)
                .result(out.resolve("jmh.json").toString())
                .resultFormat(ResultFormatType.JSON)
                .output(out.resolve("jmh.log").toString())
                .addProfiler(CpuTimeProfiler.class);
        if (quick) {
            options.warmupIterations(2).measurementIterations(2);
        }
        System.out.println("bench: running JMH (log: " + out.resolve("jmh.log") + ") ...");
        Collection<RunResult> results = new Runner(options.build()).run();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replace("factcheck.bench.", "");
            jmhStats.put(name, r.getPrimaryResult().getStatistics());
            var cpu = r.getSecondaryResults().get("cpu");
            if (cpu != null) {
                jmhCpu.put(name, cpu.getScore());
            }
            System.out.printf(Locale.ROOT, "bench:   %-32s median %10.2f %s%n", name,
                    r.getPrimaryResult().getStatistics().getPercentile(50), r.getPrimaryResult().getScoreUnit());
        }
    }

    private Row jmhRow(String id, String benchmark, String what, String unit, Double budget, boolean atLeast, String note) {
        Statistics s = jmhStats.get(benchmark);
        if (s == null) {
            return new Row(id, what, unit, budget, atLeast, null, null, null, 0, null, "not run");
        }
        return new Row(id, what, unit, budget, atLeast, s.getPercentile(50), s.getMin(), s.getMax(), (int) s.getN(),
                jmhCpu.get(benchmark), note);
    }

    // ---------------------------------------------------------------- processes

    private String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * @param drl compile the pack's DRL instead of loading its image (the informational row below the
     *            budgeted one: what a pack without an image costs)
     */
    private Row coldStart(Corpus corpus, boolean drl, int runs) throws Exception {
        Path article = out.resolve("cold-article.txt");
        Files.writeString(article, corpus.sources().get(0).text(), StandardCharsets.UTF_8);
        List<Double> times = new ArrayList<>();
        String last = "";
        String name = drl ? "cold start compiling the DRL" : "cold start";
        for (int i = 0; i < runs; i++) {
            List<String> cmd = new ArrayList<>(List.of(java(), "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider",
                    "-Dslf4j.internal.verbosity=WARN", "-Dfactcheck.bench.pack=" + packDir(),
                    "-cp", System.getProperty("java.class.path"), ColdStart.class.getName(), article.toString()));
            if (drl) {
                cmd.add("--drl");
            }
            String output = exec(cmd, Map.of(), out.resolve((drl ? "cold-start-drl-" : "cold-start-") + i + ".log"));
            Matcher m = Pattern.compile("cold-start-ms=(\\d+)").matcher(output);
            if (!m.find()) {
                throw new IllegalStateException("cold start run printed no result: " + output);
            }
            times.add(Double.parseDouble(m.group(1)));
            last = output.strip();
            System.out.println("bench: " + name + " " + (i + 1) + "/" + runs + ": " + last);
        }
        if (drl) {
            extra.put("coldStartDrlLast", last);
            return processRow("cold-drl", "  same, compiling the DRL (pack without image)", "ms", null, false, times,
                    "models + DRL parse and ECJ compile + check");
        }
        if (!last.contains("pack-from-image=true")) {
            throw new IllegalStateException("the cold start did not use the standard pack's image (rules/pack.kbin missing or"
                    + " stale? build the rules module): " + last);
        }
        extra.put("coldStartLast", last);
        return processRow("cold", "first findings, fresh process (JVM start to findings)", "ms", 2500.0, false,
                times, "models + KieBase from the pack image + check of one article; Eclipse start-up not included");
    }

    private Row cliPeakHeap(Corpus corpus, String id, String heapOption) throws Exception {
        Path dir = out.resolve("cli-corpus");
        if (!Files.isDirectory(dir)) {
            corpus.writeFiles(dir, 1000);
        }
        Path gcLog = out.resolve(id + "-gc.log");
        Files.deleteIfExists(gcLog);
        String javaOpts = heapOption + " -Xlog:gc,gc+heap+exit:file=" + gcLog + ":uptime,level,tags";
        Path launcher = repo.resolve("factcheck");
        long t0 = System.nanoTime();
        List<String> cmd = List.of("bash", launcher.toString(), dir.toString());
        // without the start-up cache: these options would make one of their own (a training run) first
        exec(cmd, Map.of("FACTCHECK_JAVA_OPTS", javaOpts, "FACTCHECK_JAVA_HOME", System.getProperty("java.home"),
                "FACTCHECK_STARTUP_CACHE", "off"),
                out.resolve(id + "-report.txt"));
        double wall = (System.nanoTime() - t0) / 1e9;
        String log = Files.readString(gcLog);
        double peakBefore = 0;
        double maxAfter = 0;
        int gcs = 0;
        Matcher m = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)").matcher(log);
        while (m.find()) {
            gcs++;
            peakBefore = Math.max(peakBefore, Double.parseDouble(m.group(1)));
            maxAfter = Math.max(maxAfter, Double.parseDouble(m.group(2)));
        }
        Matcher exit = Pattern.compile("used (\\d+)K").matcher(log);
        double atExit = 0;
        if (exit.find()) {
            atExit = Double.parseDouble(exit.group(1)) / 1024;
        }
        double peak = Math.max(peakBefore, atExit);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("javaOptions", heapOption);
        run.put("seconds", Math.round(wall * 10) / 10.0);
        run.put("articlesPerSecondWithStartup", Math.round(1000 / wall * 10) / 10.0);
        run.put("gcCount", gcs);
        run.put("peakUsedMB", peak);
        run.put("maxAfterGcMB", maxAfter);
        extra.put(id, run);
        System.out.printf(Locale.ROOT, "bench: CLI on 1,000 articles%s: %.1f s, %d GCs, peak used %.0f MB, max after GC %.0f MB%n",
                heapOption.isEmpty() ? "" : " with " + heapOption, wall, gcs, peak, maxAfter);
        String what = heapOption.isEmpty() ? "peak heap, command line on 1,000 articles"
                : "  same with " + heapOption + " (" + String.format(Locale.ROOT, "%.0f s, %.0f articles/s", wall, 1000 / wall) + ")";
        return new Row(id, what, "MB", heapOption.isEmpty() ? 512.0 : null, false, peak, maxAfter, peak,
                1, null, "peak used heap (before-GC maximum and at exit, GC log); min column = max live after a GC; "
                        + (heapOption.isEmpty() ? "default JVM heap settings" : heapOption) + ", text report, --jobs = cores");
    }

    /**
     * ./factcheck as a user runs it, process start to exit: the seed sample alone, and the Wikinews
     * folder (generated articles when it is absent), each with and without the start-up cache.
     */
    private List<Row> cliEndToEnd(Corpus corpus) throws Exception {
        Path logs = out.resolve("cli-end-to-end");
        Files.createDirectories(logs);
        Path article = repo.resolve("samples/us-china-talks-2021-11-10.article");
        Path folder = Corpus.SHARED;
        if (!Files.isDirectory(folder)) {
            folder = out.resolve("cli-folder");
            corpus.writeFiles(folder, 171);
        }
        long files;
        try (var walk = Files.walk(folder)) {
            files = walk.filter(f -> f.toString().matches(".*\\.(article|md|txt)$")).count();
        }
        CliEndToEnd cli = new CliEndToEnd(repo.resolve("factcheck"), System.getProperty("java.home"), logs);
        Double creation = cli.prepareCache(article);
        int runs = quick ? 3 : 7;
        List<CliEndToEnd.Run> one = cli.repeat(List.of(article.toString()), true, runs, "one-cache");
        List<CliEndToEnd.Run> oneCold = cli.repeat(List.of(article.toString()), false, runs, "one-nocache");
        List<CliEndToEnd.Run> all = cli.repeat(List.of(folder.toString()), true, quick ? 1 : 3, "folder-cache");
        List<CliEndToEnd.Run> allCold = cli.repeat(List.of(folder.toString()), false, quick ? 1 : 3, "folder-nocache");
        System.out.printf(Locale.ROOT, "bench: command line, one article: with cache %s; without %s%n",
                CliEndToEnd.describe(one), CliEndToEnd.describe(oneCold));
        System.out.printf(Locale.ROOT, "bench: command line, %d files: with cache %s; without %s%n", files,
                CliEndToEnd.describe(all), CliEndToEnd.describe(allCold));
        String folderName = folder.equals(Corpus.SHARED) ? "Wikinews 2019 folder" : "generated folder";
        List<Row> rows = new ArrayList<>();
        rows.add(cliRow("cli-one", "command line, one article, process start to exit", 900.0, one,
                "./factcheck on the seed sample (bash launcher + JVM), start-up cache in use"));
        rows.add(cliRow("cli-one-nocache", "  same without the start-up cache", null, oneCold, "FACTCHECK_STARTUP_CACHE=off"));
        if (creation != null) {
            rows.add(new Row("cli-cache", "  making the start-up cache (first run after a build)", "ms", null, false, creation,
                    creation, creation, 1, null, "training run over samples/ + the run itself"));
        }
        rows.add(folderRow("cli-folder", String.format(Locale.ROOT, "command line, %s (%d files), with start-up", folderName, files),
                45.0, all, files, "articles per second of wall time, process start to exit, --jobs = cores, start-up cache in use"));
        rows.add(folderRow("cli-folder-nocache", "  same without the start-up cache", null, allCold, files,
                "FACTCHECK_STARTUP_CACHE=off"));
        return rows;
    }

    private static Row cliRow(String id, String what, Double budget, List<CliEndToEnd.Run> runs, String note) {
        Row r = processRow(id, what, "ms", budget, false, runs.stream().map(CliEndToEnd.Run::wallMs).toList(), note);
        return new Row(r.id(), r.what(), r.unit(), r.budget(), r.atLeast(), r.median(), r.min(), r.max(), r.samples(),
                CliEndToEnd.median(runs.stream().map(CliEndToEnd.Run::cpuMs).toList()), r.note());
    }

    private static Row folderRow(String id, String what, Double budget, List<CliEndToEnd.Run> runs, long files, String note) {
        List<Double> rates = runs.stream().map(r -> files * 1000.0 / r.wallMs()).toList();
        Row r = processRow(id, what, "articles/s", budget, true, rates, note);
        return new Row(r.id(), r.what(), r.unit(), r.budget(), r.atLeast(), r.median(), r.min(), r.max(), r.samples(),
                CliEndToEnd.median(runs.stream().map(CliEndToEnd.Run::cpuMs).toList()) / files, r.note());
    }

    /** Change-to-diagnostics latency of ./factcheck --lsp on the 1,000-word article (LspLatency). */
    private Row lspLatency(String article1000) throws Exception {
        LspLatency latency = new LspLatency();
        List<Double> times = latency.measure(repo.resolve("factcheck"), System.getProperty("java.home"), article1000,
                quick ? 20 : 60, quick ? 10 : 30);
        System.out.printf(Locale.ROOT, "bench: language server, %d edits: %s ms; server CPU %s ms per edit%n", times.size(),
                times, latency.cpuMsPerEdit);
        Row r = processRow("lsp", "language server: diagnostics after a change, warm", "ms", 100.0, false, times,
                "./factcheck --lsp, 1,000-word article, one-character didChange to publishDiagnostics over the pipe;"
                        + " edits after a pause are checked at once (debounce only within bursts)");
        return new Row(r.id(), r.what(), r.unit(), r.budget(), r.atLeast(), r.median(), r.min(), r.max(), r.samples(),
                latency.cpuMsPerEdit, r.note());
    }

    private Path packDir() {
        return repo.resolve("rules/pack");
    }

    static Row processRow(String id, String what, String unit, Double budget, boolean atLeast, List<Double> values,
            String note) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Row(id, what, unit, budget, atLeast, median, sorted.get(0), sorted.get(n - 1), n, null, note);
    }

    private String exec(List<String> cmd, Map<String, String> env, Path stdoutFile) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false)
                .redirectOutput(stdoutFile.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + cmd);
        }
        if (p.exitValue() != 0 && p.exitValue() != 1) { // 1: findings (./factcheck)
            throw new IllegalStateException("exit code " + p.exitValue() + ": " + cmd);
        }
        return Files.readString(stdoutFile);
    }

    // ---------------------------------------------------------------- report

    private List<Row> rows(Row cold, Row coldDrl, Row heap, Row heap512) {
        List<Row> rows = new ArrayList<>();
        rows.add(jmhRow("check", "CheckBench.check", "full check, 1,000-word article, 1 thread, warm", "ms", 40.0, false, null));
        rows.add(jmhRow("check-unseen", "CheckBench.checkUnseenWords", "  same, words never seen (empty lemma cache)", "ms", null,
                false, "worst case of a warm process"));
        rows.add(jmhRow("recheck", "CheckBench.recheckAfterEdit", "re-check after a one-character edit (parse + check)",
                "ms", 60.0, false, "marker update in the Eclipse workspace not included"));
        rows.add(cold != null ? cold : new Row("cold", "first findings, fresh process", "ms", 2500.0, false, null, null, null, 0, null, "not run"));
        if (coldDrl != null) {
            rows.add(coldDrl);
        }
        rows.add(jmhRow("batch", "BatchBench.checkArticle", "batch, ~1,200-word real articles, 2 threads", "articles/s", 50.0,
                true, "min/max over iterations"));
        rows.add(heap != null ? heap : new Row("cli-heap", "peak heap, command line on 1,000 articles", "MB", 512.0, false, null, null, null, 0, null, "not run"));
        if (heap512 != null) {
            rows.add(heap512);
        }
        rows.add(jmhRow("kiebase", "RulesBench.kieBaseBuild", "standard pack KieBase build, warm", "ms", 300.0, false,
                "from the image the build precompiles (rules/pack.kbin)"));
        rows.add(jmhRow("kiebase-drl", "RulesBench.kieBaseCompileDrl", "  same, compiling the DRL (pack without image)", "ms",
                null, false, "DRL parser + ECJ; edited and workspace packs take this path"));
        rows.add(jmhRow("sandbox", "RulesBench.sandboxCheck", "  of both: pack sandbox check (DRL + bytecode)", "ms",
                null, false, "part of either row above; metering the classes is in them too"));
        rows.add(jmhRow("models", "ModelLoadBench.loadModels", "stage: load the 4 OpenNLP models", "ms", null, false, null));
        rows.add(jmhRow("kb", "KbLoadBench.load", "stage: knowledge base from the pack's YAML/JSON", "ms", null, false, null));
        rows.add(kbSize());
        rows.add(jmhRow("nlp", "NlpBench.pipeline", "stage: NLP pipeline (sent+tok+POS+lemma)", "ms", null, false, null));
        rows.add(jmhRow("nlp-sent", "NlpBench.sentences", "  NLP: sentence detection", "ms", null, false, null));
        rows.add(jmhRow("nlp-tok", "NlpBench.tokens", "  NLP: tokenizer", "ms", null, false, null));
        rows.add(jmhRow("nlp-pos", "NlpBench.posTags", "  NLP: POS tagger", "ms", null, false, null));
        rows.add(jmhRow("nlp-lemma", "NlpBench.lemmasCore", "  NLP: lemmatizer (core, cached)", "ms", null, false, null));
        rows.add(jmhRow("nlp-lemma-opennlp", "NlpBench.lemmasOpenNlp", "  NLP: lemmatizer (OpenNLP LemmatizerME, before)", "ms", null,
                false, null));
        rows.add(jmhRow("quotes", "ExtractBench.quotes", "stage: quotes", "ms", null, false, null));
        rows.add(jmhRow("attributions", "ExtractBench.attributions", "stage: attributions", "ms", null, false, null));
        rows.add(jmhRow("temporal", "ExtractBench.temporal", "stage: temporal normalisation", "ms", null, false, null));
        rows.add(jmhRow("persons", "ExtractBench.persons", "stage: persons and titles", "ms", null, false, null));
        rows.add(jmhRow("claims", "ExtractBench.claims", "stage: claims", "ms", null, false, null));
        rows.add(jmhRow("analyze", "ExtractBench.analyze", "stage: whole analysis (NLP + extractors)", "ms", null, false, null));
        rows.add(jmhRow("fire", "RulesBench.fire", "stage: rule firing per article", "ms", null, false, null));
        return rows;
    }

    /** The size of the knowledge base the "kb" row loads: terms, with people, offices and bytes in the note. */
    private static Row kbSize() {
        var data = Fixtures.standardPack().data();
        KnowledgeBase kb = KnowledgeBase.load(data);
        long bytes = data.entrySet().stream().filter(e -> e.getKey().startsWith(KnowledgeBase.DATA_PREFIX))
                .mapToLong(e -> e.getValue().length).sum();
        double terms = kb.termCount();
        String what = String.format(Locale.ROOT, "  knowledge base: %,d people, %d offices, %,d KB", kb.people().size(),
                kb.offices().size(), bytes / 1024);
        return new Row("kb-size", what, "terms", null, false, terms, terms, terms, 1, null, "size of the data the kb row loads");
    }

    private void print(List<Row> rows, long seconds) {
        System.out.println();
        System.out.printf(Locale.ROOT, "Factcheck benchmarks: %d cores, JDK %s (%s), %s; %d s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), quick ? "quick settings" : "standard settings", seconds);
        System.out.printf(Locale.ROOT, "load average (1 min) at start %.1f, at end %.1f: wall-clock figures grow with other work on the machine;%n"
                + "cpu = process CPU time per operation (all JVM threads), near what an idle machine takes%n",
                loadAverages.get(0), loadAverages.get(loadAverages.size() - 1));
        System.out.printf(Locale.ROOT, "%-54s %12s %10s %21s %-6s %-10s %s%n", "what", "budget", "median", "min .. max", "", "unit", "cpu ms/op");
        for (Row r : rows) {
            String budget = r.budget() == null ? "" : (r.atLeast() ? ">= " : "<= ") + fmt(r.budget());
            String range = r.min() == null ? "" : fmt(r.min()) + " .. " + fmt(r.max());
            System.out.printf(Locale.ROOT, "%-54s %12s %10s %21s %-6s %-10s %s%n", r.what(), budget,
                    r.median() == null ? "-" : fmt(r.median()), range, r.verdict(), r.unit(),
                    r.cpuMsPerOp() == null ? "" : fmt(r.cpuMsPerOp()));
        }
        System.out.println("results: " + out.resolve("results.json"));
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String fmt(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private void writeJson(List<Row> rows, long seconds) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("time", Instant.now().toString());
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("jdk", System.getProperty("java.version") + " " + System.getProperty("java.vm.name"));
        json.put("settings", quick ? "quick" : "standard");
        json.put("durationSeconds", seconds);
        json.put("loadAverageStart", loadAverages.get(0));
        json.put("loadAverageEnd", loadAverages.get(loadAverages.size() - 1));
        json.putAll(extra);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("what", r.what());
            m.put("unit", r.unit());
            m.put("budget", r.budget());
            m.put("budgetIs", r.budget() == null ? null : r.atLeast() ? "minimum" : "maximum");
            m.put("median", r.median());
            m.put("min", r.min());
            m.put("max", r.max());
            m.put("samples", r.samples());
            m.put("cpuMsPerOp", r.cpuMsPerOp());
            m.put("verdict", r.verdict());
            m.put("note", r.note());
            list.add(m);
        }
        json.put("rows", list);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("results.json").toFile(), json);
    }
}
