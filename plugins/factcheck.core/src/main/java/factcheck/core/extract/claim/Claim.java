package factcheck.core.extract.claim;

import java.util.List;

import factcheck.core.annotation.Annotation;

/**
 * A check-worthy sentence or clause. A Drools fact.
 *
 * @param start      start offset in the article
 * @param end        end offset, exclusive
 * @param text       the covered text
 * @param score      check-worthiness in [0, 1] (see {@link CheckWorthiness} and {@link FeatureKind})
 * @param features   the features found, in text order
 * @param attributed whether the sentence carries an attribution cue ("said", "according to", ...)
 * @param sentence   index of the sentence holding the claim's start
 */
public record Claim(int start, int end, String text, double score, List<ClaimFeature> features,
        boolean attributed, int sentence) implements Annotation {

    public Claim {
        features = List.copyOf(features);
    }

    @Override
    public String type() {
        return "claim";
    }

    /** Whether a feature of this kind was found. */
    public boolean has(FeatureKind kind) {
        for (ClaimFeature f : features) {
            if (f.kind().equals(kind.name())) {
                return true;
            }
        }
        return false;
    }
}
