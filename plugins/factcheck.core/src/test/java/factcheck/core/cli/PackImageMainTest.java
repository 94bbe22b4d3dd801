package factcheck.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import factcheck.core.rules.DirectoryPackSource;
import factcheck.core.rules.RuleEngine;
import factcheck.core.rules.RulePack;
import factcheck.core.rules.RulePackLoader;

/**
 * The build step that writes a pack's image, and the command line's use of it: the standard pack
 * takes the image beside its folder, a {@code --rules} pack never does.
 */
class PackImageMainTest {

    private static final String DRL = """
            package team
            import factcheck.core.nlp.Token
            global factcheck.core.rules.FindingSink findings
            rule "team.weekday"
            when
                $t : Token( text == "Friday" )
            then
                findings.report(drools, $t.start(), $t.end(), "weekday");
            end
            """;

    @TempDir
    Path dir;

    private Path pack(String name, String drl) throws Exception {
        Path pack = dir.resolve(name + "/pack");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("pack.yaml"), "id: " + name + "\nversion: 2.0.0\n");
        Files.writeString(pack.resolve("weekday.drl"), drl);
        Files.writeString(pack.resolve("weekday.yaml"), "id: team.weekday\ncategory: date\nseverity: info\ntitle: Weekday\n");
        return pack;
    }

    @Test
    void writesAnImageThatMatchesThePack() throws Exception {
        Path pack = pack("team", DRL);
        Path image = DirectoryPackSource.imageBeside(pack);
        assertEquals(0, PackImageMain.run(new String[] {pack.toString(), image.toString()}));
        assertTrue(Files.size(image) > 1000);
        assertFalse(Files.exists(image.resolveSibling("pack.kbin.part")), "no partial file is left behind");
        RulePack loaded = RulePackLoader.load(new DirectoryPackSource(pack, image));
        assertTrue(loaded.image().matches(loaded, RuleEngine.class.getClassLoader()));
        assertTrue(new RuleEngine().compile(loaded).fromImage());
    }

    @Test
    void aPackThatDoesNotCompileFailsTheStepAndWritesNothing() throws Exception {
        Path pack = pack("broken", DRL.replace("text == \"Friday\"", "text == "));
        Path image = DirectoryPackSource.imageBeside(pack);
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(1, PackImageMain.run(new String[] {pack.toString(), image.toString()}));
            assertEquals(2, PackImageMain.run(new String[] {pack.toString()}));
            assertEquals(2, PackImageMain.run(new String[] {dir.resolve("nowhere").toString(), image.toString()}));
        } finally {
            System.setErr(saved);
        }
        assertFalse(Files.exists(image));
        String messages = err.toString(StandardCharsets.UTF_8);
        assertTrue(messages.contains("weekday.drl"), messages);
        assertTrue(messages.contains("usage: PackImageMain PACK_DIR OUTPUT_FILE"), messages);
        assertTrue(messages.contains("nowhere: no such pack folder"), messages);
    }

    @Test
    void theStandardPackTakesItsImageAndRulesPacksDoNot() throws Exception {
        Path standard = pack("standard", DRL);
        Path team = pack("team", DRL);
        for (Path p : List.of(standard, team)) {
            assertEquals(0, PackImageMain.run(new String[] {p.toString(), DirectoryPackSource.imageBeside(p).toString()}));
        }
        PackLoading loading = new PackLoading(new Messages(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)));
        loading.load(standard.toString(), true, List.of(team.toString()), dir);
        assertFalse(loading.failed());
        List<RulePack> packs = loading.packs();
        assertEquals(List.of("standard", "team"), packs.stream().map(RulePack::id).toList());
        assertNotNull(packs.get(0).image(), "the standard pack comes from our build: its image is used");
        assertNull(packs.get(1).image(), "--rules packs are the user's: an image beside them is not trusted");
    }
}
