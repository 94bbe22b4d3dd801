package factcheck.workspace.ledger;

import java.util.Locale;

import factcheck.workspace.settings.CheckSettings;

/** What becomes of the marker of a claim the ledger says is verified (workspace preference {@value #KEY}). */
public enum VerifiedMarkers {
    /** Shown as information, whatever the rule's severity (the default). */
    LOWER,
    /** Not shown at all; the claim still appears in reports. */
    HIDE,
    /** Shown as the rule says. */
    KEEP;

    /** The preference key in the {@link CheckSettings#NODE} node. */
    public static final String KEY = "ledger.verifiedMarkers";

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The current preference. */
    public static VerifiedMarkers current() {
        String value = CheckSettings.workspaceNode().get(KEY, LOWER.id());
        for (VerifiedMarkers v : values()) {
            if (v.id().equals(value)) {
                return v;
            }
        }
        return LOWER;
    }
}
