package factcheck.core.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClaimScoreTest {

    @Test
    void statisticOutranksPredictionAndOpinionIsNoClaim() {
        double statistic = ClaimFixture.score("The unemployment rate rose to 7.5% last year.");
        double prediction = ClaimFixture.score("The talks will resume soon.");
        assertTrue(statistic > prediction, statistic + " > " + prediction);
        assertTrue(new ClaimFixture("I think the new bridge is beautiful.").claims.isEmpty());
    }

    @Test
    void opinionMarkersLowerTheScore() {
        double plain = ClaimFixture.score("Inflation rose to 5% in June.");
        double opinion = ClaimFixture.score("In my view, inflation rose to 5% in June.");
        double experience = ClaimFixture.score("I remember that inflation rose to 5% in June.");
        assertTrue(opinion < plain, opinion + " < " + plain);
        assertTrue(experience < plain, experience + " < " + plain);
    }

    @Test
    void moreKindsScoreHigher() {
        double one = ClaimFixture.score("Exports rose.");
        double two = ClaimFixture.score("Exports rose to a record 4 million tonnes.");
        assertTrue(two > one, two + " > " + one);
    }

    @Test
    void weightsFollowTheDocumentedOrder() {
        assertTrue(FeatureKind.STATISTIC.weight() > FeatureKind.NUMBER.weight());
        assertTrue(FeatureKind.NUMBER.weight() > FeatureKind.COMPARATIVE.weight());
        assertTrue(FeatureKind.COMPARATIVE.weight() > FeatureKind.PREDICTION.weight());
        assertFalse(FeatureKind.OPINION.checkWorthy());
        assertEquals(0.0, CheckWorthiness.score(List.of()));
    }

    @Test
    void attributionCues() {
        ClaimFixture f = new ClaimFixture("Exports rose 4%, the minister said. Imports fell 2%. "
                + "According to the bank, rates will stay low.");
        assertTrue(f.claimWith("Exports").attributed());
        assertFalse(f.claimWith("Imports").attributed());
        assertTrue(f.claimWith("rates will").attributed());
        assertEquals("claim", f.claims.get(0).type());
    }

    @Test
    void passiveClaimedByIsNotAttribution() {
        ClaimFixture f = new ClaimFixture("Tensions have grown over the island, which is claimed by Peru.");
        assertEquals(1, f.claims.size(), f.claims.toString());
        assertFalse(f.claims.get(0).attributed());
    }

    @Test
    void clausesSplitOnButAndSemicolon() {
        ClaimFixture f = new ClaimFixture("Exports rose 4%, but imports fell 2%; the deficit narrowed.");
        assertEquals(3, f.claims.size(), f.claims.toString());
        assertEquals("Exports rose 4%", f.claims.get(0).text());
        assertEquals("but imports fell 2%", f.claims.get(1).text());
    }

    @Test
    void crlfAndNonAsciiOffsets() {
        String text = "Zürich’s budget rose to €3.5 million.\r\n\r\nŁódź has grown by 12 per cent since 2010.\r\n";
        ClaimFixture f = new ClaimFixture(text);
        assertEquals(2, f.claims.size(), f.claims.toString());
        f.feature(FeatureKind.PERCENTAGE, "12 per cent");
        Claim second = f.claimWith("Łódź");
        assertEquals(text.indexOf("Łódź"), second.start());
        assertEquals(1, second.sentence());
        assertTrue(f.claimWith("Zürich").has(FeatureKind.MONEY), f.claims.toString());
    }
}
