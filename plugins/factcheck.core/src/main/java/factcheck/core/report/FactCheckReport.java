package factcheck.core.report;

import java.time.LocalDate;
import java.util.List;

import factcheck.core.article.Article;
import factcheck.core.article.LineMap;
import factcheck.core.ledger.LedgerRow;
import factcheck.core.ledger.LedgerSummary;
import factcheck.core.rules.RulePack;

/**
 * The fact-check report of one article: its claim, attribution and date findings in text order
 * with what the ledger says of each, the entries whose claim is gone, the dateline and the rule
 * packs used. Written as Markdown, HTML or JSON by {@link FactCheckReportFormat}.
 *
 * @param article  the article's name as shown
 * @param dateline the dateline checked against, or null
 * @param packs    the rule packs the findings came from
 * @param rows     the ledger rows (see {@link factcheck.core.ledger.AnchorMatcher#match})
 * @param lines    line numbering of the article's text, for the rows' lines
 */
public record FactCheckReport(String article, LocalDate dateline, List<PackVersion> packs, List<LedgerRow> rows,
        LineMap lines) {

    /** A rule pack as the report names it. */
    public record PackVersion(String id, String name, String version) {

        public static PackVersion of(RulePack pack) {
            return new PackVersion(pack.id(), pack.name(), pack.version());
        }
    }

    public FactCheckReport {
        packs = List.copyOf(packs);
        rows = List.copyOf(rows);
    }

    public static FactCheckReport of(String name, Article article, List<RulePack> packs, List<LedgerRow> rows) {
        return new FactCheckReport(name, article.dateline().map(d -> d.date()).orElse(null),
                packs.stream().map(PackVersion::of).toList(), rows, new LineMap(article.text()));
    }

    public LedgerSummary summary() {
        return LedgerSummary.of(rows);
    }

    /** The 1-based line of the row's finding, or 0 for an entry whose claim is gone. */
    public int line(LedgerRow row) {
        return row.subject() == null ? 0 : lines.line(row.subject().finding().start());
    }
}
