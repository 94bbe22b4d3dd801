package factcheck.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * What a user downloads besides the p2 metadata: the human-readable index.html, the zipped
 * repository, and signed jars.
 */
class UpdateSiteContentTest {

    private static final List<String> FEATURES = List.of("factcheck.feature", "factcheck.rules.standard.feature",
            "newsroom.house-style.feature");

    private final Path site = Path.of(System.getProperty("factcheck.updateSite"));

    @Test
    void indexHtmlListsEveryFeatureByCategory() throws IOException {
        String html = Files.readString(site.resolve("index.html"));
        for (String feature : FEATURES) {
            assertTrue(html.contains("<code>" + feature + ".feature.group</code>"), feature + " missing from index.html");
        }
        for (String category : List.of("Factcheck Workbench", "Factcheck Rule Packs", "Factcheck Team Rule Packs (examples)")) {
            assertTrue(html.contains("<h2>" + category + "</h2>"), category + " missing from index.html");
        }
    }

    @Test
    void theZipHoldsTheWholeRepositoryAndItsIndex() throws IOException {
        Path zip;
        try (Stream<Path> s = Files.list(site.getParent())) {
            zip = s.filter(p -> p.getFileName().toString().endsWith(".zip")).findFirst()
                    .orElseThrow(() -> new AssertionError("no zipped repository beside " + site));
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (String entry : List.of("index.html", "content.jar", "artifacts.jar")) {
                assertNotNull(z.getEntry(entry), entry + " missing from " + zip);
            }
            for (Path jar : ourJars()) {
                String name = site.relativize(jar).toString().replace('\\', '/');
                assertNotNull(z.getEntry(name), name + " missing from " + zip);
            }
        }
    }

    @Test
    void everyBundleAndFeatureJarIsSignedInFull() throws IOException {
        List<Path> jars = ourJars();
        assertEquals(5 + FEATURES.size(), jars.size(), "our bundles and features: " + jars);
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile(), true)) {
                for (JarEntry entry : Collections.list(file.entries())) {
                    if (entry.isDirectory() || entry.getName().startsWith("META-INF/")) {
                        continue;
                    }
                    try (InputStream in = file.getInputStream(entry)) {
                        in.transferTo(java.io.OutputStream.nullOutputStream()); // verifies the digest
                    }
                    CodeSigner[] signers = entry.getCodeSigners();
                    assertTrue(signers != null && signers.length > 0, entry.getName() + " of " + jar + " is not signed");
                }
            }
        }
    }

    private List<Path> ourJars() throws IOException {
        List<Path> jars = new ArrayList<>();
        for (String dir : List.of("plugins", "features")) {
            try (Stream<Path> s = Files.list(site.resolve(dir))) {
                s.filter(p -> p.getFileName().toString().matches("(factcheck|newsroom)\\..*\\.jar")).sorted()
                        .forEach(jars::add);
            }
        }
        return jars;
    }
}
