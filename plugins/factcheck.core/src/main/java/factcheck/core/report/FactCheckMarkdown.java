package factcheck.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

import factcheck.core.ledger.LedgerRow;

/** The fact-check report as Markdown (GitHub flavour: tables). */
final class FactCheckMarkdown {

    private FactCheckMarkdown() {
    }

    static void write(List<FactCheckReport> reports, Writer out) throws IOException {
        out.write("# Fact-check report\n");
        for (FactCheckReport r : reports) {
            out.write("\n## " + inline(r.article()) + "\n\n");
            out.write("- Dateline: " + (r.dateline() == null ? "none" : r.dateline()) + "\n");
            out.write("- Rule packs: " + (r.packs().isEmpty() ? "none" : r.packs().stream()
                    .map(p -> inline(p.id()) + " " + inline(p.version())).collect(Collectors.joining(", "))) + "\n");
            out.write("- Progress: " + r.summary() + "\n\n");
            if (r.rows().isEmpty()) {
                out.write("No claims to check.\n");
                continue;
            }
            out.write("| # | Line | Claim | Rule | Status | Note | Sources |\n");
            out.write("|---|------|-------|------|--------|------|---------|\n");
            int n = 0;
            for (LedgerRow row : r.rows()) {
                n++;
                int line = r.line(row);
                out.write("| " + n + " | " + (line == 0 ? "" : line) + " | " + cell(row.anchor().claim())
                        + (row.anchor().match().isEmpty() || row.anchor().match().equals(row.anchor().claim()) ? ""
                                : " (*" + cell(row.anchor().match()) + "*)")
                        + " | `" + row.anchor().rule() + "` | **" + cell(row.label()) + "** | "
                        + cell(row.entry() == null ? "" : row.entry().note()) + " | "
                        + (row.entry() == null ? "" : row.entry().sources().stream().map(FactCheckMarkdown::source)
                                .collect(Collectors.joining("<br>")))
                        + " |\n");
            }
        }
    }

    private static String source(String s) {
        return s.matches("(?i)https?://\\S+") ? "<" + s + ">" : cell(s);
    }

    /** Table cells: no line breaks, pipes escaped, Markdown's active characters made literal. */
    private static String cell(String s) {
        return inline(s).replace("|", "\\|");
    }

    private static String inline(String s) {
        return s.replaceAll("\\s+", " ").replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
    }
}
