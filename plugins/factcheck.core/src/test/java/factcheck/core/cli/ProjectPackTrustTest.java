package factcheck.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's own rule pack (.factcheck/rules/) arrives with a clone: the command line runs it only
 * with --project-rules and otherwise says, once, that it did not; a pack the sandbox refuses is
 * reported on stderr with its file, line and symbol while the standard pack still checks the article.
 */
class ProjectPackTrustTest {

    @TempDir
    Path project;

    private static final String RULE = String.join("\n",
            "package branch.style",
            "import factcheck.core.nlp.Token",
            "global factcheck.core.rules.FindingSink findings",
            "rule \"branch.whopping\"",
            "when",
            "    $t : Token( text == \"whopping\" )",
            "then",
            "    %s",
            "end", "");

    private void pack(String consequence) throws Exception {
        Path pack = Files.createDirectories(project.resolve(".factcheck/rules/style"));
        Files.writeString(project.resolve(".factcheck/rules/pack.yaml"), "id: branch.pack\nname: Branch\nversion: 1.0.0\n");
        Files.writeString(pack.resolve("whopping.drl"), RULE.formatted(consequence));
        Files.writeString(pack.resolve("whopping.yaml"), "id: branch.whopping\ncategory: style\nseverity: warning\ntitle: Hype\n");
        Files.createDirectories(project.resolve("stories"));
        Files.writeString(project.resolve("stories/budget.article"),
                "date 2026-03-02 Budget\n\nThe council approved a whopping budget on Monday.\n");
    }

    @Test
    void theProjectsPackRunsOnlyWhenAskedFor() throws Exception {
        pack("findings.report(drools, $t.start(), $t.end(), \"Hype: say how big\");");
        CommandRunner cli = new CommandRunner(project);
        CommandRunner.Run plain = cli.run("stories/budget.article");
        assertFalse(plain.out().contains("[branch.whopping]"), plain.out());
        assertEquals(1, plain.errLines().stream().filter(l -> l.contains("not run (pass --project-rules")).count(), plain.err());

        CommandRunner.Run asked = cli.run("--project-rules", "stories/budget.article");
        assertTrue(asked.out().contains("[branch.whopping]"), asked.out() + asked.err());
        assertFalse(asked.err().contains("not run"), asked.err());
    }

    @Test
    void aRefusedProjectPackIsReportedAndTheStandardPackStillChecks() throws Exception {
        pack("System.exit(9);");
        CommandRunner.Run run = new CommandRunner(project).run("--project-rules", "--format", "json", "stories/budget.article");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("branch.pack:style/whopping.drl:8"), run.err());
        assertTrue(run.err().contains("refused by the rule pack sandbox: java.lang.System.exit"), run.err());
        assertTrue(run.out().contains("\"findings\""), "the article is still checked: " + run.out());
    }
}
