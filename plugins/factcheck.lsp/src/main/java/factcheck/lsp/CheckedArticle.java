package factcheck.lsp;

import java.util.List;

import factcheck.core.CheckResult;
import factcheck.core.findings.Finding;
import factcheck.core.ledger.LedgerRow;
import factcheck.core.rules.CompiledPack;

/**
 * The check of one version of a document: what the engine read (null when the text could not be
 * parsed), the findings to show after suppressions, settings and the ledger, and the ledger rows.
 *
 * @param version   the document version checked
 * @param text      the text checked
 * @param positions its line index
 * @param result    the engine's result, or null for a malformed or refused article
 * @param findings  the findings to show
 * @param rows      the ledger's rows matched to the findings (empty without a ledger)
 * @param packs     the packs that ran
 */
record CheckedArticle(int version, String text, TextPositions positions, CheckResult result, List<Finding> findings,
        List<LedgerRow> rows, List<CompiledPack> packs) {

    CheckedArticle {
        findings = List.copyOf(findings);
        rows = List.copyOf(rows);
        packs = List.copyOf(packs);
    }

    /** The finding with this key ({@link Finding#key()}), or null. */
    Finding finding(String key) {
        return findings.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
    }
}
