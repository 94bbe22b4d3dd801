package factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;

import factcheck.core.FactChecker;
import factcheck.core.article.ArticleParser;

/**
 * A trusted image's checks are remembered only after they passed, only for the same image and DRL,
 * and only where the launcher named a folder; a remembered image gives the same rules.
 */
class ImageMemoTest {

    private static final String HEADER = "package memo\nimport factcheck.core.nlp.Token\nglobal factcheck.core.rules.FindingSink findings\n";
    private static final String CAPITALS = HEADER + """
            rule "capitals"
            when
                $t : Token( pos == "PROPN" )
            then
                findings.report(drools, $t.start(), $t.end(), "name " + $t.text());
            end
            """;
    private static final String TEXT = "date 2022-03-14 Harbour\n\nThe harbour master, Ines Okoro, reopened the quay.\n";
    private static final ClassLoader LOADER = RuleEngine.class.getClassLoader();

    @TempDir
    Path dir;

    @AfterEach
    void unsetFolder() {
        System.clearProperty(ImageMemo.FOLDER_PROPERTY);
    }

    private static byte[] bytes(PackImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        image.write(out);
        return out.toByteArray();
    }

    private static MemoryPackSource source(String drl) {
        return new MemoryPackSource("memo").rule("capitals", drl, "title", "info");
    }

    private static RulePack withImage(String drl) throws IOException {
        return RulePackLoader.load(source(drl).image(bytes(new RuleEngine().image(RulePackLoader.load(source(drl))))));
    }

    private static List<String> findings(CompiledPack pack) throws Exception {
        return new FactChecker().check(ArticleParser.parse("h.article", TEXT), List.of(pack), RuleSettings.DEFAULTS)
                .findings().stream().map(f -> TEXT.substring(f.start(), f.end()) + ":" + f.message()).toList();
    }

    private List<Path> verdicts() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".checked")).toList();
        }
    }

    @Test
    void aCheckedImageIsRememberedForThatImageAndDrlOnly() throws Exception {
        RulePack pack = withImage(CAPITALS);
        System.setProperty(ImageMemo.FOLDER_PROPERTY, dir.toString());
        CompiledPack first = new RuleEngine().compile(pack);
        assertTrue(first.usable() && first.fromImage(), () -> "diagnostics: " + first.diagnostics());
        assertEquals(1, verdicts().size(), "one verdict after the checks passed");
        assertTrue(ImageMemo.of(dir, pack.image(), PackImage.digest(pack)).checked());

        CompiledPack second = new RuleEngine().compile(pack);
        assertTrue(second.usable() && second.fromImage());
        assertEquals(List.of("Ines:name Ines", "Okoro:name Okoro"), findings(second));
        assertEquals(findings(first), findings(second), "a remembered image gives the same rules");

        // Other DRL beside the same image, or another image: not remembered.
        assertFalse(ImageMemo.of(dir, pack.image(), "another digest").checked());
        RulePack other = withImage(CAPITALS.replace("\"name \"", "\"person \""));
        assertFalse(ImageMemo.of(dir, other.image(), PackImage.digest(other)).checked());
    }

    @Test
    void anImageTheSandboxRefusesIsNeverRemembered() throws Exception {
        String hostile = HEADER + "rule \"capitals\"\nwhen\n    $t : Token( pos == \"PROPN\" )\nthen\n"
                + "    System.setProperty(\"factcheck.memo.escape\", \"yes\");\nend\n";
        RulePack plain = RulePackLoader.load(source(hostile));
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(LOADER));
        var resource = org.kie.internal.io.ResourceFactory.newByteArrayResource(hostile.getBytes(StandardCharsets.UTF_8));
        resource.setSourcePath("capitals.drl");
        kb.add(resource, org.kie.api.io.ResourceType.DRL);
        RulePack pack = RulePackLoader.load(source(hostile).image(bytes(PackImage.of(plain, kb.getKnowledgePackages(), LOADER))));
        System.setProperty(ImageMemo.FOLDER_PROPERTY, dir.toString());
        for (int run = 0; run < 2; run++) {
            CompiledPack compiled = new RuleEngine().compile(pack);
            assertFalse(compiled.usable(), "refused on every load");
            assertTrue(verdicts().isEmpty());
        }
    }

    @Test
    void withoutAFolderOrWithAnUnwritableOneEveryLoadChecks() throws Exception {
        RulePack pack = withImage(CAPITALS);
        ImageMemo none = ImageMemo.of(null, pack.image(), PackImage.digest(pack));
        none.remember();
        assertFalse(none.checked());
        assertTrue(new RuleEngine().compile(pack).fromImage());

        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        System.setProperty(ImageMemo.FOLDER_PROPERTY, notAFolder.toString());
        CompiledPack compiled = new RuleEngine().compile(pack);
        assertTrue(compiled.usable() && compiled.fromImage(), "a folder that cannot be written costs only time");
        assertFalse(ImageMemo.of(notAFolder, pack.image(), PackImage.digest(pack)).checked());
    }
}
