package factcheck.core.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of {@code ./factcheck}: runs {@link CheckCommand} on the process's streams and exits
 * with its code (see {@link ExitCode}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        quietLogging();
        // Reports are UTF-8 whatever the locale says: JSON, SARIF and XML require it.
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Invocation invocation = Invocation.ofProcess(out, err);
        EarlyPack.begin(args, invocation);
        int code = CheckCommand.run(args, invocation);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Drools logs through SLF4J, and no binding ships with the core: without one, slf4j-api 2.0
     * prints a three-line warning on every run. Choosing its no-operation provider explicitly says
     * "no logging" on purpose; WARN keeps real SLF4J errors visible while hiding the INFO line
     * announcing the explicit choice. The launcher passes the same properties.
     */
    static void quietLogging() {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "WARN");
            }
        }
    }
}
