package factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import factcheck.core.CheckResult;
import factcheck.core.FactChecker;
import factcheck.core.article.ArticleParser;

/**
 * Precompiled pack images: a matching image gives the same rules as compiling the DRL; an image of
 * other DRL, of another Drools, damaged or holding foreign classes is ignored and the DRL compiles;
 * only trusted sources offer an image at all.
 */
class PackImageTest {

    private static final String HEADER = "package img\nimport factcheck.core.nlp.Token\nglobal factcheck.core.rules.FindingSink findings\n";
    /** A DRL function and a rule calling it: functions compile to classes of their own, which the image must carry. */
    private static final String NAMES = HEADER + """
            function String label(String word) {
                return "name " + word.toUpperCase();
            }
            rule "names"
            when
                $t : Token( pos == "PROPN" )
            then
                findings.report(drools, $t.start(), $t.end(), label($t.text()));
            end
            """;
    private static final String YEARS = HEADER + """
            rule "years"
            when
                $t : Token( text matches "1[89][0-9][0-9]|20[0-9][0-9]" )
            then
                findings.report(drools, $t.start(), $t.end(), "year " + $t.text());
            end
            """;
    private static final String TEXT = "date 2019-06-03 Museum\n\nThe museum, founded in 1887, was renamed by Tomas Ferreira.\n";

    private static final ClassLoader LOADER = RuleEngine.class.getClassLoader();

    @TempDir
    Path dir;

    private final FactChecker checker = new FactChecker();

    private static MemoryPackSource source() {
        return new MemoryPackSource("img").rule("names", NAMES, "title", "info").rule("years", YEARS, "date", "warning");
    }

    private static byte[] imageBytes(PackImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        image.write(out);
        return out.toByteArray();
    }

    private List<String> findings(CompiledPack pack) throws Exception {
        CheckResult r = checker.check(ArticleParser.parse("m.article", TEXT), List.of(pack), RuleSettings.DEFAULTS);
        assertTrue(r.problems().isEmpty(), () -> "rule problems: " + r.problems());
        return r.findings().stream().map(f -> f.ruleId() + "@" + TEXT.substring(f.start(), f.end()) + ":" + f.message()
                + ":" + f.severity()).toList();
    }

    @Test
    void aMatchingImageGivesTheSameRulesWithoutCompilingTheDrl() throws Exception {
        RulePack plain = RulePackLoader.load(source());
        assertNull(plain.image(), "a source without an image gives none");
        byte[] bytes = imageBytes(new RuleEngine().image(plain));

        RulePack withImage = RulePackLoader.load(source().image(bytes));
        assertNotNull(withImage.image());
        assertTrue(withImage.image().matches(withImage, LOADER));
        CompiledPack fromImage = new RuleEngine().compile(withImage);
        CompiledPack compiled = new RuleEngine().compile(plain);
        assertTrue(fromImage.usable(), () -> "diagnostics: " + fromImage.diagnostics());
        assertTrue(fromImage.fromImage());
        assertFalse(compiled.fromImage());

        List<String> expected = List.of("years@1887:year 1887:WARNING", "names@Tomas:name TOMAS:INFO",
                "names@Ferreira:name FERREIRA:INFO");
        assertEquals(expected, findings(compiled));
        assertEquals(expected, findings(fromImage), "the image must behave exactly as the compiled DRL");
        // The same image serves several engines (each makes its own KieBase from it).
        assertEquals(expected, findings(new RuleEngine().compile(withImage)));
    }

    @Test
    void anImageOfOtherDrlIsIgnoredAndTheCurrentDrlCompiles() throws Exception {
        byte[] bytes = imageBytes(new RuleEngine().image(RulePackLoader.load(source())));
        MemoryPackSource edited = new MemoryPackSource("img").rule("names", NAMES.replace("\"name \"", "\"person \""), "title",
                "info").rule("years", YEARS, "date", "warning").image(bytes);
        RulePack pack = RulePackLoader.load(edited);
        assertNotNull(pack.image());
        assertFalse(pack.image().matches(pack, LOADER));
        CompiledPack compiled = new RuleEngine().compile(pack);
        assertFalse(compiled.fromImage());
        List<String> found = findings(compiled);
        assertTrue(found.contains("names@Tomas:person TOMAS:INFO"), found::toString);
    }

