package factcheck.core.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a knowledge-base folder from disk into the data map a rule pack would hold, keyed
 * {@code data/kb/<relative path>}. For tests and tools that work without a packed rule pack.
 */
public final class KbDirectory {

    /** System property naming the folder; overrides {@link #DEFAULT_LOCATION}. */
    public static final String DIR_PROPERTY = "factcheck.kb.dir";
    /** The standard pack's folder relative to the core module (Maven's working directory for tests). */
    public static final String DEFAULT_LOCATION = "../../rules/pack/data/kb";

    private KbDirectory() {
    }

    /** The folder from {@value #DIR_PROPERTY}, else {@value #DEFAULT_LOCATION}. */
    public static Path location() {
        return Path.of(System.getProperty(DIR_PROPERTY, DEFAULT_LOCATION));
    }

    /** Every file under {@code dir}, keyed as the pack loader would key it. */
    public static Map<String, byte[]> read(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            Map<String, byte[]> data = new LinkedHashMap<>();
            for (Path file : files) {
                String relative = dir.relativize(file).toString().replace('\\', '/');
                data.put(KnowledgeBase.DATA_PREFIX + relative, Files.readAllBytes(file));
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge base folder " + dir.toAbsolutePath(), e);
        }
    }

    /** Loads the knowledge base from {@link #location()}. */
    public static KnowledgeBase load() {
        return KnowledgeBase.load(read(location()));
    }
}
