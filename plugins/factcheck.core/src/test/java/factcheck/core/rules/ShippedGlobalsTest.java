package factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import factcheck.core.FactChecker;
import factcheck.core.article.ArticleParser;

/**
 * A trusted pack's image ships its knowledge base parsed and checked; the engine reads it only while
 * it fits the pack's data files, so the rules answer the same as from the files.
 */
class ShippedGlobalsTest {

    private static final String DRL = """
            package shipped
            import factcheck.core.nlp.Token
            global factcheck.core.rules.FindingSink findings
            global factcheck.core.kb.KnowledgeBase kb
            rule "mayor"
            when
                $t : Token( text == "Mayor" )
            then
                findings.report(drools, $t.start(), $t.end(), "mayor since " + kb.termsOf("tomas-berg").get(0).start().first());
            end
            """;
    private static final String KB = """
            as-of: 2023-05-01
            source: Example register of mayors
            jurisdictions:
              - {id: xl, name: Lakeford, adjectives: [Lakefordian]}
            people:
              - {id: tomas-berg, name: Tomas Berg}
            offices:
              - id: xl.mayor
                jurisdiction: xl
                titles: [Mayor]
                terms:
                  - {person: tomas-berg, start: 2018-01-01}
            """;
    private static final String TEXT = "date 2023-06-01 Lakeford\n\nMayor Tomas Berg opened the ferry pier.\n";

    private static MemoryPackSource source(String kb) {
        return new MemoryPackSource("shipped").rule("mayor", DRL, "title", "info").file("data/kb/lakeford.yaml", kb);
    }

    private static byte[] bytes(PackImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        image.write(out);
        return out.toByteArray();
    }

    private static List<String> findings(RulePack pack) throws Exception {
        CompiledPack compiled = new RuleEngine().compile(pack);
        assertTrue(compiled.usable(), () -> "diagnostics: " + compiled.diagnostics());
        return new FactChecker().check(ArticleParser.parse("l.article", TEXT), List.of(compiled), RuleSettings.DEFAULTS)
                .findings().stream().map(f -> f.message()).toList();
    }

    @Test
    void theImageShipsTheKnowledgeBaseAndReadsItBack() throws Exception {
        PackImage image = new RuleEngine().image(RulePackLoader.load(source(KB)));
        assertEquals(List.of("kb"), List.copyOf(image.globals().keySet()));
        PackImage back = PackImage.read(new ByteArrayInputStream(bytes(image)));
        assertArrayEquals(image.globals().get("kb"), back.globals().get("kb"));
        assertArrayEquals(image.packages(), back.packages());
        // an image without the section (as made before globals were shipped) reads as shipping nothing
        PackImage bare = new PackImage(image.packId(), image.drlDigest(), image.factModel(), image.droolsVersion(),
                image.packages());
        assertTrue(PackImage.read(new ByteArrayInputStream(bytes(bare))).globals().isEmpty());
    }

    @Test
    void theShippedKnowledgeBaseServesOnlyTheFilesItWasMadeFrom() throws Exception {
        byte[] image = bytes(new RuleEngine().image(RulePackLoader.load(source(KB))));
        assertEquals(List.of("mayor since 2018-01-01"), findings(RulePackLoader.load(source(KB).image(image))));
        assertEquals(findings(RulePackLoader.load(source(KB))), findings(RulePackLoader.load(source(KB).image(image))));
        // the data changed after the image was made: the rules see the files as they are now
        String changed = KB.replace("2018-01-01", "2019-04-02");
        assertEquals(List.of("mayor since 2019-04-02"), findings(RulePackLoader.load(source(changed).image(image))));
    }
}
