package factcheck.core.ledger;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The verdict on one claim. The file stores {@link #id()}; people read {@link #label()}. */
public enum LedgerStatus {
    UNCHECKED, VERIFIED, DISPUTED, FALSE, NEEDS_SOURCE, NOT_A_CLAIM;

    /** The id in ledger files and reports: {@code unchecked}, {@code needs-source}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The label in views and reports: {@code unchecked}, {@code needs source}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Whether someone has looked at the claim; only {@link #UNCHECKED} says no. */
    public boolean checked() {
        return this != UNCHECKED;
    }

    /**
     * Whether the verdict lets the article go out as it stands: verified, disputed (the text says so)
     * or not a claim. A claim found false or still needing a source has been looked at, but it is not
     * done: {@code --require-checked} keeps failing on it.
     */
    public boolean settled() {
        return this == VERIFIED || this == DISPUTED || this == NOT_A_CLAIM;
    }

    /** Parses an id or a label, any case; the message lists the accepted ids. */
    public static LedgerStatus parse(String value) {
        String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        for (LedgerStatus s : values()) {
            if (s.id().equals(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + value + "' (expected "
                + Arrays.stream(values()).map(LedgerStatus::id).collect(Collectors.joining(", ")) + ")");
    }
}
