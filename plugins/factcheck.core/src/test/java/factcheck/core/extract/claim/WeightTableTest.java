package factcheck.core.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The table's arithmetic: the logistic score, the "words" signal, what raised a score. */
class WeightTableTest {

    private static WeightTable table(String yaml, String words) {
        return WeightTable.load(Map.of(WeightTable.TABLE, yaml.getBytes(StandardCharsets.UTF_8),
                WeightTable.WORDS, words.getBytes(StandardCharsets.UTF_8)));
    }

    private static final WeightTable TABLE = table("# comment\nintercept: -1.0\nweights:\n  money: 2.0  # why\n"
            + "  question: -1.5\n  words: 0.5\n", "# word weights\ntariffs\t1.2\nthank\t-2.0\nzürich\t0.4\n");

    @Test
    void scoreIsTheLogisticOfTheWeightedSignals() {
        assertEquals(1 / (1 + Math.exp(1.0)), TABLE.score(Map.of()), 1e-12);
        assertEquals(1 / (1 + Math.exp(-1.0)), TABLE.score(Map.of("money", 1.0)), 1e-12);
        assertEquals(1 / (1 + Math.exp(0.5)), TABLE.score(Map.of("money", 1.0, "question", 1.0, "unknown", 1.0)), 1e-12);
        assertEquals(0.0, TABLE.weight("unknown"));
    }

    @Test
    void wordSignalSumsDistinctWordsOverTheSquareRootOfTheirNumber() {
        // distinct words: tariffs, on, tariffs (again), in, zürich -> {tariffs, on, in, zürich}
        assertEquals((1.2 + 0.4) / 2, TABLE.wordSignal("Tariffs on TARIFFS in Zürich!"), 1e-12);
        assertEquals(-2.0, TABLE.wordSignal("Thank"), 1e-12);
        assertEquals(0.0, TABLE.wordSignal("12 %"));
    }

    @Test
    void raisingListsPositiveContributionsLargestFirst() {
        assertEquals(List.of("money", "words"),
                TABLE.raising(Map.of("words", 1.5, "money", 1.0, "question", 1.0)));
        assertEquals(List.of("words", "money"), TABLE.raising(Map.of("words", 6.0, "money", 1.0)));
    }

    @Test
    void malformedFilesNameTheFileAndTheEntry() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> table("intercept: -1\nweights:\n  money: 2\n", "tariffs 1.2\n"));
        assertTrue(bad.getMessage().startsWith(WeightTable.WORDS), bad.getMessage());
        IllegalArgumentException noWeights = assertThrows(IllegalArgumentException.class,
                () -> table("intercept: -1\n", ""));
        assertTrue(noWeights.getMessage().contains("'weights'"), noWeights.getMessage());
    }
}
