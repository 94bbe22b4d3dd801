package factcheck.core.findings;

import java.util.List;

/**
 * One problem found in an article by a rule.
 *
 * @param ruleId   the rule's id (e.g. {@code title.office-at-date})
 * @param packId   the id of the rule pack the rule came from
 * @param category what it is about
 * @param severity how much it matters (after overrides)
 * @param message  the message in plain editor's language, naming the evidence
 * @param start    start offset in the article text (UTF-16 code units)
 * @param end      end offset (exclusive)
 * @param line     1-based line of {@code start}
 * @param column   1-based column of {@code start}
 * @param fixes    proposed edits, possibly none
 * @param related  other places the message refers to, possibly none
 */
public record Finding(String ruleId, String packId, Category category, Severity severity, String message,
        int start, int end, int line, int column, List<Fix> fixes, List<Related> related) {

    public Finding {
        fixes = List.copyOf(fixes);
        related = List.copyOf(related);
    }

    public Finding(String ruleId, String packId, Category category, Severity severity, String message, int start,
            int end, int line, int column, List<Fix> fixes) {
        this(ruleId, packId, category, severity, message, start, end, line, column, fixes, List.of());
    }

    /** A key that stays the same while the finding does: rule, range and message. */
    public String key() {
        return ruleId + '@' + start + '-' + end + '#' + Integer.toHexString(message.hashCode());
    }
}
