package factcheck.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code --format checkstyle} is well-formed XML in the shape CI servers read. */
class CheckstyleOutputTest {

    @TempDir
    Path dir;

    @Test
    void findingsAndFailuresAsCheckstyleXml() throws Exception {
        CommandRunner cli = new CommandRunner(dir);
        cli.write("a.txt", "The mayor \u201callegedly\u201d took a very large sum & <more>.\n");
        CommandRunner.Run run = cli.runWithWords("--no-default-rules", "--format", "checkstyle", "a.txt", "gone.txt");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("checkstyle", root.getTagName());
        NodeList files = root.getElementsByTagName("file");
        assertEquals(2, files.getLength());
        Element a = (Element) files.item(0);
        assertEquals("a.txt", a.getAttribute("name"));
        NodeList errors = a.getElementsByTagName("error");
        assertEquals(2, errors.getLength());
        Element first = (Element) errors.item(0);
        assertEquals("1", first.getAttribute("line"));
        assertEquals("12", first.getAttribute("column"));
        assertEquals("error", first.getAttribute("severity"));
        assertEquals("Hedge word \"allegedly\"", first.getAttribute("message"));
        assertEquals("test.allegedly", first.getAttribute("source"));
        assertEquals("info", ((Element) errors.item(1)).getAttribute("severity"));
        Element gone = (Element) ((Element) files.item(1)).getElementsByTagName("error").item(0);
        assertEquals("no such file or directory", gone.getAttribute("message"));
        assertEquals(ExitCode.ERROR, run.exit());
    }
}
