package factcheck.core.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each signal moves a sentence's score the way the standard pack's table says: two sentences that
 * differ by the signal's words only, scored with the shipped table, are ordered by the sign of its
 * weight. And the table keeps the directions fact-checkers' choices showed.
 */
class SignalDirectionTest {

    private static WeightTable table;

    @BeforeAll
    static void load() {
        table = StandardWeights.load();
    }

    private static Claim only(String sentence) {
        ClaimFixture f = new ClaimFixture(sentence, table);
        assertEquals(1, f.scored.size(), f.scored.toString());
        return f.scored.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "percentage | The ferry fares in Tromsø went up by 9% this spring. | The ferry fares in Tromsø went up this spring.",
        "money | Ostrava paid $40 million for the new stadium. | Ostrava paid for the new stadium.",
        "superlative | The Drava bridge is the longest in the province. | The Drava bridge is long for the province.",
        "question | Has the Drava bridge been repaired? | The Drava bridge has been repaired.",
        "opinion | I think the harbour tunnel in Gdynia is beautiful. | The harbour tunnel in Gdynia is open.",
        "time_bounded_negative | Mayor Ilves has not visited Tartu since the flood. | Mayor Ilves visited Tartu after the flood.",
    })
    void signalMovesTheScoreByItsWeight(String signal, String with, String without) {
        Claim a = only(with);
        Claim b = only(without);
        assertTrue(a.signals().containsKey(signal), a.signals().toString());
        assertFalse(b.signals().containsKey(signal), b.signals().toString());
        double weight = table.weight(signal);
        assertTrue(weight != 0, signal + " has a weight");
        assertEquals(weight > 0, a.score() > b.score(),
                signal + " weighs " + weight + ": " + a.score() + " with, " + b.score() + " without");
    }

    @Test
    void tableKeepsTheDirectionsOfFactCheckersChoices() {
        for (String raising : new String[] {"percentage", "money", "quantity", "number", "statistic", "superlative",
                "trend", "causal", "time_bounded_negative", "policy", "named_actor", "words", "context"}) {
            assertTrue(table.weight(raising) > 0, raising + " raises the score: " + table.weight(raising));
        }
        for (String lowering : new String[] {"opinion", "personal_experience", "hedge", "prediction", "question",
                "procedural"}) {
            assertTrue(table.weight(lowering) < 0, lowering + " lowers the score: " + table.weight(lowering));
        }
    }

    @Test
    void greetingsAndProceduralTalkScoreNearZero() {
        double thanks = only("Thank you very much, Councillor Moreau, and welcome.").score();
        double claim = only("Councillor Moreau cut the school budget in Lyon by 12% last year.").score();
        assertTrue(thanks < 0.1, "thanks: " + thanks);
        assertTrue(claim > 0.5, "claim: " + claim);
    }

    @Test
    void everySentenceIsScoredAndOnlyFeaturesMakeItCheckable() {
        ClaimFixture f = new ClaimFixture("Good morning from Lyon. The district lost 3,000 jobs in 2019.", table);
        assertEquals(2, f.scored.size(), f.scored.toString());
        assertFalse(f.scored.get(0).checkable());
        assertTrue(f.scored.get(1).checkable());
        assertTrue(f.scored.get(0).score() < f.scored.get(1).score());
        assertEquals("quantity", f.scored.get(1).raisedBy().stream().filter(s -> s.equals("quantity")).findFirst()
                .orElse("none"));
    }
}
