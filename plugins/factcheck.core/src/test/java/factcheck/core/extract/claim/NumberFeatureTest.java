package factcheck.core.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberFeatureTest {

    @Test
    void percentages() {
        ClaimFixture f = new ClaimFixture("Unemployment fell to 4.2% in May. Turnout was 61 per cent, "
                + "up 3 percentage points.");
        f.feature(FeatureKind.PERCENTAGE, "4.2%");
        f.feature(FeatureKind.PERCENTAGE, "61 per cent");
        f.feature(FeatureKind.PERCENTAGE, "3 percentage points");
    }

    @Test
    void money() {
        ClaimFixture f = new ClaimFixture("The bridge cost $4.2 billion, and the tunnel 300 million euros.");
        f.feature(FeatureKind.MONEY, "$4.2 billion");
        f.feature(FeatureKind.MONEY, "300 million euros");
    }

    @Test
    void quantitiesAndBareNumbers() {
        ClaimFixture f = new ClaimFixture("About 3,000 troops crossed the border. The score was 17.");
        f.feature(FeatureKind.QUANTITY, "3,000 troops");
        f.feature(FeatureKind.NUMBER, "17");
    }

    @Test
    void yearsAndDatesAreNotNumbers() {
        ClaimFixture f = new ClaimFixture("In 2019 the council met on 8 November and again on March 3, 2020.");
        assertTrue(f.claims.isEmpty(), "dates only: " + f.claims);
    }

    @Test
    void ordinalsTimesAndNamesAreNotNumbers() {
        ClaimFixture f = new ClaimFixture("It is the challenge of the twenty-first century. "
                + "The Group of 20 met after the Covid-19 pandemic at 10:30 on its 21st anniversary.");
        assertTrue(f.claims.isEmpty(), "no numeric claim: " + f.claims);
    }

    @Test
    void determinerNumbersAreNotClaims() {
        ClaimFixture f = new ClaimFixture("The two countries signed the deal. One of them hesitated.");
        assertTrue(f.claims.isEmpty(), f.claims.toString());
    }

    @Test
    void spelledQuantityIsAClaim() {
        ClaimFixture f = new ClaimFixture("Twelve people were injured in the blast.");
        assertEquals(1, f.features(FeatureKind.QUANTITY).size(), f.features().toString());
    }
}
