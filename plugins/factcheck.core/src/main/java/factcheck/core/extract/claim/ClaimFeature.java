package factcheck.core.extract.claim;

/**
 * One check-worthy (or, for OPINION and PERSONAL_EXPERIENCE, score-lowering) feature of a claim.
 *
 * @param kind  the {@link FeatureKind} name: NUMBER, PERCENTAGE, SUPERLATIVE, ...
 * @param start start offset in the article
 * @param end   end offset, exclusive
 * @param text  the covered text
 */
public record ClaimFeature(String kind, int start, int end, String text) {

    public FeatureKind featureKind() {
        return FeatureKind.valueOf(kind);
    }
}
