package factcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line as a user runs it: {@code ./factcheck} from process start to exit, on one article
 * and on a whole folder, with the start-up cache (releng/scripts/startup-cache.sh) and without it
 * ({@code FACTCHECK_STARTUP_CACHE=off}). Each run goes through bash, so the launcher's own work
 * counts; its CPU time (all processes of the run) comes from bash's {@code times}.
 */
final class CliEndToEnd {

    /** One measured run: wall-clock and CPU seconds. */
    record Run(double wallMs, double cpuMs) {
    }

    private final Path launcher;
    private final String javaHome;
    private final Path logs;

    CliEndToEnd(Path launcher, String javaHome, Path logs) {
        this.launcher = launcher;
        this.javaHome = javaHome;
        this.logs = logs;
    }

    /**
     * Makes sure the cache exists for the runs that use it: the first run after a build creates it
     * (a training run over the bundled samples), which is reported as its own figure.
     *
     * @return the wall-clock milliseconds of that first run, or null when the cache was there already
     */
    Double prepareCache(Path article) throws IOException, InterruptedException {
        Run first = run(List.of(article.toString()), true, "cache-prepare");
        String err = Files.readString(logs.resolve("cache-prepare.err"), StandardCharsets.UTF_8);
        return err.contains("creating the start-up cache") ? first.wallMs() : null;
    }

    /** {@code runs} runs of the same command line. */
    List<Run> repeat(List<String> args, boolean cache, int runs, String name) throws IOException, InterruptedException {
        List<Run> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            all.add(run(args, cache, name + "-" + i));
        }
        return all;
    }

    private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s\\s*$");

    private Run run(List<String> args, boolean cache, String name) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", "-c",
                "\"$0\" \"$@\" >/dev/null 2>\"$FC_BENCH_ERR\"; rc=$?; times; exit $rc", launcher.toString()));
        cmd.addAll(args);
        Path out = logs.resolve(name + ".times");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("FACTCHECK_JAVA_HOME", javaHome);
        env.put("FC_BENCH_ERR", logs.resolve(name + ".err").toString());
        env.remove("FACTCHECK_JAVA_OPTS");
        if (cache) {
            env.remove("FACTCHECK_STARTUP_CACHE");
        } else {
            env.put("FACTCHECK_STARTUP_CACHE", "off");
        }
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + cmd);
        }
        double wall = (System.nanoTime() - t0) / 1e6;
        if (p.exitValue() > 1) { // 1: findings
            throw new IllegalStateException("exit code " + p.exitValue() + " (see " + logs.resolve(name + ".err") + "): " + cmd);
        }
        // times prints the shell's own user/system time, then its children's: the second line counts
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        double cpu = Double.NaN;
        if (!lines.isEmpty()) {
            Matcher m = TIMES.matcher(lines.get(lines.size() - 1));
            if (m.find()) {
                cpu = 1000 * (60 * Double.parseDouble(m.group(1)) + Double.parseDouble(m.group(2))
                        + 60 * Double.parseDouble(m.group(3)) + Double.parseDouble(m.group(4)));
            }
        }
        return new Run(wall, cpu);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String describe(List<Run> runs) {
        return String.format(Locale.ROOT, "wall %s ms, cpu %s ms", runs.stream().map(r -> Math.round(r.wallMs())).toList(),
                runs.stream().map(r -> Math.round(r.cpuMs())).toList());
    }
}
