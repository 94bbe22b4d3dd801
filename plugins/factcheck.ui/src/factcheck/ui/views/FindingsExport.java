package factcheck.ui.views;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import factcheck.core.article.Article;
import factcheck.core.article.ArticleFormatException;
import factcheck.core.article.ArticleParser;
import factcheck.core.article.LineMap;
import factcheck.core.findings.Category;
import factcheck.core.findings.Finding;
import factcheck.core.findings.Fix;
import factcheck.core.findings.Severity;
import factcheck.core.report.FileReport;
import factcheck.core.report.ReportContext;
import factcheck.core.report.ReportFormat;
import factcheck.core.report.ReportWriter;
import factcheck.core.report.RuleInfo;
import factcheck.core.rules.RulePack;
import factcheck.workspace.FactcheckWorkspace;
import factcheck.workspace.check.ArticleFiles;
import factcheck.workspace.markers.FindingMarkers;

/**
 * Writes the findings (as the markers hold them: the saved state) of some article files as CSV, or
 * as JSON or SARIF with the core's report writers, exactly as the command line writes them.
 */
public final class FindingsExport {

    public enum Format {
        CSV, JSON, SARIF;

        /** By file name extension; CSV when unknown. */
        public static Format of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            return lower.endsWith(".json") ? JSON : lower.endsWith(".sarif") || lower.endsWith(".sarif.json") ? SARIF : CSV;
        }
    }

    private FindingsExport() {
    }

    /** Writes the findings of the files to {@code out}; reads the files (call off the UI thread). */
    public static void write(List<IFile> files, Format format, OutputStream out) throws IOException, CoreException {
        if (format == Format.CSV) {
            writeCsv(files, out);
            return;
        }
        PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
        ReportWriter writer = (format == Format.JSON ? ReportFormat.JSON : ReportFormat.SARIF).create(new ReportContext(
                print, "factcheck-workbench", "0.1.0", null, rules(), false, false));
        for (IFile file : files) {
            String text = ArticleFiles.read(file);
            String name = file.getFullPath().toString().substring(1);
            try {
                Article article = ArticleParser.parse(name, text);
                writer.file(FileReport.checked(name, name, article, findings(file, text), List.of()));
            } catch (ArticleFormatException e) {
                writer.file(FileReport.failed(name, name, e.getMessage()));
            }
        }
        writer.finish();
        print.flush();
    }

    private static void writeCsv(List<IFile> files, OutputStream out) throws IOException, CoreException {
        StringBuilder b = new StringBuilder("file,line,column,severity,category,rule,pack,start,end,message\r\n");
        for (IFile file : files) {
            String text = ArticleFiles.read(file);
            for (Finding f : findings(file, text)) {
                b.append(csv(file.getFullPath().toString())).append(',').append(f.line()).append(',')
                        .append(f.column()).append(',').append(f.severity().id()).append(',')
                        .append(f.category().id()).append(',').append(csv(f.ruleId())).append(',')
                        .append(csv(f.packId())).append(',').append(f.start()).append(',').append(f.end())
                        .append(',').append(csv(f.message())).append("\r\n");
            }
        }
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The file's findings rebuilt from its markers, in text order. */
    static List<Finding> findings(IFile file, String text) throws CoreException {
        LineMap lines = new LineMap(text);
        List<Finding> result = new ArrayList<>();
        IMarker[] markers = file.findMarkers(FindingMarkers.TYPE, true, IResource.DEPTH_ZERO);
        Arrays.sort(markers, Comparator.comparingInt(m -> m.getAttribute(IMarker.CHAR_START, 0)));
        for (IMarker m : markers) {
            String rule = m.getAttribute(FindingMarkers.RULE_ID, "");
            int start = Math.min(text.length(), Math.max(0, m.getAttribute(IMarker.CHAR_START, 0)));
            int end = Math.min(text.length(), Math.max(start, m.getAttribute(IMarker.CHAR_END, start)));
            String message = m.getAttribute(IMarker.MESSAGE, "");
            String suffix = " [" + rule + "]";
            if (message.endsWith(suffix)) {
                message = message.substring(0, message.length() - suffix.length());
            }
            Category category;
            try {
                category = Category.parse(m.getAttribute(FindingMarkers.CATEGORY, "style"));
            } catch (IllegalArgumentException e) {
                category = Category.STYLE;
            }
            List<Fix> fixes = FindingMarkers.fixes(m).stream()
                    .map(x -> new Fix(x.label(), x.start(), x.end(), x.replacement())).toList();
            result.add(new Finding(rule, m.getAttribute(FindingMarkers.RULE_PACK, ""), category, severity(m), message,
                    start, end, lines.line(start), lines.column(start), fixes));
        }
        return result;
    }

    private static Severity severity(IMarker m) {
        return switch (m.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING)) {
            case IMarker.SEVERITY_ERROR -> Severity.ERROR;
            case IMarker.SEVERITY_INFO -> Severity.INFO;
            default -> Severity.WARNING;
        };
    }

    private static List<RuleInfo> rules() {
        List<RuleInfo> rules = new ArrayList<>();
        for (RulePack pack : FactcheckWorkspace.get().registry().packs()) {
            pack.rules().values().stream().sorted(Comparator.comparing(r -> r.id()))
                    .forEach(r -> rules.add(new RuleInfo(pack.id(), pack.version(), r)));
        }
        return rules;
    }

    private static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
