package factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import factcheck.core.FactChecker;
import factcheck.core.extract.claim.WeightTable;

/** A pack's check-worthiness table: the last pack that ships one wins, a broken one refuses its pack. */
class PackWeightTableTest {

    private static final String RULE = "package t\nglobal factcheck.core.rules.FindingSink findings\n";

    private static RulePack pack(String id, String table) throws Exception {
        MemoryPackSource source = new MemoryPackSource(id).rule("t.none", RULE, "style", "info");
        if (table != null) {
            source.file(WeightTable.TABLE, table);
        }
        return RulePackLoader.load(source);
    }

    @Test
    void theLastPackWithATableGivesTheWeights() throws Exception {
        FactChecker checker = new FactChecker();
        List<CompiledPack> packs = checker.compile(List.of(pack("house.a", "intercept: -1\nweights:\n  money: 2\n"),
                pack("house.b", null), pack("house.c", "intercept: 0.5\nweights:\n  money: -1\n")));
        WeightTable table = checker.weights(packs);
        assertEquals(0.5, table.intercept());
        assertEquals(-1.0, table.weight("money"));
        assertNull(checker.weights(checker.compile(List.of(pack("house.b", null)))));
    }

    @Test
    void aMalformedTableIsADiagnosticThatRefusesThePack() throws Exception {
        RulePack broken = pack("house.broken", "intercept: -1\nweights:\n  money: lots\n");
        assertEquals(1, broken.diagnostics().size(), broken.diagnostics().toString());
        Diagnostic d = broken.diagnostics().get(0);
        assertEquals(WeightTable.TABLE, d.file());
        assertTrue(d.message().contains("'money' is not a number"), d.message());
        FactChecker checker = new FactChecker();
        List<CompiledPack> packs = checker.compile(List.of(broken));
        assertFalse(packs.get(0).usable());
        assertNull(checker.weights(packs));
    }

    @Test
    void weightsExpectedBeforeCompilingAreThoseOfTheLoadedPacks() throws Exception {
        FactChecker checker = new FactChecker();
        List<RulePack> loaded = List.of(pack("house.a", "intercept: -1\nweights:\n  money: 2\n"),
                pack("house.c", "intercept: 0.5\nweights:\n  money: -1\n"));
        WeightTable expected = checker.expectedWeights(loaded);
        assertEquals(0.5, expected.intercept());
        // the same table the compiled packs give, so an analysis made meanwhile is kept
        assertTrue(expected == checker.weights(checker.compile(loaded)));
    }

    @Test
    void anAnalysisMadeWithOtherWeightsIsMadeAgain() throws Exception {
        FactChecker checker = new FactChecker();
        // the pack that was to give the weights fails to compile: its table is expected, not used
        RulePack failingForReal = RulePackLoader.load(new MemoryPackSource("house.failing")
                .rule("t.none", "package t\nrule \"broken\" when then oops( end\n", "style", "info")
                .file(WeightTable.TABLE, "intercept: 3\nweights:\n  money: 2\n"));
        WeightTable expected = checker.expectedWeights(List.of(pack("house.ok", null), failingForReal));
        assertEquals(3.0, expected.intercept());
        List<CompiledPack> packs = checker.compile(List.of(pack("house.ok", null), failingForReal));
        assertFalse(packs.get(1).usable());
        var article = factcheck.core.article.ArticleParser.parse("a.article",
                "The council spent 4 million dollars on the new bridge, the mayor said.\n");
        var early = checker.analyze(article, expected);
        var result = checker.check(article, early, expected, packs, RuleSettings.DEFAULTS);
        var direct = checker.check(article, packs, RuleSettings.DEFAULTS);
        assertFalse(result.analysis() == early, "made again with the weights the usable packs give (none)");
        assertEquals(direct.analysis().annotations(), result.analysis().annotations());
        var unweighted = checker.analyze(article, null);
        assertEquals(unweighted.annotations(), result.analysis().annotations());
        assertFalse(early.annotations().equals(result.analysis().annotations()), "the expected weights changed the scores");
    }
}
