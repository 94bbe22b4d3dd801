package factcheck.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The sharing path end to end: the p2 director of a workbench that lacks our features installs them
 * from the update site the build produced; a team's pack (the example house-style feature) is then
 * installed on top, its rules fire from the installed bundle jar, and everything is uninstalled.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpdateSiteInstallTest {

    private static final String FEATURES = "factcheck.feature.feature.group,factcheck.rules.standard.feature.feature.group";
    private static final String TEAM_FEATURE = "newsroom.house-style.feature.feature.group";
    private static final String TEAM_BUNDLE = "newsroom.house-style";
    private static Path product;
    private static Path site;

    @BeforeAll
    static void copyBareProduct() throws IOException {
        site = Path.of(System.getProperty("factcheck.updateSite"));
        Path bare = Path.of(System.getProperty("factcheck.bareProduct"));
        assertTrue(Files.isRegularFile(site.resolve("content.jar")) || Files.isRegularFile(site.resolve("content.xml.xz")),
                "no p2 repository at " + site + " (build the update-site module first)");
        assertTrue(Files.isDirectory(bare.resolve("plugins")), "no bare product at " + bare);
        product = Path.of(System.getProperty("factcheck.workDir")).resolve("bare");
        deleteTree(product);
        copyTree(bare, product);
    }

    @Test
    @Order(1)
    void bareProductLacksOurBundles() throws IOException {
        assertFalse(bundlesInfo().contains("factcheck.core,"), "the bare product must not have our bundles yet");
    }

    @Test
    @Order(2)
    void directorInstallsOurFeaturesFromTheUpdateSite() throws Exception {
        Result r = director("-installIU", FEATURES);
        assertEquals(0, r.exit, () -> "p2 director failed:\n" + r.output);
        String info = bundlesInfo();
        for (String bundle : List.of("factcheck.core,", "factcheck.workspace,", "factcheck.ui,", "factcheck.rules.standard,")) {
            assertTrue(info.contains(bundle), () -> bundle + " not in bundles.info after install:\n" + r.output);
        }
        // The standard pack arrives precompiled (the build's pack image beside pack/), so the first
        // article a user opens does not wait for the DRL to compile.
        try (ZipFile jar = new ZipFile(installedJar("factcheck.rules.standard").toFile())) {
            assertNotNull(jar.getEntry("pack.kbin"), "the installed standard pack has no pack.kbin");
            assertNotNull(jar.getEntry("pack/pack.yaml"), "the installed standard pack has no pack/pack.yaml");
        }
    }

    @Test
    @Order(3)
    void directorInstallsTheTeamPackBesideThem() throws Exception {
        Result r = director("-installIU", TEAM_FEATURE);
        assertEquals(0, r.exit, () -> "p2 director failed:\n" + r.output);
        assertTrue(bundlesInfo().contains(TEAM_BUNDLE + ","), () -> TEAM_BUNDLE + " not in bundles.info:\n" + r.output);
    }

    @Test
    @Order(4)
    void teamRulesFireFromTheInstalledJar() throws Exception {
        Path jar = installedJar(TEAM_BUNDLE);
        Path article = product.resolveSibling("council.article");
        Files.writeString(article, "date 2026-03-02 Library stays open\n\nAna Pereira stated that the library will stay"
                + " open. It is understood that the council agreed.\n");
        Result r = run(List.of(checkout().resolve("factcheck").toString(), "--no-default-rules", "--rules",
                jar.toString(), article.toString()));
        for (String rule : List.of("house.said-not-stated", "house.banned-vague-phrase", "house.title-on-first-mention")) {
            assertTrue(r.output.contains("[" + rule + "]"), () -> rule + " did not fire from " + jar + ":\n" + r.output);
        }
        assertFalse(r.output.contains("attribution.vague-source"), () -> "only the team pack may run:\n" + r.output);
    }

    @Test
    @Order(5)
    void directorUninstallsTheTeamPack() throws Exception {
        Result r = director("-uninstallIU", TEAM_FEATURE);
        assertEquals(0, r.exit, () -> "p2 director failed:\n" + r.output);
        String info = bundlesInfo();
        assertFalse(info.contains(TEAM_BUNDLE + ","), "the team pack is still configured after uninstall");
        assertTrue(info.contains("factcheck.rules.standard,"), "uninstalling the team pack removed the standard pack");
    }

    @Test
    @Order(6)
    void directorUninstallsThemAgain() throws Exception {
        Result r = director("-uninstallIU", FEATURES);
        assertEquals(0, r.exit, () -> "p2 director failed:\n" + r.output);
        assertFalse(bundlesInfo().contains("factcheck.core,"), "factcheck.core still configured after uninstall");
    }

    private record Result(int exit, String output) {
    }

    private static Result director(String verb, String units) throws Exception {
        Path launcher;
        try (Stream<Path> s = Files.list(product.resolve("plugins"))) {
            launcher = s.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")
                    && p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", launcher.toString(), "-nosplash", "-consoleLog",
                "-application", "org.eclipse.equinox.p2.director",
                "-repository", site.toUri().toString(),
                verb, units,
                "-destination", product.toString(),
                "-profile", "DefaultProfile"));
        return run(cmd);
    }

    private static Result run(List<String> cmd) throws Exception {
        Path log = Files.createTempFile(product.getParent(), Path.of(cmd.get(0)).getFileName() + "-", ".log");
        ProcessBuilder builder = new ProcessBuilder(cmd).directory(product.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // ./factcheck runs on the JDK running this test, which the build already checked is new enough.
        builder.environment().put("FACTCHECK_JAVA_HOME", System.getProperty("java.home"));
        Process p = builder.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return new Result(-1, "timed out after 5 minutes\n" + Files.readString(log));
        }
        return new Result(p.exitValue(), Files.readString(log));
    }

    /** The jar p2 put in the product for the bundle, read from bundles.info (no guessing of qualifiers). */
    private static Path installedJar(String bundle) throws IOException {
        for (String line : bundlesInfo().split("\n")) {
            String[] fields = line.split(",");
            if (fields.length >= 3 && fields[0].equals(bundle)) {
                Path jar = product.resolve(fields[2]);
                assertTrue(Files.isRegularFile(jar), "bundles.info names " + jar + ", which is not a file");
                return jar;
            }
        }
        throw new AssertionError(bundle + " not in bundles.info");
    }

    /** The checkout holding ./factcheck (the command line under test). */
    private static Path checkout() {
        return Path.of(System.getProperty("factcheck.checkout"));
    }

    private static String bundlesInfo() throws IOException {
        return Files.readString(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
