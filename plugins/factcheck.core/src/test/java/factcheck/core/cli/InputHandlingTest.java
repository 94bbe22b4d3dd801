package factcheck.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Standard input, directory recursion and inputs that cannot be checked. */
class InputHandlingTest {

    @TempDir
    Path dir;
    CommandRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CommandRunner(dir);
    }

    private CommandRunner.Run words(String... args) {
        List<String> all = new ArrayList<>(List.of("--no-default-rules"));
        all.addAll(List.of(args));
        return cli.runWithWords(all.toArray(String[]::new));
    }

    @Test
    void dashReadsStandardInput() {
        CommandRunner.Run run = cli.stdin("The mayor allegedly took it.\n").runWithWords("--no-default-rules", "-");
        assertEquals(List.of("<stdin>:1:11: error: Hedge word \"allegedly\" [test.allegedly]"), run.outLines());
        assertEquals(ExitCode.FINDINGS, run.exit());
    }

    @Test
    void directoriesAreSearchedForArticlesMarkdownAndText() throws IOException {
        String body = "The mayor allegedly took it.\n";
        cli.write("news/b.md", body);
        cli.write("news/a.article", body);
        cli.write("news/sub/c.txt", body);
        cli.write("news/page.html", body);
        cli.write("news/data.json", body);
        cli.write("news/.git/d.txt", body);
        CommandRunner.Run run = words("--format", "json", "news");
        List<String> files = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(run.out())) {
            files.add(f.get("file").asText());
        }
        assertEquals(List.of("news/a.article", "news/b.md", "news/sub/c.txt"), files);
        assertEquals(ExitCode.FINDINGS, run.exit());
    }

    @Test
    void badInputsAreReportedOnOneLineEachAndTheOthersStillChecked() throws IOException {
        cli.write("first.txt", "The mayor allegedly took it.\n");
        byte[] invalid = "The mayor se\u00f1or took it.".getBytes(StandardCharsets.UTF_8);
        invalid[13] = (byte) 0x28; // cut the two-byte sequence C3 B1 after its first byte
        cli.write("notes.txt", invalid);
        cli.write("image.md", new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0, 1});
        cli.write("header.article", "date 2024-13-45 Broken\n\nThe mayor allegedly took it.\n");
        cli.write("last.txt", "The clerk allegedly knew.\n");
        CommandRunner.Run run = words("first.txt", "missing.txt", "notes.txt", "image.md", "header.article",
                "last.txt");
        assertEquals(ExitCode.ERROR, run.exit());
        assertEquals(List.of("first.txt:1:11: error: Hedge word \"allegedly\" [test.allegedly]",
                "last.txt:1:11: error: Hedge word \"allegedly\" [test.allegedly]"), run.outLines());
        List<String> err = run.errLines();
        assertEquals("factcheck: missing.txt: no such file or directory", err.get(0));
        assertEquals("factcheck: notes.txt: invalid UTF-8: malformed byte sequence at byte offset 12 (0xC3)",
                err.get(1));
        assertEquals("factcheck: image.md: binary data: NUL byte at byte offset 6; not a text article", err.get(2));
        assertTrue(err.get(3).startsWith("factcheck: header.article: bad article header at 1:6: "), err.get(3));
        assertTrue(err.get(4).matches("6 files checked in .*: 2 errors, 0 warnings, 0 infos; 4 files could not be checked"),
                err.get(4));
        assertEquals(5, err.size(), run.err());
    }

    @Test
    void aDirectoryWithoutArticlesIsMentioned() throws IOException {
        cli.write("empty/readme.html", "nothing");
        CommandRunner.Run run = words("empty");
        assertTrue(run.err().contains("factcheck: empty: no *.article, *.md or *.txt files"), run.err());
    }

    @Test
    void explicitFilesAreCheckedWhateverTheirExtension() throws IOException {
        cli.write("story.text", "The mayor allegedly took it.\n");
        assertEquals(ExitCode.FINDINGS, words("story.text").exit());
    }
}
