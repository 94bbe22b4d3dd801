package factcheck.core.ledger;

import java.util.List;

import factcheck.core.findings.Category;
import factcheck.core.findings.Severity;

/**
 * The rule behind {@code --require-checked THRESHOLD}: which findings must have been checked before
 * an article passes. A finding is required when
 * <ul>
 * <li>it is a claim finding lying in a claim whose check-worthiness score is at least the threshold,
 * or</li>
 * <li>it takes a ledger entry (claim, attribution, date) and is of severity warning or above,
 * whatever its score.</li>
 * </ul>
 * A required finding is satisfied by a verdict that lets it stand (verified, disputed, not a claim)
 * set on its current text; "unchecked", "false" and "needs source" are not, nor is a claim changed
 * since it was checked. So a threshold of 0 requires every claim finding, and a threshold above 1
 * only the warnings and errors.
 *
 * @param threshold the claim score from which claim findings are required, in [0, 1]
 */
public record CheckedRequirement(double threshold) {

    public CheckedRequirement {
        if (Double.isNaN(threshold) || threshold < 0) {
            throw new IllegalArgumentException("the claim score threshold must be 0 or more, not " + threshold);
        }
    }

    /** Whether the row's finding must be checked (rows without a current finding never are). */
    public boolean requires(LedgerRow row) {
        if (row.subject() == null) {
            return false;
        }
        LedgerSubject s = row.subject();
        return s.finding().category() == Category.CLAIM && s.claimScore() >= threshold
                || s.finding().severity().atLeast(Severity.WARNING);
    }

    /** The required rows not settled yet: unchecked, found false, needing a source, or changed since. */
    public List<LedgerRow> unmet(List<LedgerRow> rows) {
        return rows.stream().filter(r -> requires(r) && !r.settled()).toList();
    }
}