    @Test
    void anImageFromAnotherDroolsVersionIsNotTrusted() throws Exception {
        RulePack plain = RulePackLoader.load(source());
        PackImage current = new RuleEngine().image(plain);
        assertEquals(PackImage.currentDroolsVersion(), current.droolsVersion());
        assertFalse(PackImage.currentDroolsVersion().equals("unknown"), "drools-core's Maven metadata must be found");
        PackImage older = new PackImage(current.packId(), current.drlDigest(), current.factModel(), "7.74.1.Final",
                current.packages());
        RulePack pack = RulePackLoader.load(source().image(imageBytes(older)));
        assertFalse(pack.image().matches(pack, LOADER));
        assertFalse(new RuleEngine().compile(pack).fromImage());
    }

    @Test
    void aDamagedImageIsIgnored() throws Exception {
        byte[] good = imageBytes(new RuleEngine().image(RulePackLoader.load(source())));
        for (byte[] bad : List.of(Arrays.copyOf(good, good.length / 2), "not an image".getBytes(), new byte[0])) {
            RulePack pack = RulePackLoader.load(source().image(bad));
            assertNull(pack.image(), "a damaged image is dropped at load");
            CompiledPack compiled = new RuleEngine().compile(pack);
            assertTrue(compiled.usable());
            assertFalse(compiled.fromImage());
            assertEquals(3, findings(compiled).size());
        }
        assertThrows(IOException.class, () -> PackImage.read(new java.io.ByteArrayInputStream(Arrays.copyOf(good, 40))));
    }

