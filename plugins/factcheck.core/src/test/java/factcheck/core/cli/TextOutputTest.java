package factcheck.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text output, exit codes and the options that choose which findings count. */
class TextOutputTest {

    private static final String HEDGE = "a.txt:1:11: error: Hedge word \"allegedly\" [test.allegedly]";
    private static final String VERY = "a.txt:1:28: info: Weak intensifier \"very\" [test.very]";

    @TempDir
    Path dir;
    CommandRunner cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CommandRunner(dir);
        cli.write("a.txt", "The mayor allegedly took a very large sum.\n");
        cli.write("info-only.txt", "The council spent a very large sum.\n");
        cli.write("clean.txt", "date 2024-03-07 Council\n\nThe council met on Tuesday.\n");
    }

    private CommandRunner.Run words(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--no-default-rules";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.runWithWords(all);
    }

    @Test
    void findingsAreCompilerStyleLinesAndAnErrorFails() {
        CommandRunner.Run run = words("a.txt");
        assertEquals(List.of(HEDGE, VERY), run.outLines());
        assertEquals(ExitCode.FINDINGS, run.exit());
        String summary = run.errLines().getLast();
        assertTrue(summary.matches("1 file checked in \\d+\\.\\d s: 1 error, 0 warnings, 1 info"), summary);
    }

    @Test
    void cleanFileExitsZeroWithEmptyOutput() {
        CommandRunner.Run run = words("clean.txt");
        assertEquals("", run.out());
        assertEquals(ExitCode.CLEAN, run.exit());
        assertTrue(run.err().contains("1 file checked"), run.err());
    }

    @Test
    void failOnDecidesWhichSeverityFails() {
        assertEquals(ExitCode.CLEAN, words("info-only.txt").exit());
        assertEquals(ExitCode.FINDINGS, words("--fail-on", "info", "info-only.txt").exit());
        assertEquals(ExitCode.CLEAN, words("--fail-on", "warning", "info-only.txt").exit());
    }

    @Test
    void minSeverityHidesFindingsAndHiddenOnesDoNotFail() {
        CommandRunner.Run run = words("--min-severity", "warning", "a.txt");
        assertEquals(List.of(HEDGE), run.outLines());
        assertEquals(ExitCode.FINDINGS, run.exit());
        CommandRunner.Run hidden = words("--min-severity", "warning", "--fail-on", "info", "info-only.txt");
        assertEquals("", hidden.out());
        assertEquals(ExitCode.CLEAN, hidden.exit());
    }

    @Test
    void disableSwitchesARuleOff() {
        CommandRunner.Run run = words("--disable", "test.allegedly", "a.txt");
        assertEquals(List.of(VERY), run.outLines());
        assertEquals(ExitCode.CLEAN, run.exit());
    }

    @Test
    void severityOverridesChangeLinesAndExitCode() {
        CommandRunner.Run run = words("--severity", "test.very=error", "--severity", "test.allegedly=info", "a.txt");
        assertEquals(List.of("a.txt:1:11: info: Hedge word \"allegedly\" [test.allegedly]",
                "a.txt:1:28: error: Weak intensifier \"very\" [test.very]"), run.outLines());
        assertEquals(ExitCode.FINDINGS, run.exit());
    }

    @Test
    void badOptionValuesAreUsageErrorsOnOneLine() {
        CommandRunner.Run level = words("--severity", "test.very=loud", "a.txt");
        assertEquals(ExitCode.ERROR, level.exit());
        assertEquals(1, level.errLines().size(), level.err());
        assertTrue(level.err().contains("unknown severity 'loud'"), level.err());

        CommandRunner.Run rule = words("--disable", "no.such-rule", "a.txt");
        assertEquals(ExitCode.ERROR, rule.exit());
        assertTrue(rule.err().startsWith("factcheck: --disable: unknown rule 'no.such-rule'"), rule.err());

        assertEquals(ExitCode.ERROR, words("--dateline", "2024-02-30", "a.txt").exit());
        assertEquals(ExitCode.ERROR, words("--jobs", "0", "a.txt").exit());
        assertEquals(ExitCode.ERROR, words("--format", "yaml", "a.txt").exit());
        assertEquals(ExitCode.ERROR, words().exit());
    }

    @Test
    void standardPackFlagsAVagueSource() throws IOException {
        cli.write("rates.article", "date 2024-02-01 Rate outlook\n\nEconomists say the central bank will cut rates.\n");
        CommandRunner.Run run = cli.run("rates.article");
        assertTrue(run.outLines().contains(
                run.outLines().stream().filter(l -> l.startsWith("rates.article:3:1: warning: ")
                        && l.endsWith("[attribution.vague-source]")).findFirst().orElse("missing")),
                run.out());
        assertEquals(ExitCode.CLEAN, run.exit(), run.err());
        assertEquals(ExitCode.FINDINGS, cli.run("--fail-on", "warning", "rates.article").exit());
    }

    @Test
    void withoutAStandardPackLocationSaysSo() {
        CommandRunner.Run run = new CommandRunner(dir).withoutStandardPack().run("a.txt");
        assertEquals(ExitCode.ERROR, run.exit());
        assertTrue(run.err().contains("standard pack's location is not set"), run.err());
    }
}
