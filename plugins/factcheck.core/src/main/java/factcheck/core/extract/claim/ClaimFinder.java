package factcheck.core.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import factcheck.core.article.Article;
import factcheck.core.extract.person.SentenceSegments;
import factcheck.core.nlp.Sentence;
import factcheck.core.nlp.Token;

/**
 * Finds check-worthy claims: sentences, or clauses of them (split at ";" and before ", but" /
 * ", while"), with at least one check-worthy feature (see {@link FeatureKind} for the kinds and
 * weights, {@link CheckWorthiness} for the score). A claim is {@code attributed} when its sentence has
 * an attribution cue: a verb of saying ({@code ClaimWords.ATTRIBUTION_LEMMAS}) not followed by "by",
 * or "according to".
 * Sentences the detector split after an abbreviation ("Sen.") are read joined. Linear in the text.
 */
public final class ClaimFinder {

    private ClaimFinder() {
    }

    public static List<Claim> find(Article article, List<Sentence> sentences) {
        String text = article.text();
        List<Claim> claims = new ArrayList<>();
        for (List<Token> segment : SentenceSegments.of(sentences)) {
            if (segment.isEmpty()) {
                continue;
            }
            boolean attributed = attributed(Clause.of(segment));
            for (Clause clause : Clause.split(segment)) {
                List<ClaimFeature> features = features(clause, text);
                if (!CheckWorthiness.checkWorthy(features)) {
                    continue;
                }
                int start = clause.token(0).start();
                int end = clause.token(clause.size() - 1).end();
                claims.add(new Claim(start, end, text.substring(start, end), CheckWorthiness.score(features),
                        features, attributed, clause.token(0).sentence()));
            }
        }
        return claims;
    }

    /** The features of one clause, in text order, without exact duplicates. */
    static List<ClaimFeature> features(Clause clause, String text) {
        List<ClaimFeature> features = new ArrayList<>();
        NumberReader.read(clause, features, text);
        FeatureReader.read(clause, features, text);
        features.sort(Comparator.comparingInt(ClaimFeature::start).thenComparingInt(ClaimFeature::end)
                .thenComparing(ClaimFeature::kind));
        List<ClaimFeature> unique = new ArrayList<>(features.size());
        for (ClaimFeature f : features) {
            if (unique.isEmpty() || !unique.get(unique.size() - 1).equals(f)) {
                unique.add(f);
            }
        }
        return unique;
    }

    static boolean attributed(Clause c) {
        for (int i = 0; i < c.size(); i++) {
            Token t = c.token(i);
            boolean verb = t.pos().startsWith("VERB") || t.pos().startsWith("AUX");
            // "a territory claimed by Peru" is a passive with an agent, not a report of speech.
            if (c.is(i + 1, "by")) {
                continue;
            }
            if (verb && ClaimWords.ATTRIBUTION_LEMMAS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))
                    || ClaimWords.ATTRIBUTION_FORMS.contains(c.at(i))
                    || c.is(i, "according") && c.is(i + 1, "to")) {
                return true;
            }
        }
        return false;
    }
}
