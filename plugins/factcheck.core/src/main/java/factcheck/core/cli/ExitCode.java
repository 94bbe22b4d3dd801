package factcheck.core.cli;

/** The command's exit codes, which CI scripts depend on. */
public final class ExitCode {

    /** Every file checked and no finding at or above {@code --fail-on}. */
    public static final int CLEAN = 0;
    /** At least one reported finding at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /**
     * A usage error, or an input or rule pack that could not be used (missing, unreadable, not UTF-8,
     * binary, bad header, broken pack); the other files were still checked.
     */
    public static final int ERROR = 2;

    private ExitCode() {
    }
}
