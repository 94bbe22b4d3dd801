package factcheck.core.extract.claim;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import factcheck.core.annotation.Annotation;

/**
 * A sentence or clause with its check-worthiness. Every clause of an article is one, so every
 * sentence is ranked; those with a feature an editor can act on are {@link #checkable()}. A
 * Drools fact.
 *
 * @param start      start offset in the article
 * @param end        end offset, exclusive
 * @param text       the covered text
 * @param score      check-worthiness in [0, 1] (see {@link CheckWorthiness} and {@link FeatureKind})
 * @param features   the features found, in text order
 * @param attributed whether the sentence carries an attribution cue ("said", "according to", ...)
 * @param sentence   index of the sentence holding the claim's start
 * @param signals    the signals the score was computed from, by name (see {@link Signals},
 *                   {@link WeightTable}); empty when no pack has a weight table
 * @param raisedBy   the signals that raised the score, the largest raise first (with a table)
 */
public record Claim(int start, int end, String text, double score, List<ClaimFeature> features,
        boolean attributed, int sentence, Map<String, Double> signals, List<String> raisedBy) implements Annotation {

    public Claim {
        features = List.copyOf(features);
        raisedBy = List.copyOf(raisedBy);
        signals = Collections.unmodifiableMap(new TreeMap<>(signals));
    }

    /** Whether a feature makes this a claim an editor can check (opinion and experience do not). */
    public boolean checkable() {
        return CheckWorthiness.checkWorthy(features);
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
