package factcheck.core.ledger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What was decided about one claim.
 *
 * @param id        the entry's identity in the ledger file, fixed when it is created
 * @param anchor    the claim it is about, as it read when its status was last set
 * @param status    the verdict
 * @param note      free text, possibly empty
 * @param sources   URLs or citations backing the verdict, possibly none
 * @param changedBy who last changed the entry, possibly empty
 * @param changedAt when, to the second, or null when never
 */
public record LedgerEntry(String id, Anchor anchor, LedgerStatus status, String note, List<String> sources,
        String changedBy, Instant changedAt) {

    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        sources = sources == null ? List.of()
                : sources.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        changedBy = changedBy == null ? "" : changedBy;
        changedAt = changedAt == null ? null : changedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** A fresh unchecked entry for a claim. */
    public static LedgerEntry unchecked(String id, Anchor anchor) {
        return new LedgerEntry(id, anchor, LedgerStatus.UNCHECKED, "", List.of(), "", null);
    }

    /**
     * This entry edited by {@code who} at {@code when}, re-anchored to {@code current} (the claim as
     * it reads now: setting a verdict on a changed claim is checking it again).
     */
    public LedgerEntry edited(Anchor current, LedgerStatus newStatus, String newNote, List<String> newSources,
            String who, Instant when) {
        return new LedgerEntry(id, current, newStatus, newNote, newSources, who, when);
    }
}
