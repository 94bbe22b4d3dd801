package factcheck.workspace.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import factcheck.core.findings.Finding;
import factcheck.core.findings.Severity;
import factcheck.core.ledger.LedgerRow;
import factcheck.core.ledger.LedgerStatus;

/**
 * The findings to mark for an article once its ledger is applied, and the ledger attributes of
 * their markers: {@value #STATUS} (the status id), {@value #STATE} ({@code new}, {@code current},
 * {@code changed}), {@value #ENTRY} (the entry id, empty for none) and, for findings in a scored claim,
 * {@value #SCORE} (its check-worthiness, two decimals, so the column sorts). Verified claims are lowered
 * or left out as {@link VerifiedMarkers} says.
 */
public final class LedgerMarkers {

    public static final String STATUS = "ledgerStatus";
    public static final String STATE = "ledgerState";
    public static final String ENTRY = "ledgerEntry";
    public static final String SCORE = "checkWorthiness";

    private final List<Finding> findings;
    private final Map<String, Map<String, Object>> attributes;

    private LedgerMarkers(List<Finding> findings, Map<String, Map<String, Object>> attributes) {
        this.findings = List.copyOf(findings);
        this.attributes = Map.copyOf(attributes);
    }

    /** Applies the rows to the findings (those without a row pass unchanged). */
    public static LedgerMarkers of(List<Finding> findings, List<LedgerRow> rows, VerifiedMarkers verified) {
        Map<String, LedgerRow> byKey = new HashMap<>();
        for (LedgerRow r : rows) {
            if (r.subject() != null) {
                byKey.put(r.subject().finding().key(), r);
            }
        }
        List<Finding> marked = new ArrayList<>();
        Map<String, Map<String, Object>> attributes = new HashMap<>();
        for (Finding f : findings) {
            LedgerRow row = byKey.get(f.key());
            if (row == null) {
                marked.add(f);
                continue;
            }
            boolean isVerified = row.checked() && row.status() == LedgerStatus.VERIFIED;
            if (isVerified && verified == VerifiedMarkers.HIDE) {
                continue;
            }
            // The key does not include the severity, so a lowered finding keeps its marker.
            marked.add(isVerified && verified == VerifiedMarkers.LOWER ? lowered(f) : f);
            Map<String, Object> a = new HashMap<>(Map.of(STATUS, row.status().id(), STATE, state(row),
                    ENTRY, row.entry() == null ? "" : row.entry().id()));
            if (row.subject() != null && row.subject().claimScore() > 0) {
                a.put(SCORE, String.format(java.util.Locale.ROOT, "%.2f", row.subject().claimScore()));
            }
            attributes.put(f.key(), a);
        }
        return new LedgerMarkers(marked, attributes);
    }

    /** The findings to mark. */
    public List<Finding> findings() {
        return findings;
    }

    /** The ledger attributes of a finding's marker; empty for findings that take no entry. */
    public Map<String, Object> attributes(Finding f) {
        return attributes.getOrDefault(f.key(), Map.of());
    }

    private static String state(LedgerRow row) {
        return switch (row.state()) {
            case NEW -> "new";
            case CURRENT -> "current";
            case CHANGED -> "changed";
            case MISSING -> "missing";
        };
    }

    private static Finding lowered(Finding f) {
        return new Finding(f.ruleId(), f.packId(), f.category(), Severity.INFO, f.message(), f.start(), f.end(),
                f.line(), f.column(), f.fixes(), f.related());
    }
}
