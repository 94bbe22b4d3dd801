package factcheck.core.cli;

import java.io.PrintStream;

/**
 * Everything the command says on standard error besides the progress bar: one line per message,
 * {@code factcheck: } in front of the tool's own, compiler-style lines for pack diagnostics. While a
 * progress bar shows, messages are written above it.
 */
final class Messages {

    static final String PREFIX = "factcheck: ";

    private final PrintStream err;
    private Progress progress;

    Messages(PrintStream err) {
        this.err = err;
    }

    void attach(Progress bar) {
        this.progress = bar;
    }

    /** {@code factcheck: <message>}, on one line. */
    void tool(String message) {
        line(PREFIX + oneLine(message));
    }

    /** {@code factcheck: <file>: <cause>} for an input that could not be checked. */
    void file(String file, String cause) {
        tool(file + ": " + cause);
    }

    /** A line as it is (pack diagnostics, the summary). */
    void line(String text) {
        if (progress != null) {
            progress.above(() -> err.println(text));
        } else {
            err.println(text);
        }
        err.flush();
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
