package factcheck.core.report;

import java.util.List;

import factcheck.core.annotation.Annotation;
import factcheck.core.article.Article;
import factcheck.core.article.LineMap;
import factcheck.core.findings.Finding;

/**
 * What the report writers get for one input file: the checked article with the findings to show
 * (already filtered by the caller's minimum severity) and, on request, the engine's annotations; or,
 * when the file could not be checked, the one-line reason.
 *
 * @param file        the name to show (the path as given on the command line, or {@code <stdin>})
 * @param uri         the file as a URI reference relative to the working directory, forward slashes
 *                    (SARIF and other tools that want URIs)
 * @param article     the decoded article, or null when the file could not be checked
 * @param findings    findings to report, in text order
 * @param annotations annotations to report (empty unless requested)
 * @param error       why the file could not be checked, or null
 */
public record FileReport(String file, String uri, Article article, List<Finding> findings,
        List<Annotation> annotations, String error) {

    public FileReport {
        findings = List.copyOf(findings);
        annotations = List.copyOf(annotations);
    }

    /** A report for a file that was checked. */
    public static FileReport checked(String file, String uri, Article article, List<Finding> findings,
            List<Annotation> annotations) {
        return new FileReport(file, uri, article, findings, annotations, null);
    }

    /** A report for a file that could not be read, decoded or parsed. */
    public static FileReport failed(String file, String uri, String error) {
        return new FileReport(file, uri, null, List.of(), List.of(), error);
    }

    public boolean failed() {
        return error != null;
    }

    /** Line numbering of the article text; call once per file, it scans the text. */
    public LineMap lineMap() {
        return new LineMap(article == null ? "" : article.text());
    }
}
