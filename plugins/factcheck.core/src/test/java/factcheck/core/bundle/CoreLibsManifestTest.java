package factcheck.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The bundle's Bundle-ClassPath must list exactly the jars the build embeds in lib/; when a
 * dependency changes, releng/scripts/sync-core-libs.sh rewrites the manifest.
 */
class CoreLibsManifestTest {

    @Test
    void bundleClassPathListsExactlyTheEmbeddedJars() throws Exception {
        Manifest manifest;
        try (InputStream in = Files.newInputStream(Path.of("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        TreeSet<String> declared = Arrays.stream(manifest.getMainAttributes().getValue("Bundle-ClassPath").split(","))
                .map(String::trim).filter(e -> !e.equals(".")).collect(Collectors.toCollection(TreeSet::new));
        Path lib = Path.of("lib");
        assertTrue(Files.isDirectory(lib), "lib/ is filled by maven-dependency-plugin in the initialize phase");
        TreeSet<String> embedded;
        try (Stream<Path> jars = Files.list(lib)) {
            embedded = jars.map(p -> "lib/" + p.getFileName()).filter(n -> n.endsWith(".jar"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(embedded, declared, "run releng/scripts/sync-core-libs.sh after changing the core's dependencies");
    }
}
