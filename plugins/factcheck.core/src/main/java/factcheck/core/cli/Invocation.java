package factcheck.core.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What the command gets from the process around it, gathered in one place so that tests can run
 * the command in-process with their own streams and directories.
 *
 * @param in               standard input (for the path {@code -})
 * @param out              standard output, UTF-8: the report
 * @param err              standard error, UTF-8: messages, diagnostics, progress, summary
 * @param terminal         which of the streams are terminals
 * @param workingDirectory where relative paths start, and what SARIF URIs are relative to
 * @param standardPack     location of the standard rule pack (directory or jar), or null if unknown
 * @param noColor          the user asked for no colours ({@code NO_COLOR} set, or {@code TERM=dumb})
 */
public record Invocation(InputStream in, PrintStream out, PrintStream err, Terminal terminal, Path workingDirectory,
        String standardPack, boolean noColor) {

    /** The system property through which the launcher names the standard pack. */
    public static final String STANDARD_PACK_PROPERTY = "factcheck.standardPack";

    /** The invocation of a real process: its streams, terminal, directory and environment. */
    public static Invocation ofProcess(PrintStream out, PrintStream err) {
        String term = System.getenv("TERM");
        boolean noColor = System.getenv("NO_COLOR") != null && !System.getenv("NO_COLOR").isEmpty()
                || "dumb".equals(term);
        return new Invocation(System.in, out, err, Terminal.detect(), Path.of("").toAbsolutePath(),
                System.getProperty(STANDARD_PACK_PROPERTY), noColor);
    }
}
