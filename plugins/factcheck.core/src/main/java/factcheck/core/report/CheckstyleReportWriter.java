package factcheck.core.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import factcheck.core.findings.Finding;

/**
 * Checkstyle XML, which Jenkins, GitLab converters and many CI dashboards read:
 * {@code <checkstyle version="4.3"><file name=".."><error line col severity message source/>}. The
 * version is that of the format (as ESLint writes it), not ours; {@code source} is the rule id. A
 * file that could not be checked gets one error from source {@code factcheck.input}.
 */
final class CheckstyleReportWriter implements ReportWriter {

    static final String FORMAT_VERSION = "4.3";

    private final ReportContext context;
    private final Writer sink;
    private final XMLStreamWriter xml;

    CheckstyleReportWriter(ReportContext context) {
        this.context = context;
        this.sink = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(sink);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("checkstyle");
            xml.writeAttribute("version", FORMAT_VERSION);
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot start the Checkstyle XML: " + e.getMessage(), e);
        }
    }

    @Override
    public void file(FileReport report) throws IOException {
        try {
            xml.writeCharacters("  ");
            xml.writeStartElement("file");
            xml.writeAttribute("name", clean(report.file()));
            xml.writeCharacters("\n");
            if (report.failed()) {
                error(1, 1, "error", report.error(), "factcheck.input");
            }
            for (Finding f : report.findings()) {
                error(f.line(), f.column(), f.severity().id(), f.message(), f.ruleId());
            }
            xml.writeCharacters("  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void error(int line, int column, String severity, String message, String source)
            throws XMLStreamException {
        xml.writeCharacters("    ");
        xml.writeEmptyElement("error");
        xml.writeAttribute("line", Integer.toString(line));
        xml.writeAttribute("column", Integer.toString(column));
        xml.writeAttribute("severity", severity);
        xml.writeAttribute("message", clean(TextReportWriter.oneLine(message)));
        xml.writeAttribute("source", clean(source));
        xml.writeCharacters("\n");
    }

    /** XML 1.0 cannot hold most control characters even escaped; articles and messages might. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            sb.appendCodePoint(allowed ? c : 0xFFFD);
        });
        return sb.toString();
    }

    @Override
    public void finish() throws IOException {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            sink.write("\n");
            sink.flush();
            context.out().flush();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
