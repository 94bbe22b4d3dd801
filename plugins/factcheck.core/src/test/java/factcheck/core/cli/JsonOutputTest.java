package factcheck.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import factcheck.core.article.LineMap;

/** {@code --format json}: fields, offsets into the decoded text, datelines and annotations. */
class JsonOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    CommandRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CommandRunner(dir);
    }

    private JsonNode json(CommandRunner.Run run) throws IOException {
        JsonNode root = JSON.readTree(run.out());
        assertTrue(root.isArray(), run.out());
        return root;
    }

    @Test
    void oneObjectPerFileWithFindingFields() throws IOException {
        cli.write("a.article", "date 2024-02-01 Council\n\nThe mayor allegedly took a very large sum.\n");
        CommandRunner.Run run = cli.runWithWords("--no-default-rules", "--format", "json", "a.article");
        assertEquals(ExitCode.FINDINGS, run.exit());
        assertEquals("", run.err(), "JSON mode prints no summary");
        JsonNode file = json(run).get(0);
        assertEquals("a.article", file.get("file").asText());
        assertEquals("2024-02-01", file.get("dateline").asText());
        assertEquals("header-line", file.get("datelineSource").asText());
        assertFalse(file.has("annotations"));
        JsonNode f = file.get("findings").get(0);
        assertEquals("test.allegedly", f.get("rule").asText());
        assertEquals("test.words", f.get("pack").asText());
        assertEquals("style", f.get("category").asText());
        assertEquals("error", f.get("severity").asText());
        assertEquals("Hedge word \"allegedly\"", f.get("message").asText());
        assertEquals(3, f.get("line").asInt());
        assertEquals(11, f.get("column").asInt());
        assertEquals(3, f.get("endLine").asInt());
        assertEquals(20, f.get("endColumn").asInt());
        JsonNode fix = f.get("fixes").get(0);
        assertEquals("Delete 'allegedly'", fix.get("label").asText());
        assertEquals(f.get("start").asInt(), fix.get("start").asInt());
        assertEquals(f.get("end").asInt(), fix.get("end").asInt());
        assertEquals("", fix.get("replacement").asText());
        assertEquals(0, file.get("findings").get(1).get("fixes").size());
    }

    @Test
    void offsetsAreUtf16UnitsOfTheDecodedTextAlsoWithCrlfAndNonAscii() throws IOException {
        String text = "date 2024-02-01 Zürich café\r\n\r\nIn Zürich 😀 the mayor “allegedly” took a very large sum.\r\n"
                + "Économistes noted it; the clerk allegedly knew.\r\n";
        cli.write("crlf.article", text);
        JsonNode file = json(cli.runWithWords("--no-default-rules", "--format", "json", "crlf.article")).get(0);
        LineMap lines = new LineMap(text);
        List<String> flagged = new ArrayList<>();
        for (JsonNode f : file.get("findings")) {
            int start = f.get("start").asInt();
            int end = f.get("end").asInt();
            flagged.add(text.substring(start, end));
            assertEquals(lines.line(start), f.get("line").asInt());
            assertEquals(lines.column(start), f.get("column").asInt());
            assertEquals(lines.line(end), f.get("endLine").asInt());
            assertEquals(lines.column(end), f.get("endColumn").asInt());
        }
        assertEquals(List.of("allegedly", "very", "allegedly"), flagged);
        JsonNode first = file.get("findings").get(0);
        assertEquals(3, first.get("line").asInt());
        // "In Zürich " is 10 units, the emoji 2, " the mayor “" 12: the word starts at column 25.
        assertEquals(25, first.get("column").asInt());
        assertEquals(4, file.get("findings").get(2).get("line").asInt());
    }

    @Test
    void datelineOptionOverridesTheArticlesOwn() throws IOException {
        cli.write("a.article", "date 2024-02-01 Council\n\nThe council met.\n");
        cli.write("b.txt", "The council met.\n");
        JsonNode root = json(cli.runWithWords("--no-default-rules", "--format", "json", "--dateline", "2023-05-06",
                "a.article", "b.txt"));
        for (JsonNode file : root) {
            assertEquals("2023-05-06", file.get("dateline").asText());
            assertEquals("caller", file.get("datelineSource").asText());
        }
        JsonNode plain = json(cli.runWithWords("--no-default-rules", "--format", "json", "b.txt")).get(0);
        assertTrue(plain.get("dateline").isNull());
        assertTrue(plain.get("datelineSource").isNull());
    }

    @Test
    void annotationsCarryStableFieldsWhenRequested() throws IOException {
        String text = "date 2024-02-01 Talks\n\n\"We will meet,\" said Anna Berg, the minister, on Monday. "
                + "Economists say talks resumed yesterday.\n";
        cli.write("talks.article", text);
        CommandRunner.Run run = cli.run("--format", "json", "--annotations", "talks.article");
        JsonNode file = json(run).get(0);
        assertTrue(file.get("annotations").isArray(), run.out());
        for (JsonNode a : file.get("annotations")) {
            for (String field : List.of("type", "start", "end", "line", "column", "text")) {
                assertTrue(a.has(field), field + " missing in " + a);
            }
            assertEquals(text.substring(a.get("start").asInt(), a.get("end").asInt()), a.get("text").asText());
        }
        assertTrue(run.err().isEmpty() || !run.err().contains("internal error"), run.err());
    }

    @Test
    void filesThatFailAppearWithAnErrorAndNoFindings() throws IOException {
        cli.write("ok.txt", "The mayor allegedly took it.\n");
        JsonNode root = json(cli.runWithWords("--no-default-rules", "--format", "json", "missing.txt", "ok.txt"));
        assertEquals("missing.txt", root.get(0).get("file").asText());
        assertEquals("no such file or directory", root.get(0).get("error").asText());
        assertEquals(0, root.get(0).get("findings").size());
        assertEquals(1, root.get(1).get("findings").size());
    }
}
