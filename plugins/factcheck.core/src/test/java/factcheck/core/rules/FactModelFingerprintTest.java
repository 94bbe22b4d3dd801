package factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the fact model digest of a pack's DRL covers, and that an image made against another model is not used. */
class FactModelFingerprintTest {

    private static final ClassLoader LOADER = RuleEngine.class.getClassLoader();
    private static final String GLOBAL = "global factcheck.core.rules.FindingSink findings\n";
    private static final String RULE = """
            rule "r"
            when
                $t : Token( pos == "PROPN" )
            then
                findings.report(drools, $t.start(), $t.end(), "name");
            end
            """;

    @TempDir
    Path dir;

    private static String fingerprint(String drl, ClassLoader loader) throws Exception {
        return FactModelFingerprint.of(RulePackLoader.load(new MemoryPackSource("fp").rule("r", drl, "style", "info")), loader);
    }

    @Test
    void wildcardAndExplicitImportsReachTheSameClasses() throws Exception {
        String explicit = fingerprint("package fp\nimport factcheck.core.nlp.Token\n" + GLOBAL + RULE, LOADER);
        String wildcard = fingerprint("package fp\nimport factcheck.core.nlp.*\n" + GLOBAL + RULE, LOADER);
        assertEquals(explicit, wildcard);
        String commented = fingerprint("package fp\n// uses the tokens\nimport factcheck.core.nlp.Token\n" + GLOBAL
                + RULE.replace("\"name\"", "\"a name\""), LOADER);
        assertEquals(explicit, commented, "comments and messages are not part of the fact model");
        String more = fingerprint("package fp\nimport factcheck.core.nlp.Token\nimport factcheck.core.extract.quote.Quote\n"
                + GLOBAL + RULE, LOADER);
        assertNotEquals(explicit, more, "another imported class is part of the reachable model");
    }

    @Test
    void aChangedFactClassChangesTheDigestAndTheImageIsNotUsed() throws Exception {
        // Two builds of the same fact class, as an older and a newer engine would have it.
        ClassLoader older = compile("older", "public double value() { return 1; }");
        ClassLoader newer = compile("newer", "public double reading() { return 1; }");
        String drl = "package fp\nimport factcheck.fixture.Meter\n" + GLOBAL
                + "rule \"r\"\nwhen\n    Meter()\nthen\nend\n";
        String a = fingerprint(drl, older);
        assertEquals(a, fingerprint(drl, older));
        assertNotEquals(a, fingerprint(drl, newer));

        RulePack pack = RulePackLoader.load(new MemoryPackSource("fp").rule("r", drl, "style", "info"));
        PackImage image = new PackImage(pack.id(), PackImage.digest(pack), a, PackImage.currentDroolsVersion(), new byte[0]);
        assertTrue(image.matches(pack, older));
        assertFalse(image.matches(pack, newer), "an image linked against the older Meter must not be used");
    }

    @Test
    void qualifiedNamesWithoutImportAndConstantValuesCount() throws Exception {
        ClassLoader a = compile("constant-a", "public static final String UNIT = \"kWh\";");
        ClassLoader b = compile("constant-b", "public static final String UNIT = \"MWh\";");
        // No import: the consequence names the class in full, and javac copies the constant into it.
        String drl = "package fp\n" + GLOBAL + "rule \"r\"\nwhen\n    $t : factcheck.core.nlp.Token()\nthen\n"
                + "    String unit = factcheck.fixture.Meter.UNIT;\nend\n";
        assertNotEquals(fingerprint(drl, a), fingerprint(drl, b));
    }

    /** Compiles factcheck.fixture.Meter with the given body into its own folder and loader. */
    private ClassLoader compile(String name, String body) throws Exception {
        Path src = dir.resolve(name + "/src/factcheck/fixture/Meter.java");
        Path out = dir.resolve(name + "/classes");
        Files.createDirectories(src.getParent());
        Files.createDirectories(out);
        Files.writeString(src, "package factcheck.fixture;\npublic class Meter {\n    " + body + "\n}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "-d", out.toString(), src.toString()), "javac failed");
        return new URLClassLoader(new URL[] {out.toUri().toURL()}, LOADER);
    }
}
