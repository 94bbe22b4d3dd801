package factcheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import factcheck.core.rules.DirectoryPackSource;
import factcheck.core.rules.RulePack;
import factcheck.core.rules.RulePackLoader;

/** Shared set-up of the benchmarks: where the standard rule pack is, and loading it. */
public final class Fixtures {

    private Fixtures() {
    }

    /** {@code -Dfactcheck.bench.pack}, else rules/pack found from the working directory upwards. */
    public static Path packDir() {
        String configured = System.getProperty("factcheck.bench.pack");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pack = dir.resolve("rules/pack");
            if (Files.isRegularFile(pack.resolve(RulePackLoader.PACK_FILE))) {
                return pack;
            }
        }
        throw new IllegalStateException("standard rule pack not found: set -Dfactcheck.bench.pack=.../rules/pack");
    }

    public static RulePack standardPack() {
        try {
            return RulePackLoader.load(new DirectoryPackSource(packDir()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
