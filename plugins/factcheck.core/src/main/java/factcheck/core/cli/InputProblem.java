package factcheck.core.cli;

/** An article that cannot be checked; the message is the one-line cause shown after the file name. */
final class InputProblem extends Exception {

    private static final long serialVersionUID = 1L;

    InputProblem(String message) {
        super(message);
    }
}