    @Test
    void anImageHoldingClassesOutsideTheRuleModelIsRefused() throws Exception {
        RulePack plain = RulePackLoader.load(source());
        // Right header and digest, but the payload is not Drools' packages: a javax class (outside the
        // deserialization filter), and a list of strings (allowed classes, wrong content).
        ByteArrayOutputStream foreign = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(foreign)) {
            out.writeObject(new ArrayList<>(List.of(new javax.management.ObjectName("img:type=Gadget"))));
        }
        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(strings)) {
            out.writeObject(new ArrayList<>(List.of("rule")));
        }
        // a JDK class no image holds (java.** as a whole is not admitted)
        ByteArrayOutputStream jdk = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(jdk)) {
            out.writeObject(new ArrayList<>(List.of(new java.io.File("/tmp/image-gadget"))));
        }
        List<String> reasons = List.of("REJECTED", "does not hold a list of KiePackages", "REJECTED");
        List<byte[]> payloads = List.of(foreign.toByteArray(), strings.toByteArray(), jdk.toByteArray());
        for (int i = 0; i < payloads.size(); i++) {
            PackImage forged = new PackImage(plain.id(), PackImage.digest(plain), FactModelFingerprint.of(plain, LOADER),
                    PackImage.currentDroolsVersion(), payloads.get(i));
            IOException refused = assertThrows(IOException.class, () -> forged.packages(RuleEngine.class.getClassLoader()));
            assertTrue(refused.getMessage().contains(reasons.get(i)), refused.getMessage());
            RulePack pack = RulePackLoader.load(source().image(imageBytes(forged)));
            assertTrue(pack.image().matches(pack, LOADER));
            CompiledPack compiled = new RuleEngine().compile(pack);
            assertFalse(compiled.fromImage(), "a refused image falls back to the DRL");
            assertEquals(3, findings(compiled).size());
        }
    }

    @Test
    void anImageWhoseBytecodeTheSandboxRefusesRefusesThePack() throws Exception {
        // an image built around the sandbox (as a forged or outdated image could be): its classes are
        // checked before loading, and the pack is refused rather than run or quietly recompiled
        String hostile = HEADER + "rule \"names\"\nwhen\n    $t : Token( pos == \"PROPN\" )\nthen\n"
                + "    System.setProperty(\"factcheck.image.escape\", \"yes\");\nend\n";
        MemoryPackSource src = new MemoryPackSource("hostile").rule("names", hostile, "style", "info");
        RulePack plain = RulePackLoader.load(src);
        org.kie.internal.builder.KnowledgeBuilder kb = org.kie.internal.builder.KnowledgeBuilderFactory.newKnowledgeBuilder(
                org.kie.internal.builder.KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(LOADER));
        var resource = org.kie.internal.io.ResourceFactory.newByteArrayResource(hostile.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        resource.setSourcePath("names.drl");
        kb.add(resource, org.kie.api.io.ResourceType.DRL);
        assertFalse(kb.hasErrors(), kb.getErrors().toString());
        PackImage forged = PackImage.of(plain, kb.getKnowledgePackages(), LOADER);
        RulePack pack = RulePackLoader.load(src.image(imageBytes(forged)));
        assertTrue(pack.image().matches(pack, LOADER));
        CompiledPack compiled = new RuleEngine().compile(pack);
        assertFalse(compiled.usable());
        assertTrue(compiled.diagnostics().stream().anyMatch(d -> d.message().contains("java.lang.System.setProperty")
                && d.file().equals("names.drl") && d.line() == 8), compiled.diagnostics().toString());
        assertThrows(IllegalArgumentException.class, () -> new RuleEngine().image(plain), "the build refuses to make one");
    }

    @Test
    void theDigestCoversEveryDrlFileAndThePackId() throws Exception {
        String base = PackImage.digest(RulePackLoader.load(source()));
        assertEquals(base, PackImage.digest(RulePackLoader.load(source())));
        assertFalse(base.equals(PackImage.digest(RulePackLoader.load(new MemoryPackSource("other")
                .rule("names", NAMES, "title", "info").rule("years", YEARS, "date", "warning")))));
        assertFalse(base.equals(PackImage.digest(RulePackLoader.load(new MemoryPackSource("img")
                .rule("names", NAMES, "title", "info")))));
        // Metadata is read at load time, not baked into the image: changing a severity keeps the digest.
        assertEquals(base, PackImage.digest(RulePackLoader.load(new MemoryPackSource("img")
                .rule("names", NAMES, "title", "warning").rule("years", YEARS, "date", "warning"))));
    }

    @Test
    void foldersAndJarsOfferAnImageOnlyWhenTrusted() throws Exception {
        Path pack = dir.resolve("team/pack");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("pack.yaml"), "id: img\nversion: 1.0.0\n");
        Files.writeString(pack.resolve("names.drl"), NAMES);
        Files.writeString(pack.resolve("names.yaml"), "id: names\ncategory: title\nseverity: info\ntitle: Names\n");
        RulePack loaded = RulePackLoader.load(new DirectoryPackSource(pack));
        byte[] bytes = imageBytes(new RuleEngine().image(loaded));
        Path beside = DirectoryPackSource.imageBeside(pack);
        assertEquals(dir.resolve("team/pack.kbin").toAbsolutePath(), beside);
        Files.write(beside, bytes);

        assertNull(RulePackLoader.load(new DirectoryPackSource(pack)).image(), "an untrusted folder never offers its image");
        RulePack trusted = RulePackLoader.load(new DirectoryPackSource(pack, beside));
        assertTrue(new RuleEngine().compile(trusted).fromImage());
        assertNull(RulePackLoader.load(new DirectoryPackSource(pack, dir.resolve("missing.kbin"))).image());

        Path jar = dir.resolve("team.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String name : List.of("pack.yaml", "names.drl", "names.yaml")) {
                zip.putNextEntry(new ZipEntry("pack/" + name));
                zip.write(Files.readAllBytes(pack.resolve(name)));
            }
            zip.putNextEntry(new ZipEntry(JarPackSource.imageEntry("pack/")));
            zip.write(bytes);
        }
        assertEquals("pack.kbin", JarPackSource.imageEntry("pack/"));
        assertNull(RulePackLoader.load(new JarPackSource(jar)).image(), "a jar from --rules never offers its image");
        RulePack fromJar = RulePackLoader.load(new JarPackSource(jar, true));
        assertTrue(fromJar.image().matches(fromJar, LOADER));
        assertTrue(new RuleEngine().compile(fromJar).fromImage());
        try (InputStream none = new JarPackSource(jar).openImage()) {
            assertNull(none);
        }
    }

    @Test
    void imageOfABrokenPackNamesItsProblems() throws Exception {
        RulePack broken = RulePackLoader.load(new MemoryPackSource("img").rule("bad", HEADER
                + "rule \"bad\"\nwhen\n    $t : Token( pos == )\nthen\nend\n", "style", "info"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RuleEngine().image(broken));
        assertTrue(e.getMessage().contains("bad.drl"), e.getMessage());
        // Compiles, but the engine would refuse it: a reporting rule without metadata.
        RulePack unlisted = RulePackLoader.load(new MemoryPackSource("img").rules("names", NAMES, "other-id"));
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> new RuleEngine().image(unlisted));
        assertTrue(m.getMessage().contains("rule 'names' has no metadata"), m.getMessage());
    }
}
