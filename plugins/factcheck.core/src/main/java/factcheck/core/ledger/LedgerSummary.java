package factcheck.core.ledger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How far the checking of one article has got, e.g. "14 claims: 9 verified, 2 disputed, 3
 * unchecked". Counts the current findings only; a claim changed since it was checked counts as
 * "changed" rather than under its old verdict, and entries whose claim is gone are added at the end.
 *
 * @param total    current findings that take an entry
 * @param byStatus current findings per recorded status (changed ones not included)
 * @param changed  current findings whose claim changed since its status was set
 * @param missing  entries whose claim is no longer found
 */
public record LedgerSummary(int total, Map<LedgerStatus, Integer> byStatus, int changed, int missing) {

    public LedgerSummary {
        byStatus = Map.copyOf(byStatus);
    }

    public static LedgerSummary of(List<LedgerRow> rows) {
        Map<LedgerStatus, Integer> counts = new EnumMap<>(LedgerStatus.class);
        int total = 0, changed = 0, missing = 0;
        for (LedgerRow r : rows) {
            switch (r.state()) {
                case MISSING -> missing++;
                case CHANGED -> {
                    total++;
                    changed++;
                }
                default -> {
                    total++;
                    counts.merge(r.status(), 1, Integer::sum);
                }
            }
        }
        return new LedgerSummary(total, counts, changed, missing);
    }

    public int count(LedgerStatus status) {
        return byStatus.getOrDefault(status, 0);
    }

    /** Findings not checked on their current text: unchecked plus changed since checked. */
    public int open() {
        return count(LedgerStatus.UNCHECKED) + changed;
    }

    /** "14 claims: 9 verified, 2 disputed, 3 unchecked"; statuses in their declared order, zeros left out. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (LedgerStatus s : LedgerStatus.values()) {
            if (count(s) > 0) {
                parts.add(count(s) + " " + s.label());
            }
        }
        if (changed > 0) {
            parts.add(changed + " changed since checked");
        }
        String head = total + (total == 1 ? " claim" : " claims");
        String text = parts.isEmpty() ? head : head + ": " + String.join(", ", parts);
        return missing > 0 ? text + " (" + missing + " no longer found)" : text;
    }
}
