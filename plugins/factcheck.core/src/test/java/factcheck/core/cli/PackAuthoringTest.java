package factcheck.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The author's kit from scratch: --new-pack creates a working pack, --test-pack runs its examples,
 * the pack checks articles with --rules, and a broken example makes --test-pack fail.
 */
class PackAuthoringTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Invocation invocation = new Invocation(new java.io.ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Terminal.NONE, dir, null, false);
        int exit = CheckCommand.run(args, invocation);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aNewPackPassesItsOwnExamplesAndChecksArticles() throws Exception {
        Run created = run("--new-pack", "courier-pack", "--pack-id", "courier.house-style");
        assertEquals(0, created.exit(), created.err());
        assertTrue(Files.isRegularFile(dir.resolve("courier-pack/pack.yaml")));

        Run tested = run("--test-pack", "courier-pack");
        assertEquals(0, tested.exit(), tested.out() + tested.err());
        assertTrue(tested.out().contains("6 passed, 0 failed"), tested.out());

        Files.writeString(dir.resolve("story.article"), "date 2024-05-02 Funds\n\nThe treasurer reportedly moved the funds.\n");
        Run checked = run("--no-default-rules", "--rules", "courier-pack", "--fail-on", "warning", "story.article");
        assertEquals(1, checked.exit(), checked.out() + checked.err());
        assertTrue(checked.out().contains("[courier.house-style.hedge-word]"), checked.out());
    }

    @Test
    void aWrongExampleMakesTheTestFailAndSaysWhy() throws Exception {
        assertEquals(0, run("--new-pack", "p").exit());
        Path meta = dir.resolve("p/style/hedge-word.yaml");
        Files.writeString(meta, Files.readString(meta).replace("match: \"allegedly\"", "match: \"the mayor\""));
        Run tested = run("--test-pack", "p");
        assertEquals(1, tested.exit(), tested.out());
        assertTrue(tested.out().contains("must cover \"the mayor\""), tested.out());
        assertTrue(tested.out().contains("5 passed, 1 failed"), tested.out());
    }

    @Test
    void aPackIsNotWrittenOverAnExistingFolder() throws Exception {
        Files.createDirectories(dir.resolve("busy"));
        Files.writeString(dir.resolve("busy/notes.txt"), "keep me");
        Run r = run("--new-pack", "busy");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not empty"), r.err());
        assertEquals("keep me", Files.readString(dir.resolve("busy/notes.txt")));
    }
}
