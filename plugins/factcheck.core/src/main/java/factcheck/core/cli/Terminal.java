package factcheck.core.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard output and standard error are terminals: colours go only to a terminal, and the
 * progress bar only to a terminal's stderr. Java has no per-stream test, so on Linux we read where
 * {@code /proc/self/fd/1} and {@code /2} point; elsewhere {@link System#console()} stands for both.
 *
 * @param stdout standard output is a terminal
 * @param stderr standard error is a terminal
 */
public record Terminal(boolean stdout, boolean stderr) {

    /** Neither stream is a terminal (tests, pipes). */
    public static final Terminal NONE = new Terminal(false, false);

    public static Terminal detect() {
        boolean console = consoleIsTerminal();
        return new Terminal(isTerminal(1, console), isTerminal(2, console));
    }

    private static boolean isTerminal(int fd, boolean fallback) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return fallback;
        }
    }

    /** From Java 22 a console exists even when redirected; {@code isTerminal()} then tells. */
    private static boolean consoleIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
