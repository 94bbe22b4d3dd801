package factcheck.bench;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import factcheck.bench.BenchMain.Row;

/**
 * The workbench rows: runs factcheck.ui.tests.WorkbenchBench in the real workbench (Tycho's UI test
 * harness under Xvfb, built from the sources) and turns the figures it writes into rows. The
 * harness build is part of the measurement's cost, not of its figures: the timings are taken inside
 * the running workbench. Needs xvfb-run; without it the rows say "not run".
 */
final class WorkbenchRows {

    private static final String MODULES = "releng/factcheck.target,plugins/factcheck.core,plugins/factcheck.workspace,"
            + "plugins/factcheck.ui,features/factcheck.platform.feature,rules,plugins/factcheck.ui.tests";

    private final Path repo;
    private final Path out;

    WorkbenchRows(Path repo, Path out) {
        this.repo = repo;
        this.out = out;
    }

    List<Row> measure() {
        Path results = out.resolve("workbench.properties").toAbsolutePath();
        Path log = out.resolve("workbench.log").toAbsolutePath();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try {
            Files.deleteIfExists(results);
            List<String> cmd = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "./mvnw", "-B", "-o",
                    "clean", "verify", "-pl", MODULES, "-Dfactcheck.fuzz.skip=true",
                    // failIfNoTests is on in every test module: the core runs one small test class along.
                    "-Dtest=HumanDateTest,WorkbenchBench", "-Dsurefire.failIfNoSpecifiedTests=false",
                    "-Dfactcheck.bench.workbench.out=" + results));
            if ("1".equals(System.getenv("BENCH_WORKBENCH_JFR"))) {
                // Where the time goes: a flight recording of the workbench (jfr print --events jdk.ExecutionSample).
                Path jfr = out.resolve("workbench.jfr").toAbsolutePath();
                cmd.add("-Dfactcheck.bench.jvmArgs=-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
                System.out.println("bench: workbench rows: flight recording to " + jfr);
            }
            System.out.println("bench: workbench rows: building and starting the UI harness under Xvfb (log: " + log + ") ...");
            Process p = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
            if (!Files.exists(results)) {
                return notRun("the UI harness wrote no results; see " + log);
            }
        } catch (IOException | InterruptedException e) {
            return notRun("not run: " + e.getMessage());
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(results, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            return notRun("unreadable " + results);
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String load = String.format(Locale.ROOT, "load average %.1f before, %.1f after", loadBefore, loadAfter);
        String words = p.getProperty("draftWords", "20000");
        List<Row> rows = new ArrayList<>();
        rows.add(row("wb-first-findings", "workbench: editor opened to first findings", 3000.0, p, "firstFindingsMs",
                "seed article opened once the start-up warm-up (EngineWarmUp) is done, reconciler annotations; " + load));
        rows.add(row("wb-first-markers", "  same, first markers (builder)", null, p, "firstMarkersMs", load));
        rows.add(row("wb-first-findings-at-start", "  same, opened as the window opens (waits for the warm-up)", null, p,
                "openedAtStartFindingsMs", "as the first-run welcome opens the sample; " + load));
        rows.add(row("wb-start-ready", "  workbench JVM start to engine ready", null, p, "startToEngineReadyMs",
                "UI test harness start, workbench, EngineWarmUp (models, KieBase, knowledge base, one short check); " + load));
        rows.add(row("wb-start-markers", "  workbench JVM start to first markers", null, p, "startToMarkersMs",
                "UI test harness start, workspace, warm-up, editor, check; " + load));
        rows.add(row("wb-typing", "workbench: last keystroke to annotations painted", 150.0, p, "typingLatencyMs",
                "seed article, reconciler delay included; input: " + p.getProperty("typingInput") + "; " + load));
        rows.add(row("wb-draft-stall", "  " + words + "-word draft: longest UI stall typing", 100.0, p, "draftLongestStallMs",
                "UI-thread heartbeat every 5 ms while typing and checks publish, after the opening's markers; budget ours"
                        + " (perceptible lag); UI thread's CPU in it: " + p.getProperty("draftStallCpuMs", "?") + " ms; " + load));
        rows.add(row("wb-draft-open-stall", "  " + words + "-word draft: longest UI stall opening", null, p, "draftOpenStallMs",
                "from opening the editor to the builder's markers (editor creation, first annotations, markers); UI thread's CPU"
                        + " in it: " + p.getProperty("draftOpenStallCpuMs", "?") + " ms; " + load));
        rows.add(row("wb-draft-typing", "  " + words + "-word draft: keystroke to annotations", null, p,
                "draftTypingLatencyMs", load));
        return rows;
    }

    private static Row row(String id, String what, Double budget, Properties p, String key, String note) {
        String value = p.getProperty(key, "");
        if (value.isBlank()) {
            return new Row(id, what, "ms", budget, false, null, null, null, 0, null, "no figure");
        }
        List<Double> values = Arrays.stream(value.split(",")).map(Double::parseDouble).toList();
        return BenchMain.processRow(id, what, "ms", budget, false, values, note);
    }

    private static List<Row> notRun(String why) {
        System.out.println("bench: workbench rows " + why);
        return List.of(new Row("wb-first-findings", "workbench: editor opened to first findings", "ms", 3000.0, false, null,
                null, null, 0, null, why), new Row("wb-typing", "workbench: last keystroke to annotations painted", "ms",
                150.0, false, null, null, null, 0, null, why));
    }
}
