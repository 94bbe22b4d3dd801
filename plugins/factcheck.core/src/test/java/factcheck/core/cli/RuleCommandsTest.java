package factcheck.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code --list-rules}, {@code --explain}, {@code --version}, {@code --help}, and broken packs. */
class RuleCommandsTest {

    @TempDir
    Path dir;
    CommandRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CommandRunner(dir);
    }

    @Test
    void listRulesShowsEveryRuleWithItsSeverityAndPack() {
        CommandRunner.Run run = cli.runWithWords("--severity", "test.very=warning", "--disable", "test.allegedly",
                "--list-rules");
        assertEquals(ExitCode.CLEAN, run.exit(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("attribution.vague-source ")
                && l.endsWith("(factcheck.standard)")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("test\\.very\\s+warning\\s+style\\s+Weak intensifier"
                + "\\s+\\(test\\.words\\)")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("test\\.allegedly\\s+off\\s+.*")), run.out());
    }

    @Test
    void listRulesAsJson() throws IOException {
        CommandRunner.Run run = cli.runWithWords("--no-default-rules", "--list-rules", "--format", "json");
        JsonNode rules = new ObjectMapper().readTree(run.out());
        assertEquals(2, rules.size());
        assertEquals("test.allegedly", rules.get(0).get("id").asText());
        assertEquals("error", rules.get(0).get("severity").asText());
        assertEquals("test.words", rules.get(0).get("pack").asText());
    }

    @Test
    void explainPrintsMetadataAndExamples() {
        CommandRunner.Run run = cli.runWithWords("--explain", "test.allegedly");
        assertEquals(ExitCode.CLEAN, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("test.allegedly: Hedge word\n"), out);
        assertTrue(out.contains("category: style"), out);
        assertTrue(out.contains("severity: error"), out);
        assertTrue(out.contains("Why:\n  Test rule."), out);
        assertTrue(out.contains("flagged (\"allegedly\"):\n    The mayor allegedly took the money."), out);

        CommandRunner.Run standard = cli.run("--explain", "attribution.vague-source");
        assertEquals(ExitCode.CLEAN, standard.exit());
        assertTrue(standard.out().contains("Examples:"), standard.out());
    }

    @Test
    void explainingAnUnknownRuleIsAnError() {
        CommandRunner.Run run = cli.run("--explain", "no.such-rule");
        assertEquals(ExitCode.ERROR, run.exit());
        assertEquals("factcheck: --explain: unknown rule 'no.such-rule' (see --list-rules)", run.err().strip());
    }

    @Test
    void versionAndHelp() {
        CommandRunner.Run version = cli.run("--version");
        assertEquals(ExitCode.CLEAN, version.exit());
        assertTrue(version.out().startsWith("factcheck "), version.out());
        CommandRunner.Run help = cli.run("--help");
        assertEquals(ExitCode.CLEAN, help.exit());
        for (String option : new String[] {"--format", "--dateline", "--rules", "--no-default-rules", "--disable",
            "--severity", "--min-severity", "--fail-on", "--annotations", "--list-rules", "--explain", "--jobs"}) {
            assertTrue(help.out().contains(option), option + " missing from --help");
        }
    }

    @Test
    void aBrokenPackIsReportedAndTheOthersStillRun() throws IOException {
        cli.write("a.txt", "The mayor allegedly took it.\n");
        CommandRunner.Run run = cli.run("--no-default-rules", "--rules", CommandRunner.testPack("broken").toString(),
                "--rules", CommandRunner.testPack("words").toString(), "a.txt");
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("test.broken:style/broken.drl:9:")
                && l.contains(": error: ")), run.err());
        assertEquals("a.txt:1:11: error: Hedge word \"allegedly\" [test.allegedly]", run.out().strip());
        assertEquals(ExitCode.ERROR, run.exit(), "an incomplete check must not pass as clean");
    }

    @Test
    void aMissingPackIsReportedAndTheOthersStillRun() throws IOException {
        cli.write("a.txt", "The mayor allegedly took it.\n");
        CommandRunner.Run run = cli.runWithWords("--no-default-rules", "--rules", "nowhere", "a.txt");
        assertTrue(run.err().contains("factcheck: --rules nowhere: no such directory or jar"), run.err());
        assertTrue(run.out().contains("[test.allegedly]"), run.out());
        assertEquals(ExitCode.ERROR, run.exit());
    }
}
