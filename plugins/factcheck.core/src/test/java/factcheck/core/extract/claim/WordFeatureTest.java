package factcheck.core.extract.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordFeatureTest {

    @Test
    void superlatives() {
        ClaimFixture f = new ClaimFixture("Exports hit a record high. It is the largest port in Europe. "
                + "Sales were the highest ever. This was the first ever visit. She is the most popular mayor.");
        f.feature(FeatureKind.SUPERLATIVE, "record");
        f.feature(FeatureKind.SUPERLATIVE, "largest");
        f.feature(FeatureKind.SUPERLATIVE, "highest ever");
        f.feature(FeatureKind.SUPERLATIVE, "first ever");
        f.feature(FeatureKind.SUPERLATIVE, "most popular");
    }

    @Test
    void notSuperlatives() {
        ClaimFixture f = new ClaimFixture("His voting record speaks for itself. The latest talks were honest. "
                + "At least the weather held.");
        assertTrue(f.features(FeatureKind.SUPERLATIVE).isEmpty(), f.features().toString());
    }

    @Test
    void comparatives() {
        ClaimFixture f = new ClaimFixture("Wages grew more than prices. The city is larger than Lyon. "
                + "Rents have doubled. Fewer nurses applied.");
        f.feature(FeatureKind.COMPARATIVE, "more than");
        f.feature(FeatureKind.COMPARATIVE, "larger than");
        f.feature(FeatureKind.COMPARATIVE, "doubled");
        f.feature(FeatureKind.COMPARATIVE, "Fewer");
    }

    @Test
    void notComparatives() {
        ClaimFixture f = new ClaimFixture("He took a more diplomatic tone. She walked rather than drove.");
        assertTrue(f.features(FeatureKind.COMPARATIVE).isEmpty(), f.features().toString());
    }

    @Test
    void causal() {
        ClaimFixture f = new ClaimFixture("Prices rose because of the drought. The strike led to delays. "
                + "Flights were cancelled due to fog.");
        f.feature(FeatureKind.CAUSAL, "because of");
        f.feature(FeatureKind.CAUSAL, "led to");
        f.feature(FeatureKind.CAUSAL, "due to");
    }

    @Test
    void scheduleIsNotCausal() {
        ClaimFixture f = new ClaimFixture("The ministers are due to meet in Oslo.");
        assertTrue(f.features(FeatureKind.CAUSAL).isEmpty(), f.features().toString());
    }

    @Test
    void predictions() {
        ClaimFixture f = new ClaimFixture("The plant will close. Output is expected to recover. "
                + "The storm could reach the coast.");
        f.feature(FeatureKind.PREDICTION, "will");
        f.feature(FeatureKind.PREDICTION, "expected to");
        f.feature(FeatureKind.PREDICTION, "could");
    }

    @Test
    void notPredictions() {
        ClaimFixture f = new ClaimFixture("It was the will of the people. The vote took place in May.");
        assertTrue(f.features(FeatureKind.PREDICTION).isEmpty(), f.features().toString());
    }

    @Test
    void trends() {
        ClaimFixture f = new ClaimFixture("Relations have deteriorated dramatically in recent years. "
                + "Crime has grown. Shares surged.");
        f.feature(FeatureKind.TREND, "deteriorated");
        f.feature(FeatureKind.TREND, "in recent years");
        f.feature(FeatureKind.TREND, "grown");
        f.feature(FeatureKind.TREND, "surged");
    }

    @Test
    void notTrends() {
        ClaimFixture f = new ClaimFixture("They watched a growing crowd. We want to improve the schools.");
        assertTrue(f.features(FeatureKind.TREND).isEmpty(), f.features().toString());
    }

    @Test
    void timeBoundedNegatives() {
        ClaimFixture f = new ClaimFixture("The premier has not traveled outside of Peru since the outbreak began. "
                + "The two leaders have not met since 2019.");
        f.feature(FeatureKind.TIME_BOUNDED_NEGATIVE, "has not traveled outside of Peru since");
        f.feature(FeatureKind.TIME_BOUNDED_NEGATIVE, "have not met since");
    }

    @Test
    void negationWithoutSinceIsNotTimeBounded() {
        ClaimFixture f = new ClaimFixture("The premier has not traveled abroad. She has traveled abroad since June.");
        assertTrue(f.features(FeatureKind.TIME_BOUNDED_NEGATIVE).isEmpty(), f.features().toString());
    }
}
