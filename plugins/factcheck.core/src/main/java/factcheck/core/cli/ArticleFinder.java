package factcheck.core.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the command's PATH arguments into the list of articles to check, in a stable order:
 * {@code -} is standard input; a directory is searched recursively for {@code *.article},
 * {@code *.md} and {@code *.txt} (hidden directories such as {@code .git} skipped, names sorted);
 * any other argument is taken as a file, whatever its extension, and reading it later reports
 * whether it exists. A file reached twice is checked once.
 */
final class ArticleFinder {

    static final List<String> EXTENSIONS = List.of(".article", ".md", ".txt");

    private final Path workingDirectory;

    ArticleFinder(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** The articles in argument order; {@code emptyDirectories} receives directories holding none. */
    List<ArticleInput> find(List<String> arguments, List<String> emptyDirectories) throws IOException {
        List<ArticleInput> inputs = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        boolean stdinSeen = false;
        for (String arg : arguments) {
            if (arg.equals("-")) {
                if (!stdinSeen) {
                    inputs.add(ArticleInput.stdin());
                }
                stdinSeen = true;
                continue;
            }
            Path given = Path.of(arg);
            Path absolute = workingDirectory.resolve(given).normalize();
            if (Files.isDirectory(absolute)) {
                int before = inputs.size();
                for (Path file : articlesUnder(absolute)) {
                    if (seen.add(file)) {
                        inputs.add(input(given.resolve(absolute.relativize(file)).toString(), file));
                    }
                }
                if (inputs.size() == before) {
                    emptyDirectories.add(arg);
                }
            } else if (seen.add(absolute)) {
                inputs.add(input(arg, absolute));
            }
        }
        return inputs;
    }

    private static List<Path> articlesUnder(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    boolean hidden = !d.equals(dir) && d.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isArticle(file)) {
                        found.add(file.normalize());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        found.sort(null);
        return found;
    }

    static boolean isArticle(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith) && !name.startsWith(".");
    }

    private ArticleInput input(String name, Path absolute) {
        return new ArticleInput(name, absolute, uri(absolute));
    }

    /** Relative to the working directory with forward slashes, percent-encoded; else a file: URI. */
    String uri(Path absolute) {
        if (!absolute.startsWith(workingDirectory)) {
            return absolute.toUri().toASCIIString();
        }
        String relative = workingDirectory.relativize(absolute).toString().replace('\\', '/');
        String first = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : relative;
        if (first.contains(":")) {
            relative = "./" + relative; // or the first segment would read as a URI scheme
        }
        try {
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            return absolute.toUri().toASCIIString();
        }
    }
}
