package factcheck.core.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import factcheck.core.article.Article;
import factcheck.core.extract.person.SentenceSegments;
import factcheck.core.nlp.Sentence;
import factcheck.core.nlp.Token;

/**
 * Scores every sentence, or clause of one (split at ";" and before ", but" / ", while"), for
 * check-worthiness: with a pack's {@link WeightTable} from its {@link Signals}, else (no table) from
 * its claim features alone ({@link CheckWorthiness}). Clauses with a check-worthy feature (see
 * {@link FeatureKind}) are {@link Claim#checkable()}; the others are ranked too, mostly low. A claim is {@code attributed} when its sentence has
 * an attribution cue: a verb of saying ({@code ClaimWords.ATTRIBUTION_LEMMAS}) not followed by "by",
 * or "according to".
 * Sentences the detector split after an abbreviation ("Sen.") are read joined. Linear in the text.
 */
public final class ClaimFinder {

    private ClaimFinder() {
    }

    /** Scores with the claim features alone, as when no pack ships a weight table. */
    public static List<Claim> find(Article article, List<Sentence> sentences) {
        return find(article, sentences, null);
    }

    /** @param table the weights, or null to score with the claim features alone */
    public static List<Claim> find(Article article, List<Sentence> sentences, WeightTable table) {
        String text = article.text();
        List<Claim> unscored = new ArrayList<>();
        for (List<Token> segment : SentenceSegments.of(sentences)) {
            if (segment.isEmpty()) {
                continue;
            }
            boolean attributed = attributed(Clause.of(segment));
            for (Clause clause : Clause.split(segment)) {
                List<ClaimFeature> features = features(clause, text);
                int start = clause.token(0).start();
                int end = clause.token(clause.size() - 1).end();
                String covered = text.substring(start, end);
                Map<String, Double> signals = table == null ? Map.of() : Signals.of(clause, features, attributed);
                if (table != null) {
                    putNonZero(signals, WeightTable.WORDS_SIGNAL, table.wordSignal(covered));
                }
                unscored.add(new Claim(start, end, covered, CheckWorthiness.score(features), features, attributed,
                        clause.token(0).sentence(), signals, List.of()));
            }
        }
        return table == null ? unscored : scored(unscored, table);
    }

    /**
     * Adds each clause's {@code context} (the mean {@code words} signal of the clauses just before
     * and after it: fact-checkers' choices come in runs, where a speaker argues with facts) and
     * scores it with the table.
     */
    private static List<Claim> scored(List<Claim> claims, WeightTable table) {
        List<Claim> scored = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            double sum = 0;
            int n = 0;
            for (int j = i - 1; j <= i + 1; j += 2) {
                if (j >= 0 && j < claims.size()) {
                    sum += claims.get(j).signals().getOrDefault(WeightTable.WORDS_SIGNAL, 0.0);
                    n++;
                }
            }
            Claim c = claims.get(i);
            Map<String, Double> signals = new TreeMap<>(c.signals());
            putNonZero(signals, WeightTable.CONTEXT_SIGNAL, n == 0 ? 0 : sum / n);
            scored.add(new Claim(c.start(), c.end(), c.text(), table.score(signals), c.features(), c.attributed(),
                    c.sentence(), signals, table.raising(signals)));
        }
        return scored;
    }

    private static void putNonZero(Map<String, Double> signals, String name, double value) {
        if (value != 0) {
            signals.put(name, value);
        }
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
