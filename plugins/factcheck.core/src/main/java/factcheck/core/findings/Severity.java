package factcheck.core.findings;

import java.util.Locale;

/** How much a finding matters; ordered from least to most severe. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "error", "warning" or "info" (any case); the message lists the accepted values. */
    public static Severity parse(String value) {
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + value + "' (expected error, warning or info)");
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
