package factcheck.core.ledger;

/**
 * One line of an article's ledger as it stands now: a current finding with its entry, a finding no
 * one has looked at, or an entry whose claim is gone.
 *
 * @param subject the current finding, or null when the entry's claim was not found again
 * @param entry   the entry, or null when none was ever saved
 * @param state   how the two relate
 */
public record LedgerRow(LedgerSubject subject, LedgerEntry entry, State state) {

    /** How an entry relates to the current text. */
    public enum State {
        /** A finding without an entry yet: unchecked. */
        NEW("new"),
        /** The entry's claim reads as it did when its status was set. */
        CURRENT("current"),
        /** The claim was edited since its status was set; the entry keeps the old text. */
        CHANGED("changed since checked"),
        /** The entry's claim is no longer in the article (or is ambiguous): kept, shown, not attached. */
        MISSING("claim no longer found");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The recorded status; {@link LedgerStatus#UNCHECKED} when there is no entry. */
    public LedgerStatus status() {
        return entry == null ? LedgerStatus.UNCHECKED : entry.status();
    }

    /** Whether the claim counts as checked: a verdict other than unchecked, on the claim's current text. */
    public boolean checked() {
        return state == State.CURRENT && status().checked();
    }

    /** Whether the claim is checked with a verdict that lets it stand ({@link LedgerStatus#settled()}). */
    public boolean settled() {
        return checked() && status().settled();
    }

    /** The status as people read it: the verdict, or "changed since checked" over it. */
    public String label() {
        return state == State.CHANGED ? status().label() + " (" + state.label() + ")"
                : state == State.MISSING ? status().label() + " (" + state.label() + ")" : status().label();
    }

    /** The anchor the row shows: the current one when the claim is there, else the entry's. */
    public Anchor anchor() {
        return subject != null ? subject.anchor() : entry.anchor();
    }

    /**
     * The entry to save when someone sets a verdict on this row: the existing one edited (and
     * re-anchored to the current text), or a new one with an id fresh in {@code ledger}.
     */
    public LedgerEntry edit(Ledger ledger, LedgerStatus status, String note, java.util.List<String> sources,
            String who, java.time.Instant when) {
        Anchor current = anchor();
        LedgerEntry base = entry != null ? entry : LedgerEntry.unchecked(ledger.newId(current), current);
        return base.edited(current, status, note, sources, who, when);
    }
}
