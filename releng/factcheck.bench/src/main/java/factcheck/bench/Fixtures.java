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

    /**
     * The standard pack as the command line loads it: with the precompiled image the build wrote
     * beside the folder (rules/pack.kbin), when it is there and matches the DRL.
     */
    public static RulePack standardPack() {
        return load(new DirectoryPackSource(packDir(), DirectoryPackSource.imageBeside(packDir())));
    }

    /** The standard pack without its image: the engine compiles the DRL (a changed or third-party pack). */
    public static RulePack standardPackFromDrl() {
        return load(new DirectoryPackSource(packDir()));
    }

    private static RulePack load(DirectoryPackSource source) {
        try {
            return RulePackLoader.load(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
