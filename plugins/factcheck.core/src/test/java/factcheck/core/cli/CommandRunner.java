package factcheck.core.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the {@code factcheck} command in-process with captured streams, as tests need it: the
 * working directory is the test's temporary directory, neither stream is a terminal, and the
 * standard pack comes from {@code -Dfactcheck.standardPack} or, under Maven (working directory
 * plugins/factcheck.core), from {@code ../../rules/pack}.
 */
public final class CommandRunner {

    /** The outcome of one run. */
    public record Run(int exit, String out, String err) {

        public List<String> outLines() {
            return out.lines().toList();
        }

        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    private final Path workingDirectory;
    private byte[] stdin = new byte[0];
    private boolean standardPack = true;

    public CommandRunner(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** Runs as if launched without {@code -Dfactcheck.standardPack}. */
    public CommandRunner withoutStandardPack() {
        this.standardPack = false;
        return this;
    }

    public CommandRunner stdin(String text) {
        this.stdin = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    public Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        Invocation invocation = new Invocation(new ByteArrayInputStream(stdin), outStream, errStream, Terminal.NONE,
                workingDirectory, standardPack ? standardPack().toString() : null, false);
        int exit = CheckCommand.run(args, invocation);
        outStream.flush();
        errStream.flush();
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code run(...)} with the test pack {@code words} added after the standard pack. */
    public Run runWithWords(String... args) {
        List<String> all = new ArrayList<>(List.of("--rules", testPack("words").toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    static Path standardPack() {
        String property = System.getProperty(Invocation.STANDARD_PACK_PROPERTY);
        Path pack = property != null ? Path.of(property) : Path.of("../../rules/pack");
        if (!Files.isDirectory(pack) && Files.isDirectory(Path.of("rules/pack"))) {
            pack = Path.of("rules/pack");
        }
        return pack.toAbsolutePath().normalize();
    }

    /** A rule pack from src/test/resources/cli/packs. */
    public static Path testPack(String name) {
        try {
            return Path.of(CommandRunner.class.getResource("/cli/packs/" + name + "/pack.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a UTF-8 file under the working directory and returns its path. */
    public Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public Path write(String relative, byte[] bytes) throws IOException {
        Path file = workingDirectory.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }
}
