package factcheck.core.ledger;

import java.nio.file.Path;

/**
 * A ledger file that cannot be read as a ledger: not JSON, or JSON of another shape. The message
 * names the file, the line and what is wrong. Stores never overwrite such a file: it may hold a
 * version-control conflict someone has to resolve by hand.
 */
public final class LedgerFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public LedgerFormatException(Path file, int line, String problem, Throwable cause) {
        super((file == null ? "ledger" : file.toString()) + (line > 0 ? ":" + line : "") + ": " + problem
                + " (the file is left as it is; fix or delete it)", cause);
        this.file = file;
        this.line = line;
    }

    /** The file, or null when the ledger did not come from one. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when unknown. */
    public int line() {
        return line;
    }
}
