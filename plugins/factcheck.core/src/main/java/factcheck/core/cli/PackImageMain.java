package factcheck.core.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import factcheck.core.rules.DirectoryPackSource;
import factcheck.core.rules.PackImage;
import factcheck.core.rules.RuleEngine;
import factcheck.core.rules.RulePack;
import factcheck.core.rules.RulePackLoader;

/**
 * Build step that precompiles a rule pack folder into a {@link PackImage} file, which the pack's
 * bundle ships beside the folder ({@code pack/} → {@code pack.kbin}). Used by the Maven build of the
 * standard pack (rules/pom.xml); a team's pack bundle can run it the same way.
 *
 * <p>Usage: {@code PackImageMain PACK_DIR OUTPUT_FILE}. Exit code 0 when written, 1 when the pack
 * does not compile (its diagnostics on standard error), 2 on bad arguments or I/O errors.
 */
public final class PackImageMain {

    private PackImageMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: PackImageMain PACK_DIR OUTPUT_FILE");
            return 2;
        }
        Path packDir = Path.of(args[0]);
        Path output = Path.of(args[1]);
        if (!Files.isDirectory(packDir)) {
            System.err.println(packDir + ": no such pack folder");
            return 2;
        }
        long t0 = System.nanoTime();
        RulePack pack;
        try {
            pack = RulePackLoader.load(new DirectoryPackSource(packDir));
        } catch (IOException | RuntimeException e) {
            System.err.println(packDir + ": cannot load the pack: " + e.getMessage());
            return 2;
        }
        try {
            PackImage image = new RuleEngine().image(pack);
            Path parent = output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            // Written beside the target and moved into place, so a reader never sees half a file.
            Path partial = parent.resolve(output.getFileName() + ".part");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    image.write(out);
                }
                Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial); // only left when writing or moving failed
            }
            System.err.printf("pack image of %s (%d rules, Drools %s): %s, %d bytes, %d ms%n", pack.id(),
                    pack.rules().size(), image.droolsVersion(), output, Files.size(output),
                    (System.nanoTime() - t0) / 1_000_000);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(packDir + ": " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            System.err.println(packDir + ": cannot write the pack image: " + e);
            return 2;
        }
    }
}
