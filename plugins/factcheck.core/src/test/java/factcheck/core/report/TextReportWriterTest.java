package factcheck.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import factcheck.core.article.ArticleFormatException;
import factcheck.core.article.ArticleParser;
import factcheck.core.findings.Category;
import factcheck.core.findings.Finding;
import factcheck.core.findings.Severity;

/** Plain lines when piped, colours and blank lines between files on a terminal. */
class TextReportWriterTest {

    private static String write(boolean color) throws IOException, ArticleFormatException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ReportWriter writer = ReportFormat.TEXT.create(new ReportContext(out, "factcheck", "1", null, List.of(), false,
                color));
        String text = "Experts say so.\n";
        Finding f = new Finding("r.one", "p", Category.STYLE, Severity.ERROR, "Two\nlines", 0, 11, 1, 1, List.of());
        writer.file(FileReport.checked("a.txt", "a.txt", ArticleParser.parse("a.txt", text), List.of(f), List.of()));
        writer.file(FileReport.checked("b.txt", "b.txt", ArticleParser.parse("b.txt", text), List.of(f), List.of()));
        writer.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void plainWhenPiped() throws Exception {
        assertEquals("a.txt:1:1: error: Two lines [r.one]\nb.txt:1:1: error: Two lines [r.one]\n",
                write(false).replace("\r\n", "\n"));
    }

    @Test
    void colouredAndGroupedOnATerminal() throws Exception {
        String out = write(true);
        assertTrue(out.contains("\u001B[31m"), out);
        String plain = out.replaceAll("\u001B\\[[0-9;]*m", "").replace("\r\n", "\n");
        assertEquals("a.txt:1:1: error: Two lines [r.one]\n\nb.txt:1:1: error: Two lines [r.one]\n", plain);
    }
}
