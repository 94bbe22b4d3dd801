package factcheck.core.findings;

import java.util.Locale;

/** What a finding is about; the same set names the workbench's marker groups. */
public enum Category {
    CLAIM, ATTRIBUTION, QUOTE, DATE, TITLE, STYLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category parse(String value) {
        for (Category c : values()) {
            if (c.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category '" + value
                + "' (expected claim, attribution, quote, date, title or style)");
    }
}
