package factcheck.core.report;

import java.io.PrintStream;

import factcheck.core.findings.Finding;
import factcheck.core.findings.Severity;

/**
 * The default output: one line per finding, {@code path:line:col: severity: message [rule-id]}, the
 * form compilers use so that terminals and editors can jump to the spot. Findings come grouped by
 * file in input order. On a terminal the severity and rule are coloured and a blank line separates
 * the files; piped, the output is plain so that grep and scripts see exactly the lines above.
 */
final class TextReportWriter implements ReportWriter {

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";
    private static final String RED = "\u001B[31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String CYAN = "\u001B[36m";

    private final PrintStream out;
    private final boolean color;
    private boolean anyGroup;

    TextReportWriter(ReportContext context) {
        this.out = context.out();
        this.color = context.color();
    }

    @Override
    public void file(FileReport report) {
        if (report.findings().isEmpty()) {
            return;
        }
        if (color && anyGroup) {
            out.println();
        }
        anyGroup = true;
        for (Finding f : report.findings()) {
            out.println(line(report.file(), f));
        }
        out.flush();
    }

    private String line(String file, Finding f) {
        String where = file + ":" + f.line() + ":" + f.column() + ":";
        String message = oneLine(f.message());
        if (!color) {
            return where + " " + f.severity().id() + ": " + message + " [" + f.ruleId() + "]";
        }
        return BOLD + where + RESET + " " + colorOf(f.severity()) + BOLD + f.severity().id() + ":" + RESET + " "
                + message + " " + DIM + "[" + f.ruleId() + "]" + RESET;
    }

    private static String colorOf(Severity severity) {
        return switch (severity) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }

    /** Keeps one finding on one line, whatever a rule put in its message. */
    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    @Override
    public void finish() {
        out.flush();
    }
}
