package factcheck.core.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import factcheck.core.ledger.AnchorMatcher;
import factcheck.core.ledger.CheckedRequirement;
import factcheck.core.ledger.Ledger;
import factcheck.core.ledger.LedgerFormatException;
import factcheck.core.ledger.LedgerRow;
import factcheck.core.ledger.LedgerStore;
import factcheck.core.ledger.LedgerSubjects;
import factcheck.core.report.FactCheckReport;
import factcheck.core.report.FactCheckReportFormat;
import factcheck.core.rules.RulePack;

/**
 * The ledger side of a run, for {@code --report} and {@code --require-checked}: reads each checked
 * article's ledger ({@code .factcheck/<name>.ledger.json} beside it; none for standard input),
 * matches it to the findings, collects the fact-check reports and counts the required claims left
 * unchecked. Reads only: the command line never writes a ledger.
 */
final class LedgerRun {

    private final FactCheckReportFormat format;
    private final CheckedRequirement requirement;
    private final Messages messages;
    private final List<RulePack> packs;
    private final List<FactCheckReport> reports = new ArrayList<>();
    private int unmet;

    LedgerRun(FactCheckReportFormat format, Double threshold, Messages messages, List<RulePack> packs) {
        this.format = format;
        this.requirement = threshold == null ? null : new CheckedRequirement(threshold);
        this.messages = messages;
        this.packs = List.copyOf(packs);
    }

    /** Whether the fact-check report replaces the findings report on standard output. */
    boolean reporting() {
        return format != null;
    }

    boolean active() {
        return format != null || requirement != null;
    }

    /**
     * Takes one checked article; false when its ledger cannot be read (the reason is on stderr and
     * the broken file is left alone).
     */
    boolean file(BatchRunner.Outcome outcome) {
        Ledger ledger;
        ArticleInput input = outcome.input();
        try {
            ledger = input.isStdin() ? Ledger.empty(input.name())
                    : LedgerStore.read(LedgerStore.fileFor(input.path()));
        } catch (LedgerFormatException e) {
            messages.file(input.name(), "unreadable ledger: " + e.getMessage());
            return false;
        } catch (IOException e) {
            messages.file(input.name(), "cannot read the ledger: " + e.getMessage());
            return false;
        }
        List<LedgerRow> rows = AnchorMatcher.match(ledger, LedgerSubjects.of(outcome.result()));
        FactCheckReport report = FactCheckReport.of(input.name(), outcome.article(), packs, rows);
        if (format != null) {
            reports.add(report);
        }
        if (requirement != null) {
            for (LedgerRow row : requirement.unmet(rows)) {
                unmet++;
                messages.tool(input.name() + ":" + report.line(row) + ": " + row.label() + " "
                        + row.subject().finding().category().id() + " \"" + row.anchor().match() + "\" ["
                        + row.anchor().rule() + ", " + row.subject().finding().severity().id() + ", score "
                        + String.format(Locale.ROOT, "%.2f", row.subject().claimScore()) + "]");
            }
        }
        return true;
    }

    /** Required findings not checked, over all files so far. */
    int unmet() {
        return unmet;
    }

    /** Writes the fact-check report, when one was asked for. */
    void finish(PrintStream out) throws IOException {
        if (format != null) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            format.write(reports, writer);
            writer.flush();
        }
    }
}
