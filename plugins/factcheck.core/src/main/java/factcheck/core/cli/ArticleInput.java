package factcheck.core.cli;

import java.nio.file.Path;

/**
 * One article to check: a file, or standard input.
 *
 * @param name the name shown in messages and reports (the path as given, or {@code <stdin>})
 * @param path the file, or null for standard input
 * @param uri  the file as a URI reference relative to the working directory (forward slashes), or
 *             an absolute {@code file:} URI for files outside it
 */
public record ArticleInput(String name, Path path, String uri) {

    public static final String STDIN_NAME = "<stdin>";

    public static ArticleInput stdin() {
        return new ArticleInput(STDIN_NAME, null, "stdin");
    }

    public boolean isStdin() {
        return path == null;
    }
}
