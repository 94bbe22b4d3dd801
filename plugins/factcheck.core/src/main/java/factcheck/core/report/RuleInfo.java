package factcheck.core.report;

import factcheck.core.rules.RuleMetadata;

/**
 * A rule as the reports describe it: its metadata and the pack it belongs to.
 *
 * @param packId      the pack's id
 * @param packVersion the pack's version
 * @param metadata    the rule's metadata (id, category, default severity, texts, examples)
 */
public record RuleInfo(String packId, String packVersion, RuleMetadata metadata) {

    public String id() {
        return metadata.id();
    }
}
