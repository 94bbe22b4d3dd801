package factcheck.core.rules;

/**
 * A problem a rule author must fix: a DRL compile error, a forbidden import, bad metadata.
 *
 * @param packId  the pack
 * @param file    the file in the pack, relative to its root
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong
 */
public record Diagnostic(String packId, String file, int line, int column, String message) {

    @Override
    public String toString() {
        return packId + ":" + file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}
