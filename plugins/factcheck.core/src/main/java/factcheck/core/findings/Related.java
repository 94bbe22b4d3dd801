package factcheck.core.findings;

/**
 * Another place in the text that a finding points to as evidence: the dateline, an earlier mention,
 * the explicit date a relative one contradicts.
 *
 * @param label what it is ("dateline", "other mention")
 * @param start start offset
 * @param end   end offset (exclusive)
 */
public record Related(String label, int start, int end) {
}
