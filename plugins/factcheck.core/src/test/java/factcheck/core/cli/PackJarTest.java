package factcheck.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --rules JAR}: a team's pack bundle, laid out as the build packs it (META-INF/, plugin.xml,
 * pack/ one level down), runs from the command line exactly as from its source folder. The jar is
 * made here from the example team pack in packs/newsroom-house-style; the install test checks the
 * jar the build itself produced.
 */
class PackJarTest {

    private static final Path TEAM_BUNDLE = Path.of("../../packs/newsroom-house-style");

    @TempDir
    Path dir;

    @Test
    void teamPackRunsFromItsBundleJar() throws IOException {
        Path jar = bundleJar(TEAM_BUNDLE, dir.resolve("newsroom.house-style.jar"));
        Files.writeString(dir.resolve("ferry.article"),
                "date 2026-03-02 Ferry to run all winter\n\nMayor Ana Pereira stated that the ferry would run all"
                        + " winter. Sources say the contract will go to a Rotterdam company.\n");
        CommandRunner.Run run = new CommandRunner(dir).run("--no-default-rules", "--rules", jar.toString(),
                "--fail-on", "warning", "ferry.article");
        assertEquals(ExitCode.FINDINGS, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("house.said-not-stated"), run.out());
        assertTrue(run.out().contains("house.banned-vague-phrase"), run.out());
        assertFalse(run.out().contains("attribution.vague-source"), "the standard pack must be off: " + run.out());
    }

    @Test
    void teamPackListsItsRulesFromTheJar() throws IOException {
        Path jar = bundleJar(TEAM_BUNDLE, dir.resolve("newsroom.house-style.jar"));
        CommandRunner.Run run = new CommandRunner(dir).run("--no-default-rules", "--rules", jar.toString(),
                "--list-rules");
        assertEquals(ExitCode.CLEAN, run.exit(), run.err());
        for (String rule : List.of("house.said-not-stated", "house.banned-vague-phrase", "house.title-on-first-mention")) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(rule + " ") && l.endsWith("(newsroom.house-style)")),
                    rule + " missing from:\n" + run.out());
        }
    }

    /** Zips the bundle's build.properties content (META-INF/, plugin.xml, pack/) as Tycho would. */
    static Path bundleJar(Path bundle, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file);
                Stream<Path> walk = Files.walk(bundle)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = bundle.relativize(p).toString().replace('\\', '/');
                if (name.startsWith("META-INF/") || name.equals("plugin.xml") || name.startsWith("pack/")) {
                    zip.putNextEntry(new ZipEntry(name));
                    Files.copy(p, zip);
                    zip.closeEntry();
                }
            }
        }
        return jar;
    }
}
