package factcheck.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** The forms of the fact-check report: {@code md}, {@code html} and {@code json}. */
public enum FactCheckReportFormat {
    /** Markdown: a section per article with a table of claims, notes and sources below it. */
    MD("md"),
    /** A standalone HTML page (inline style, no scripts), a section per article. */
    HTML("html"),
    /** The same data as JSON: an array with an object per article. */
    JSON("json");

    private final String id;

    FactCheckReportFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return id;
    }

    /** Writes the reports of the articles, in order, as one document. */
    public void write(List<FactCheckReport> reports, Writer out) throws IOException {
        switch (this) {
            case MD -> FactCheckMarkdown.write(reports, out);
            case HTML -> FactCheckHtml.write(reports, out);
            case JSON -> FactCheckJson.write(reports, out);
        }
        out.flush();
    }

    /** Parses md, markdown, html or json, any case; the message lists the accepted names. */
    public static FactCheckReportFormat parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "md", "markdown" -> MD;
            case "html", "htm" -> HTML;
            case "json" -> JSON;
            default -> throw new IllegalArgumentException("unknown report format '" + value
                    + "' (expected md, html or json)");
        };
    }

    /** The format a file name's extension says, or null. */
    public static FactCheckReportFormat ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        try {
            return dot < 0 ? null : parse(name.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
