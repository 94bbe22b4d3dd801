package factcheck.core.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds each ledger entry's claim in the current findings, after any edit of the article.
 *
 * <ol>
 * <li>Exact: same rule, same (normalised) sentence, same finding text. When several findings
 * qualify (a sentence repeated), the one with more context in common wins; a tie attaches
 * nothing.</li>
 * <li>Close, for the entries left: same rule, at least {@value #MIN_OVERLAP} of the sentence's words
 * in common and at least one side of context unchanged. Such an entry is attached as
 * {@link LedgerRow.State#CHANGED}: it keeps the text that was checked. Again a tie, or two entries
 * wanting the same finding equally, attaches nothing.</li>
 * <li>Entries still left are {@link LedgerRow.State#MISSING}: kept and shown, never dropped.</li>
 * </ol>
 * Guessing wrong would move a verdict onto a claim nobody checked, so every doubt leaves an entry
 * unattached and the finding unchecked.
 */
public final class AnchorMatcher {

    /** The share of words a changed sentence must keep to count as the same claim, edited. */
    public static final double MIN_OVERLAP = 0.7;

    private AnchorMatcher() {
    }

    /** The rows: every subject in text order with its entry if any, then the unattached entries. */
    public static List<LedgerRow> match(Ledger ledger, List<LedgerSubject> subjects) {
        Map<LedgerSubject, LedgerEntry> exact = new IdentityHashMap<>();
        Map<LedgerSubject, LedgerEntry> close = new IdentityHashMap<>();
        List<LedgerEntry> left = new ArrayList<>();

        for (LedgerEntry entry : ledger.entries()) {
            LedgerSubject best = unique(subjects, exact, entry, true);
            if (best != null) {
                exact.put(best, entry);
            } else {
                left.add(entry);
            }
        }
        Map<LedgerSubject, List<Proposal>> proposals = new LinkedHashMap<>();
        for (LedgerEntry entry : left) {
            LedgerSubject best = unique(subjects, exact, entry, false);
            if (best != null) {
                proposals.computeIfAbsent(best, s -> new ArrayList<>()).add(new Proposal(entry, score(entry, best)));
            }
        }
        for (Map.Entry<LedgerSubject, List<Proposal>> p : proposals.entrySet()) {
            List<Proposal> wanting = p.getValue();
            wanting.sort((a, b) -> Double.compare(b.score, a.score));
            if (wanting.size() == 1 || wanting.get(0).score > wanting.get(1).score) {
                close.put(p.getKey(), wanting.get(0).entry);
                left.remove(wanting.get(0).entry);
            }
        }

        List<LedgerRow> rows = new ArrayList<>();
        for (LedgerSubject s : subjects) {
            if (exact.containsKey(s)) {
                rows.add(new LedgerRow(s, exact.get(s), LedgerRow.State.CURRENT));
            } else if (close.containsKey(s)) {
                rows.add(new LedgerRow(s, close.get(s), LedgerRow.State.CHANGED));
            } else {
                rows.add(new LedgerRow(s, null, LedgerRow.State.NEW));
            }
        }
        for (LedgerEntry e : left) {
            rows.add(new LedgerRow(null, e, LedgerRow.State.MISSING));
        }
        return rows;
    }

    private record Proposal(LedgerEntry entry, double score) {
    }

    /** The single best free candidate for the entry, or null when there is none or a tie. */
    private static LedgerSubject unique(List<LedgerSubject> subjects, Map<LedgerSubject, LedgerEntry> taken,
            LedgerEntry entry, boolean exact) {
        Map<LedgerSubject, Double> scores = new HashMap<>();
        for (LedgerSubject s : subjects) {
            if (taken.containsKey(s) || !s.anchor().rule().equals(entry.anchor().rule())) {
                continue;
            }
            if (exact ? s.anchor().sameText(entry.anchor()) : close(entry.anchor(), s.anchor())) {
                scores.put(s, score(entry, s));
            }
        }
        LedgerSubject best = null;
        double top = -1;
        boolean tie = false;
        for (LedgerSubject s : subjects) {
            Double score = scores.get(s);
            if (score == null) {
                continue;
            }
            if (score > top) {
                best = s;
                top = score;
                tie = false;
            } else if (score == top) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static boolean close(Anchor old, Anchor now) {
        return now.sharedContext(old) > 0 && now.overlap(old) >= MIN_OVERLAP;
    }

    private static double score(LedgerEntry entry, LedgerSubject s) {
        Anchor a = entry.anchor();
        return s.anchor().overlap(a) + s.anchor().sharedContext(a) + (s.anchor().match().equals(a.match()) ? 0.5 : 0);
    }
}
