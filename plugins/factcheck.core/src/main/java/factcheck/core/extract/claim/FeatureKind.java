package factcheck.core.extract.claim;

/**
 * The kinds of claim feature, each with its weight in the check-worthiness score.
 *
 * <p>The ordering follows Full Fact's published claim typology (quantities and statistics are the
 * most check-worthy, then comparisons, superlatives, trends and causal claims; predictions less, as
 * they cannot be checked yet; personal experience and opinion least):
 * <table>
 * <caption>Weights</caption>
 * <tr><th>kind</th><th>weight</th><th>example</th></tr>
 * <tr><td>STATISTIC</td><td>0.70</td><td>"the unemployment rate", "one in five", "on average"</td></tr>
 * <tr><td>PERCENTAGE</td><td>0.65</td><td>"7.5%", "3 per cent"</td></tr>
 * <tr><td>MONEY</td><td>0.60</td><td>"$4.2 billion", "2 million euros"</td></tr>
 * <tr><td>QUANTITY</td><td>0.55</td><td>"3,000 troops", "12 million"</td></tr>
 * <tr><td>NUMBER</td><td>0.45</td><td>a bare number that is not a year, date, time or ordinal</td></tr>
 * <tr><td>SUPERLATIVE</td><td>0.45</td><td>"record", "largest", "highest ever", "first ever", "the most"</td></tr>
 * <tr><td>TIME_BOUNDED_NEGATIVE</td><td>0.45</td><td>"has not traveled outside X since"</td></tr>
 * <tr><td>COMPARATIVE</td><td>0.40</td><td>"more than", "larger than", "doubled", "fewer"</td></tr>
 * <tr><td>TREND</td><td>0.35</td><td>"rose", "has grown", "declined", "in recent years"</td></tr>
 * <tr><td>CAUSAL</td><td>0.35</td><td>"because", "due to", "led to", "as a result"</td></tr>
 * <tr><td>PREDICTION</td><td>0.20</td><td>"will", "is expected to", "could", "forecast"</td></tr>
 * <tr><td>OPINION</td><td>penalty 0.50</td><td>"I think", "in my view", "beautiful"</td></tr>
 * <tr><td>PERSONAL_EXPERIENCE</td><td>penalty 0.60</td><td>"I remember", "when I was", "my family"</td></tr>
 * </table>
 * See {@link CheckWorthiness} for how weights combine.
 */
public enum FeatureKind {
    STATISTIC(0.70),
    PERCENTAGE(0.65),
    MONEY(0.60),
    QUANTITY(0.55),
    NUMBER(0.45),
    SUPERLATIVE(0.45),
    TIME_BOUNDED_NEGATIVE(0.45),
    COMPARATIVE(0.40),
    TREND(0.35),
    CAUSAL(0.35),
    PREDICTION(0.20),
    OPINION(-0.50),
    PERSONAL_EXPERIENCE(-0.60);

    private final double weight;

    FeatureKind(double weight) {
        this.weight = weight;
    }

    /** Positive: contribution to check-worthiness. Negative: the fraction of the score removed. */
    public double weight() {
        return weight;
    }

    /** Whether this kind makes a sentence a claim (opinion and experience only lower the score). */
    public boolean checkWorthy() {
        return weight > 0;
    }
}
