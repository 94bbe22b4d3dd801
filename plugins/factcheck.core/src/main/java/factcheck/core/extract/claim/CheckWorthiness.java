package factcheck.core.extract.claim;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Combines feature weights into a check-worthiness score in [0, 1].
 *
 * <p>Each kind counts once, however often it occurs, and positive kinds combine as a noisy-or:
 * {@code score = 1 - Π(1 - w)} over the distinct check-worthy kinds, so every added kind raises the
 * score but never past 1, and a statistic alone (0.70) outranks a prediction alone (0.20). Each
 * distinct opinion or personal-experience kind then removes its share: {@code score *= 1 - p}
 * (OPINION p = 0.5, PERSONAL_EXPERIENCE p = 0.6). Weights are in {@link FeatureKind}.
 */
public final class CheckWorthiness {

    private CheckWorthiness() {
    }

    public static double score(List<ClaimFeature> features) {
        Set<FeatureKind> kinds = EnumSet.noneOf(FeatureKind.class);
        for (ClaimFeature f : features) {
            kinds.add(f.featureKind());
        }
        double miss = 1.0;
        for (FeatureKind k : kinds) {
            if (k.checkWorthy()) {
                miss *= 1.0 - k.weight();
            }
        }
        double score = 1.0 - miss;
        for (FeatureKind k : kinds) {
            if (!k.checkWorthy()) {
                score *= 1.0 + k.weight();
            }
        }
        return Math.max(0.0, Math.min(1.0, score));
    }

    /** Whether any feature makes the text a claim. */
    public static boolean checkWorthy(List<ClaimFeature> features) {
        for (ClaimFeature f : features) {
            if (f.featureKind().checkWorthy()) {
                return true;
            }
        }
        return false;
    }
}
