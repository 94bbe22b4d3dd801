package factcheck.core.report;

import java.util.Locale;

/** The output formats of the command line, by the name the {@code --format} option takes. */
public enum ReportFormat {
    /** {@code path:line:col: severity: message [rule-id]}, one finding a line. */
    TEXT,
    /** A JSON array with one object per file. */
    JSON,
    /** SARIF 2.1.0, one run. */
    SARIF,
    /** Checkstyle XML, as CI servers read it. */
    CHECKSTYLE,
    /** Every sentence ranked by check-worthiness, with the signals that raised it. */
    CLAIMS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public ReportWriter create(ReportContext context) {
        return switch (this) {
            case TEXT -> new TextReportWriter(context);
            case JSON -> new JsonReportWriter(context);
            case SARIF -> new SarifReportWriter(context);
            case CHECKSTYLE -> new CheckstyleReportWriter(context);
            case CLAIMS -> new ClaimRankingWriter(context);
        };
    }

    /** Parses a format name in any case; the message lists the accepted names. */
    public static ReportFormat parse(String value) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + value + "' (expected text, json, sarif, checkstyle or claims)");
    }
}
