package factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import factcheck.core.FactChecker;

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
                    PackExampleRunner.Result counts = PackExampleRunner.counts(rule);
                    assertTrue(counts.passed(), counts.failure());
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

    private static void runExample(CompiledPack compiled, RuleMetadata rule, RuleExample example) {
        PackExampleRunner.Result r = new PackExampleRunner(CHECKER).run(compiled, rule, example, 0);
        assertTrue(r.passed(), r.failure());
    }

    private static String abbreviate(String s) {
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
