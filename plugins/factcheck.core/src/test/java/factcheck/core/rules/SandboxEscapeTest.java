package factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import factcheck.core.Analyzer;
import factcheck.core.CheckResult;
import factcheck.core.FactChecker;
import factcheck.core.article.ArticleParser;

/**
 * Escape attempts against the rule pack sandbox, one DRL each in {@code sandbox/escapes/} with its
 * expected outcome in its first line: {@code refused SYMBOL} (the pack is refused at load with a
 * diagnostic naming the file and that symbol) or {@code contained MESSAGE} (the rule runs and is
 * stopped, the article gets a problem naming the rule, another pack's findings still arrive). Either
 * way, no side effect may remain: the file, the preference, the thread, the log level, the property.
 */
class SandboxEscapeTest {

    private static final Path ESCAPE_FILE = Path.of("/tmp/factcheck-sandbox-escape.txt");
    private static final String TEXT = "date 2018-04-09 Council\n\nThe library was opened by Lena Park.\n";
    private static final String GOOD = "package good\nimport factcheck.core.nlp.Token\nglobal factcheck.core.rules.FindingSink findings\n"
            + "rule \"names\"\nwhen\n    $t : Token( pos == \"PROPN\" )\nthen\n    findings.report(drools, $t.start(), $t.end(), \"name\");\nend\n";

    private final FactChecker checker = new FactChecker(new Analyzer(),
            new RuleEngine(RuleEngine.class.getClassLoader(), new EngineLimits(500, Duration.ofSeconds(20), 2_000_000, 64L << 20)));
    private Level rootLevel;
    private Set<String> threadsBefore;

    static Stream<String> escapes() throws IOException, URISyntaxException {
        Path dir = Path.of(SandboxEscapeTest.class.getResource("/sandbox/escapes").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted().toList().stream();
        }
    }

    @Test
    void theSuiteHasAtLeastThirtyDistinctAttempts() throws Exception {
        assertTrue(escapes().count() >= 30);
    }

    @org.junit.jupiter.api.BeforeAll
    static void warmUp() throws Exception {
        // the engine's and Drools' own threads (watchdog, timers) start with the first pack, and the
        // preferences' sync timer with the first look at them (noSideEffects looks): not a rule's doing
        Preferences.userRoot();
        FactChecker warm = new FactChecker(new Analyzer(), new RuleEngine());
        RulePack good = RulePackLoader.load(new MemoryPackSource("good").rule("names", GOOD, "title", "info"));
        warm.check(ArticleParser.parse("t.article", TEXT), List.of(warm.engine().compile(good)), RuleSettings.DEFAULTS);
    }

    @BeforeEach
    void snapshot() throws IOException {
        Files.deleteIfExists(ESCAPE_FILE);
        rootLevel = Logger.getLogger("").getLevel();
        threadsBefore = threadNames();
    }

    @AfterEach
    void noSideEffects() throws BackingStoreException {
        assertFalse(Files.exists(ESCAPE_FILE), "a rule wrote a file");
        assertFalse(Preferences.userRoot().nodeExists("factcheck-sandbox-escape"), "a rule wrote a preference");
        assertEquals(rootLevel, Logger.getLogger("").getLevel(), "a rule changed the log level");
        assertNull(System.getProperty("factcheck.sandbox.escape"), "a rule set a system property");
        Set<String> started = threadNames();
        started.removeAll(threadsBefore);
        assertEquals(Set.of(), started, "a rule started threads");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void everyAttemptIsRefusedOrContained(String file) throws Exception {
        String drl = read(file);
        String expect = drl.lines().findFirst().orElseThrow().replaceFirst("^// expect: ", "");
        String outcome = expect.substring(0, expect.indexOf(' '));
        String what = expect.substring(expect.indexOf(' ') + 1);
        MemoryPackSource hostile = new MemoryPackSource("hostile").rule(file.replace(".drl", ""), drl.replace("rule \"attack\"",
                "rule \"" + file.replace(".drl", "") + "\""), "style", "info");
        CompiledPack compiled = checker.engine().compile(RulePackLoader.load(hostile));
        if (outcome.equals("refused-by-compiler")) {
            // the DRL compiler itself cannot read it: refused before the sandbox is asked
            assertFalse(compiled.usable(), "the pack must be refused: " + file);
            assertTrue(compiled.diagnostics().stream().anyMatch(d -> d.message().contains(what) && d.file().equals(file)),
                    () -> compiled.diagnostics().toString());
        } else if (outcome.equals("refused")) {
            assertFalse(compiled.usable(), "the pack must be refused: " + file);
            List<Diagnostic> sandbox = compiled.diagnostics().stream()
                    .filter(d -> d.message().startsWith("refused by the rule pack sandbox")).toList();
            assertFalse(sandbox.isEmpty(), () -> "refused, but not by the sandbox: " + compiled.diagnostics());
            assertTrue(sandbox.stream().anyMatch(d -> d.message().contains(what)),
                    () -> "a diagnostic should name " + what + ": " + compiled.diagnostics());
            assertTrue(sandbox.stream().allMatch(d -> d.file().equals(file)), () -> "each names the file: " + sandbox);
            assertTrue(sandbox.stream().allMatch(d -> d.line() > 0), () -> "each names a line: " + sandbox);
        } else {
            assertTrue(compiled.usable(), () -> "a contained attempt compiles: " + compiled.diagnostics());
            RulePack good = RulePackLoader.load(new MemoryPackSource("good").rule("names", GOOD, "title", "info"));
            CheckResult r = checker.check(ArticleParser.parse("t.article", TEXT), List.of(compiled, checker.engine().compile(good)),
                    RuleSettings.DEFAULTS);
            assertEquals(1, r.problems().size(), () -> "one problem: " + r.problems());
            assertEquals(file.replace(".drl", ""), r.problems().get(0).ruleId());
            assertTrue(r.problems().get(0).message().contains(what), () -> r.problems().get(0).message());
            assertEquals(2, r.findings().stream().filter(f -> f.ruleId().equals("names")).count(),
                    "the other pack's findings still arrive");
        }
    }

    @Test
    void nothingSurvivesFromOneArticleToTheNext() throws Exception {
        // The only mutable place a rule can reach is what it makes during one article: run a rule that
        // counts in the one list it can keep (a fact it inserted) over two articles; each starts at one.
        String drl = "package counting\nimport factcheck.core.nlp.Token\nimport java.util.ArrayList\n"
                + "global factcheck.core.rules.FindingSink findings\n"
                + "rule \"count\"\nwhen\n    $t : Token( pos == \"PROPN\", text == \"Lena\" )\n    $l : ArrayList() from collect( Token( pos == \"PROPN\", text == \"Lena\" ) )\nthen\n"
                + "    findings.report(drools, $t.start(), $t.end(), \"seen \" + $l.size());\nend\n";
        CompiledPack pack = checker.engine().compile(RulePackLoader.load(new MemoryPackSource("c").rule("count", drl, "style", "info")));
        assertTrue(pack.usable(), pack.diagnostics().toString());
        for (int i = 0; i < 2; i++) {
            CheckResult r = checker.check(ArticleParser.parse("t.article", TEXT), List.of(pack), RuleSettings.DEFAULTS);
            assertEquals("seen 1", r.findings().get(0).message());
        }
    }

    private static String read(String file) throws IOException {
        try (InputStream in = SandboxEscapeTest.class.getResourceAsStream("/sandbox/escapes/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
