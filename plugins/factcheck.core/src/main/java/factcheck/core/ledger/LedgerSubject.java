package factcheck.core.ledger;

import factcheck.core.findings.Finding;

/**
 * A finding of the current text that takes a ledger entry.
 *
 * @param finding    the finding
 * @param anchor     its anchor in the current text
 * @param claimScore the check-worthiness of the claim it lies in (the highest-scoring claim
 *                   annotation overlapping it), 0 when it lies in none
 */
public record LedgerSubject(Finding finding, Anchor anchor, double claimScore) {
}
