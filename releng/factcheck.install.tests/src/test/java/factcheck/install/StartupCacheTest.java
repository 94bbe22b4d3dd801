package factcheck.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's start-up cache (releng/scripts/startup-cache.sh) as a user meets it: made on
 * first use with one line saying so, used silently afterwards, and never a reason for other findings
 * or a failed run: a damaged cache, or a stale one (made from other classes at the same place), is
 * ignored with a one-line notice and made again. (A cache made for other jars is never looked up:
 * its name carries a digest of the class path's jars.) Runs the real {@code ./factcheck} of the checkout
 * the build just made, on an article written for this test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StartupCacheTest {

    private static final String ARTICLE = """
            ---
            title: Harbour board approves ferry timetable
            dateline: 2023-05-17
            ---
            The Halden harbour board approved a new winter ferry timetable on Tuesday evening, officials said.

            "We have never had so many crossings in one season," said harbour master Ingrid Voss, adding that \
            the record was set last month.

            Some residents say the fares rose by 40 percent, according to a local report.

            Vice President Mike Pence visited the harbour on Monday.
            """;

    @TempDir
    static Path work;
    private static Path checkout;
    private static Path cacheDir;
    private static Path article;
    private static Run reference;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void withoutCache() throws Exception {
        // JDK 21-24 get an AppCDS archive instead, which the JVM checks and rewrites itself
        Assumptions.assumeTrue(Runtime.version().feature() >= 25, "the AOT cache needs JDK 25");
        checkout = Path.of(System.getProperty("factcheck.checkout"));
        assertTrue(Files.isRegularFile(checkout.resolve("rules/pack.kbin")), "build the core and the rules module first");
        cacheDir = work.resolve("cache");
        article = work.resolve("ferry.article");
        Files.writeString(article, ARTICLE, StandardCharsets.UTF_8);
        reference = run("off");
        assertTrue(reference.exit <= 1 && reference.out.contains("\"rule\""), () -> "no findings? " + reference);
        assertFalse(reference.err.contains("start-up cache"), reference::toString);
    }

    @Test
    @Order(1)
    void firstRunMakesTheCacheAndSaysSoOnce() throws Exception {
        Run first = run("on");
        assertSameReport(first);
        assertEquals(1, lines(first.err, "creating the start-up cache"), first::toString);
        List<Path> made = caches();
        assertEquals(1, made.size(), () -> "one cache for the class path: " + made);
        Run second = run("on");
        assertSameReport(second);
        assertFalse(second.err.contains("start-up cache"), "a cache that fits is used silently: " + second.err);
    }

    @Test
    @Order(2)
    void damagedCacheIsIgnoredWithOneLineAndMadeAgain() throws Exception {
        Path cache = caches().get(0);
        byte[] bytes = Files.readAllBytes(cache);
        Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length / 3)); // cut short, as a full disk leaves it
        Run damaged = run("on");
        assertSameReport(damaged);
        assertEquals(1, lines(damaged.err, "start-up cache was not used"), damaged::toString);
        assertFalse(Files.exists(cache), "the refused cache is deleted");
        Run again = run("on");
        assertSameReport(again);
        assertEquals(1, lines(again.err, "creating the start-up cache"), again::toString);
    }

    @Test
    @Order(3)
    void staleCacheIsIgnoredWithOneLine() throws Exception {
        run("on"); // a fitting cache again
        Path cache = caches().get(0);
        Path core;
        try (Stream<Path> files = Files.list(cacheDir)) {
            core = files.filter(f -> f.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        // A real cache made from other classes at the same place (as after an edit and rebuild whose
        // cache a user copied back, or a checkout moved between builds): train on a changed core jar,
        // then put the current one back.
        byte[] current = Files.readAllBytes(core);
        addEntry(core, "stale-build.txt", "another build");
        String classPath = core + ":" + checkout.resolve("plugins/factcheck.core/lib") + "/*";
        Process p = new ProcessBuilder(javaHome().resolve("bin/java").toString(), "-XX:AOTCacheOutput=" + cache,
                "-Xlog:disable", "-Dfactcheck.standardPack=" + checkout.resolve("rules/pack"), "-cp", classPath,
                "factcheck.core.cli.Main", article.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("stale.log").toFile()).start();
        boolean made = p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() <= 1 && Files.size(cache) > 0;
        assertTrue(made, "could not make the stale cache: " + read(work.resolve("stale.log")));
        Files.write(core, current);
        Run stale = run("on");
        assertSameReport(stale);
        assertEquals(1, lines(stale.err, "start-up cache was not used"), stale::toString);
        assertFalse(Files.exists(cache), "the refused cache is deleted");
    }

    @Test
    @Order(4)
    void damagedOrMissingStartupDataNeverChangesTheReport() throws Exception {
        run("on"); // a fitting cache again, with its data folder
        assertTrue(reference.out.contains("Mike Pence no longer held"), "the article's title finding comes from the knowledge base");
        // The data folder holds the verdict that the standard pack's image was checked (the knowledge
        // base itself ships in the image); a verdict file is only ever empty, so anything else in it
        // or its absence must change nothing but the time.
        Path verdict;
        try (Stream<Path> files = Files.walk(cacheDir)) {
            verdict = files.filter(f -> f.getFileName().toString().matches("image-.*\\.checked")).findFirst().orElseThrow();
        }
        Files.delete(verdict);
        assertSameReport(run("on"));
        assertTrue(Files.exists(verdict), "checked again and remembered again");
        Files.writeString(verdict, "garbage");
        assertSameReport(run("on"));
        // A knowledge-base snapshot of the folder (used for packs without an image) that is damaged
        // is made again; here none is needed, since the image ships the knowledge base.
        try (Stream<Path> files = Files.walk(cacheDir)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().matches("kb-.*\\.bin")).count());
        }
    }

    /** Rewrites the jar with one more entry (so its size and time differ, its classes not). */
    private static void addEntry(Path jar, String name, String text) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".new");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(jar));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new java.util.zip.ZipEntry(name));
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Files.move(copy, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void assertSameReport(Run run) {
        assertEquals(reference.exit, run.exit, run::toString);
        assertEquals(reference.out, run.out, "the cache must never change the report");
    }

    private static Run run(String cache) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", checkout.resolve("factcheck").toString(), "--format", "json",
                article.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(work.resolve("out.txt").toFile())
                .redirectError(work.resolve("err.txt").toFile());
        pb.environment().put("FACTCHECK_JAVA_HOME", javaHome().toString());
        pb.environment().put("FACTCHECK_STARTUP_CACHE", cache);
        pb.environment().put("FACTCHECK_STARTUP_CACHE_DIR", cacheDir.toString());
        pb.environment().remove("FACTCHECK_JAVA_OPTS");
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("./factcheck did not finish in 5 minutes");
        }
        return new Run(p.exitValue(), read(work.resolve("out.txt")), read(work.resolve("err.txt")));
    }

    private static List<Path> caches() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(f -> f.toString().endsWith(".aot")).toList();
        }
    }

    /** The JDK running the tests: the build's (25 on our machines: the AOT cache needs it). */
    private static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    private static long lines(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).count();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
