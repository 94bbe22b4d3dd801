package factcheck.workspace.markers;

/**
 * A finding's fix as a marker keeps it: the edit, plus the text it replaces at check time, so a fix
 * applied after the document moved on can tell it no longer fits instead of mangling the text.
 *
 * @param label       menu label
 * @param start       start offset at check time
 * @param end         end offset at check time (exclusive)
 * @param replacement the new text
 * @param original    the text of [start, end) at check time
 */
public record MarkerFix(String label, int start, int end, String replacement, String original) {
}
