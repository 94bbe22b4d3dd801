package factcheck.core.report;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import factcheck.core.article.LineMap;
import factcheck.core.extract.claim.Claim;

/**
 * {@code --format claims}: each file's sentences (and clauses) ranked by check-worthiness, the order
 * in which a fact-checker would take them: rank, score, line, the words, and the signals that raised
 * the score most. One block per file, headed by its name; sentences on one line each.
 */
final class ClaimRankingWriter implements ReportWriter {

    private static final Comparator<Claim> BY_SCORE = Comparator.comparingDouble(Claim::score).reversed()
            .thenComparingInt(Claim::start);

    private final PrintStream out;
    private boolean anyFile;

    ClaimRankingWriter(ReportContext context) {
        this.out = context.out();
    }

    @Override
    public void file(FileReport report) {
        if (report.failed()) {
            return;
        }
        List<Claim> ranked = report.annotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
                .sorted(BY_SCORE).toList();
        if (anyFile) {
            out.println();
        }
        anyFile = true;
        out.println(report.file() + ": " + ranked.size() + " sentences and clauses by check-worthiness");
        LineMap lines = report.lineMap();
        int rank = 0;
        for (Claim c : ranked) {
            rank++;
            String raised = c.raisedBy().isEmpty() ? "" : "  [" + String.join(", ", c.raisedBy()) + "]";
            out.println(String.format(Locale.ROOT, "%4d  %.3f  %5d  %s%s", rank, c.score(), lines.line(c.start()),
                    TextReportWriter.oneLine(c.text()), raised));
        }
        out.flush();
    }

    @Override
    public void finish() {
        out.flush();
    }
}
