package factcheck.core.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import factcheck.core.CheckResult;
import factcheck.core.FactChecker;
import factcheck.core.article.Article;
import factcheck.core.article.ArticleParser;
import factcheck.core.findings.Finding;
import factcheck.core.nlp.NlpPipeline;
import factcheck.core.nlp.Sentence;
import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.PackImage;
import factcheck.core.rules.PackSource;
import factcheck.core.rules.RulePackLoader;
import factcheck.core.rules.RuleSettings;

/**
 * Runs inside Equinox (tycho-surefire): the models must load from the bundle class path and Drools
 * must compile DRL against our fact model with the ECJ dialect, through bundle class loaders.
 */
class EngineInOsgiTest {

    @Test
    void runsInsideAnOsgiFramework() {
        Bundle bundle = FrameworkUtil.getBundle(FactChecker.class);
        assertNotNull(bundle, "the engine must be loaded by a bundle class loader here");
        assertEquals("factcheck.core", bundle.getSymbolicName());
    }

    @Test
    void openNlpModelsLoadFromTheBundleClassPath() throws Exception {
        String text = "date 2020-03-02 Budget vote\n\nThe council approved the budget on Monday. Critics say it is too small.\n";
        Article article = ArticleParser.parse("budget.article", text);
        List<Sentence> sentences = NlpPipeline.shared().annotate(text, article.paragraphs());
        assertEquals(2, sentences.size());
        var approved = sentences.get(0).tokens().get(2);
        assertEquals("approved", approved.text());
        assertEquals("VERB", approved.pos());
        assertEquals("approve", approved.lemma());
        assertEquals("approved", text.substring(approved.start(), approved.end()));
    }

    @Test
    void droolsCompilesAndFiresARuleOverTheFactModel() throws Exception {
        String drl = """
                package osgi.test
                import factcheck.core.nlp.Token
                global factcheck.core.rules.FindingSink findings
                rule "test.weekday"
                when
                    $t : Token( text in ("Monday", "Tuesday") )
                then
                    findings.report(drools, $t.start(), $t.end(), "weekday " + $t.text());
                end
                """;
        String meta = "id: test.weekday\ncategory: date\nseverity: info\ntitle: Weekday\n";
        PackSource source = new MapSource(Map.of("pack.yaml", "id: osgi.test\nversion: 1.0.0\n",
                "weekday.drl", drl, "weekday.yaml", meta));
        FactChecker checker = new FactChecker();
        List<CompiledPack> packs = checker.compile(List.of(RulePackLoader.load(source)));
        assertTrue(packs.get(0).usable(), () -> "pack did not compile: " + packs.get(0).diagnostics());

        String text = "date 2020-03-02 Budget vote\n\nThe council approved the budget on Monday.\n";
        CheckResult result = checker.check(ArticleParser.parse("budget.article", text), packs, RuleSettings.DEFAULTS);
        assertEquals(1, result.findings().size(), () -> "findings: " + result.findings() + " problems: " + result.problems());
        Finding f = result.findings().get(0);
        assertEquals("Monday", text.substring(f.start(), f.end()));
        assertEquals(3, f.line());
    }

    @Test
    void aPrecompiledImageLoadsThroughTheBundleClassLoader() throws Exception {
        String drl = """
                package osgi.image
                import factcheck.core.nlp.Token
                global factcheck.core.rules.FindingSink findings
                function String shout(String s) { return s.toUpperCase(); }
                rule "test.month"
                when
                    $t : Token( text == "March" )
                then
                    findings.report(drools, $t.start(), $t.end(), "month " + shout($t.text()));
                end
                """;
        Map<String, String> files = Map.of("pack.yaml", "id: osgi.image\nversion: 1.0.0\n", "month.drl", drl,
                "month.yaml", "id: test.month\ncategory: date\nseverity: info\ntitle: Month\n");
        FactChecker checker = new FactChecker();
        PackImage image = checker.engine().image(RulePackLoader.load(new MapSource(files, null)));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        image.write(bytes);

        // A fresh engine, so the KieBase comes from the image's bytecode, defined in Equinox.
        FactChecker fresh = new FactChecker();
        List<CompiledPack> packs = fresh.compile(List.of(RulePackLoader.load(new MapSource(files, bytes.toByteArray()))));
        assertTrue(packs.get(0).usable(), () -> "pack from image unusable: " + packs.get(0).diagnostics());
        assertTrue(packs.get(0).fromImage(), "the image must be used inside OSGi, not silently recompiled");
        String text = "date 2020-03-02 Budget vote\n\nThe council will vote in March.\n";
        CheckResult result = fresh.check(ArticleParser.parse("budget.article", text), packs, RuleSettings.DEFAULTS);
        assertEquals(List.of("month MARCH"), result.findings().stream().map(Finding::message).toList(),
                () -> "problems: " + result.problems());
    }

    /** An in-memory pack, so this test needs nothing but the core bundle. */
    private record MapSource(Map<String, String> files, byte[] image) implements PackSource {
        MapSource(Map<String, String> files) {
            this(files, null);
        }

        @Override
        public InputStream openImage() {
            return image == null ? null : new ByteArrayInputStream(image);
        }

        @Override
        public String location() {
            return "memory";
        }

        @Override
        public List<String> list() {
            return files.keySet().stream().sorted().toList();
        }

        @Override
        public InputStream open(String path) {
            return new ByteArrayInputStream(files.get(path).getBytes(StandardCharsets.UTF_8));
        }
    }
}
