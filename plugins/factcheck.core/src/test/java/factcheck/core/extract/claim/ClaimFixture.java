package factcheck.core.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import factcheck.core.article.Article;
import factcheck.core.article.ArticleFormatException;
import factcheck.core.article.ArticleParser;
import factcheck.core.nlp.NlpPipeline;

/**
 * Runs the claim finder over a text and picks claims and features out of the result. {@code claims}
 * holds the checkable clauses (with a claim feature), {@code scored} every clause.
 */
final class ClaimFixture {

    final String text;
    final List<Claim> claims;
    final List<Claim> scored;

    ClaimFixture(String text) {
        this(text, null);
    }

    /** @param table the weights to score with, or null for the claim features alone */
    ClaimFixture(String text, WeightTable table) {
        this.text = text;
        try {
            Article article = ArticleParser.parse("test", text);
            scored = ClaimFinder.find(article, NlpPipeline.shared().annotate(text, article.paragraphs()), table);
        } catch (ArticleFormatException e) {
            throw new AssertionError(e);
        }
        claims = scored.stream().filter(Claim::checkable).toList();
        for (Claim c : scored) {
            assertEquals(text.substring(c.start(), c.end()), c.text());
            assertTrue(c.score() >= 0 && c.score() <= 1, "score in [0,1]: " + c.score());
            for (ClaimFeature f : c.features()) {
                assertEquals(text.substring(f.start(), f.end()), f.text());
                assertTrue(c.start() <= f.start() && f.end() <= c.end(), "feature inside its claim");
            }
        }
    }

    List<ClaimFeature> features() {
        List<ClaimFeature> all = new ArrayList<>();
        claims.forEach(c -> all.addAll(c.features()));
        return all;
    }

    List<ClaimFeature> features(FeatureKind kind) {
        return features().stream().filter(f -> f.kind().equals(kind.name())).toList();
    }

    /** The feature of this kind covering exactly the given words (first occurrence in the text). */
    ClaimFeature feature(FeatureKind kind, String words) {
        int at = text.indexOf(words);
        assertTrue(at >= 0, "test text lacks " + words);
        for (ClaimFeature f : features(kind)) {
            if (f.start() == at && f.end() == at + words.length()) {
                return f;
            }
        }
        return fail("no " + kind + " feature '" + words + "'; found " + features());
    }

    /** The single claim whose text contains the words. */
    Claim claimWith(String words) {
        List<Claim> found = claims.stream().filter(c -> c.text().contains(words)).toList();
        assertEquals(1, found.size(), "claims containing '" + words + "': " + claims);
        return found.get(0);
    }

    static double score(String sentence) {
        ClaimFixture f = new ClaimFixture(sentence);
        return f.claims.isEmpty() ? 0 : f.claims.get(0).score();
    }
}
