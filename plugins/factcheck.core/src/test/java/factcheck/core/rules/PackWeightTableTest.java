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
}
