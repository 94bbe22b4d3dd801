package factcheck.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The one-pass cut-off of the beam searches (lemmatizer, tagger) equals the sort it replaced, ties included. */
class BeamCutOffTest {

    private static double bySorting(double[] scores, int k) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, sorted.length - k)];
    }

    @Test
    void writtenCases() {
        assertEquals(0.5, BeamCutOff.of(new double[] {0.1, 0.9, 0.5, 0.7, 0.2}, 3));
        assertEquals(0.9, BeamCutOff.of(new double[] {0.1, 0.9, 0.5}, 1));
        assertEquals(0.4, BeamCutOff.of(new double[] {0.4, 0.4, 0.4, 0.1}, 3), "ties count");
        assertEquals(0.3, BeamCutOff.of(new double[] {0.3, 0.6}, 3), "fewer scores than the beam");
        assertThrows(IllegalArgumentException.class, () -> BeamCutOff.of(new double[0], 3));
    }

    @Test
    void randomScoresWithTies() {
        Random random = new Random(6122026);
        for (int round = 0; round < 20_000; round++) {
            double[] scores = new double[1 + random.nextInt(30)];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = random.nextInt(8) / 8.0; // few distinct values: many ties
            }
            int k = 1 + random.nextInt(5);
            assertEquals(bySorting(scores, k), BeamCutOff.of(scores, k), Arrays.toString(scores) + " k=" + k);
        }
    }
}
