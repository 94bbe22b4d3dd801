package factcheck.workspace.ledger;

import java.util.List;

import org.eclipse.core.resources.IFile;

import factcheck.core.article.Article;
import factcheck.core.findings.Finding;
import factcheck.core.ledger.Ledger;
import factcheck.core.ledger.LedgerFormatException;
import factcheck.core.ledger.LedgerRow;
import factcheck.core.ledger.LedgerSummary;
import factcheck.core.rules.RulePack;

/**
 * The ledger of one article as of its last check: the ledger file's content matched to the
 * findings of the checked text. Immutable; {@link ArticleLedgers} replaces it after each check or save.
 *
 * @param file     the article
 * @param article  the checked article
 * @param text     the text that was checked
 * @param findings every finding of that check, as the engine reported them
 * @param packs    the rule packs used
 * @param ledger   the ledger file's content (empty when the file is unreadable)
 * @param rows     the ledger rows
 * @param error    why the ledger file could not be read, or null
 */
public record ArticleLedger(IFile file, Article article, String text, List<Finding> findings, List<RulePack> packs,
        Ledger ledger, List<LedgerRow> rows, LedgerFormatException error) {

    public ArticleLedger {
        findings = List.copyOf(findings);
        packs = List.copyOf(packs);
        rows = List.copyOf(rows);
    }

    public LedgerSummary summary() {
        return LedgerSummary.of(rows);
    }

    /** The row of the finding with this key ({@link Finding#key()}, a marker's findingId), or null. */
    public LedgerRow rowOf(String findingKey) {
        for (LedgerRow r : rows) {
            if (r.subject() != null && r.subject().finding().key().equals(findingKey)) {
                return r;
            }
        }
        return null;
    }
}
