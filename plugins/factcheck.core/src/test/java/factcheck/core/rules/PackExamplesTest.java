package factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import factcheck.core.CheckResult;
import factcheck.core.FactChecker;
import factcheck.core.article.Article;
import factcheck.core.article.ArticleParser;
import factcheck.core.findings.Finding;

/**
 * Every pack is its own test suite: each rule's examples must (or must not) trigger it, and each rule
 * carries at least two of each. Packs come from -Dfactcheck.packs (comma-separated directories),
 * by default the standard pack of this repository (the build passes both
 * the standard pack and the example team pack, see the pom).
 */
class PackExamplesTest {

    private static final FactChecker CHECKER = new FactChecker();

    static List<Path> packDirs() {
        String prop = System.getProperty("factcheck.packs", "../../rules/pack");
        return Stream.of(prop.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Path::of).toList();
    }

    @TestFactory
    List<DynamicNode> everyExampleOfEveryPack() throws Exception {
        List<DynamicNode> packs = new ArrayList<>();
        for (Path dir : packDirs()) {
            assertTrue(Files.isRegularFile(dir.resolve(RulePackLoader.PACK_FILE)), "no pack at " + dir.toAbsolutePath());
            RulePack pack = RulePackLoader.load(new DirectoryPackSource(dir));
            CompiledPack compiled = CHECKER.engine().compile(pack);
            List<DynamicNode> rules = new ArrayList<>();
            rules.add(DynamicTest.dynamicTest("compiles without diagnostics",
                    () -> assertEquals(List.of(), compiled.diagnostics())));
            for (RuleMetadata rule : pack.rules().values()) {
                List<DynamicNode> examples = new ArrayList<>();
                examples.add(DynamicTest.dynamicTest("has two positive and two negative examples", () -> {
                    long positive = rule.examples().stream().filter(RuleExample::triggers).count();
                    assertTrue(positive >= 2 && rule.examples().size() - positive >= 2,
                            rule.id() + " needs >= 2 examples that trigger and >= 2 that do not");
                }));
                int n = 0;
                for (RuleExample example : rule.examples()) {
                    String name = (example.triggers() ? "triggers on " : "silent on ") + "#" + (++n) + ": "
                            + abbreviate(example.text());
                    examples.add(DynamicTest.dynamicTest(name, () -> runExample(compiled, rule, example)));
                }
                rules.add(DynamicContainer.dynamicContainer(rule.id(), examples));
            }
            packs.add(DynamicContainer.dynamicContainer(pack.id(), rules));
        }
        return packs;
    }

    private static void runExample(CompiledPack compiled, RuleMetadata rule, RuleExample example) throws Exception {
        assertTrue(compiled.usable(), "pack does not compile: " + compiled.diagnostics());
        LocalDate dateline = example.dateline() == null ? null : LocalDate.parse(example.dateline());
        Article article = ArticleParser.parse(rule.id() + "-example", example.text(), dateline);
        CheckResult result = CHECKER.check(article, List.of(compiled), RuleSettings.DEFAULTS);
        assertEquals(List.of(), result.problems(), "rules misbehaved");
        List<Finding> mine = result.findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
        if (!example.triggers()) {
            assertEquals(List.of(), mine, rule.id() + " must not fire on: " + example.text());
            return;
        }
        assertFalse(mine.isEmpty(), rule.id() + " must fire on: " + example.text());
        if (example.match() != null) {
            List<String> covered = mine.stream().map(f -> example.text().substring(f.start(), f.end())).toList();
            assertTrue(covered.contains(example.match()),
                    rule.id() + " must cover \"" + example.match() + "\" but covered " + covered);
        }
    }

    private static String abbreviate(String s) {
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
