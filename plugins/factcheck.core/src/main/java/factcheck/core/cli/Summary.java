package factcheck.core.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import factcheck.core.findings.Finding;
import factcheck.core.findings.Severity;

/**
 * Counts of a run for the closing line on stderr in text mode, e.g.
 * {@code 12 files checked in 1.8 s: 3 errors, 10 warnings, 4 infos}.
 */
final class Summary {

    private final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    private int files;
    private int failed;

    void checked(List<Finding> reported) {
        files++;
        reported.forEach(f -> bySeverity.merge(f.severity(), 1, Integer::sum));
    }

    void failed() {
        files++;
        failed++;
    }

    int count(Severity severity) {
        return bySeverity.getOrDefault(severity, 0);
    }

    String line(long elapsedNanos) {
        StringBuilder sb = new StringBuilder();
        sb.append(plural(files, "file")).append(" checked in ")
                .append(String.format(Locale.ROOT, "%.1f s", elapsedNanos / 1e9)).append(": ")
                .append(plural(count(Severity.ERROR), "error")).append(", ")
                .append(plural(count(Severity.WARNING), "warning")).append(", ")
                .append(plural(count(Severity.INFO), "info"));
        if (failed > 0) {
            sb.append("; ").append(plural(failed, "file")).append(" could not be checked");
        }
        return sb.toString();
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
