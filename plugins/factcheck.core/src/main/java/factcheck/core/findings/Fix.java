package factcheck.core.findings;

/**
 * A proposed edit: replace [start, end) of the article text with {@code replacement}.
 *
 * @param label       what the fix does, for menus ("Replace with 'President'")
 * @param start       start offset
 * @param end         end offset (exclusive)
 * @param replacement the new text
 */
public record Fix(String label, int start, int end, String replacement) {
}
