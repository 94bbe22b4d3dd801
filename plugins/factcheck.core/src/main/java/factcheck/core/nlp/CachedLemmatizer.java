package factcheck.core.nlp;

import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.lemmatizer.DefaultLemmatizerContextGenerator;
import opennlp.tools.lemmatizer.DefaultLemmatizerSequenceValidator;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.Sequence;

/**
 * OpenNLP's statistical lemmatizer ({@link LemmatizerME}: a beam search over a maxent model whose
 * outcomes are shortest edit scripts), with the same results but without re-evaluating the model
 * for contexts it has already seen. It was most of the NLP time: each token costs up to three model
 * evaluations over 860 outcomes, each followed by a full sort of the 860 scores only to find the
 * third best.
 *
 * <p>With the default context generator a token's features depend only on the word, its tag and the
 * previous token's outcome, so the model's answer is a function of those three. For each such key
 * this keeps only what the beam search uses: the outcomes scoring at least the beam's cut-off, in
 * outcome order, with their probabilities. The search below is {@link BeamSearch#bestSequences}
 * step by step (same queue, same insertion order, same scores), so ties break the same way. Common
 * words recur across articles, so the shared cache also makes re-checks and batches cheaper.
 * Thread-safe; the cache is bounded (emptied when full).
 */
final class CachedLemmatizer {

    /** Roughly 250 bytes an entry. */
    private static final int MAX_ENTRIES = 100_000;
    /** BeamSearch's minimum sequence score ({@code zeroLog}). */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    private record Key(String word, String tag, String previous) {
    }

    /** Outcome indices (ascending) scoring at least the beam's cut-off, and their probabilities. */
    private record Candidates(int[] outcomes, double[] probabilities) {
    }

    private final MaxentModel model;
    private final LemmatizerContextGenerator contexts;
    private final int beamSize;
    private final ConcurrentHashMap<Key, Candidates> cache = new ConcurrentHashMap<>();

    private CachedLemmatizer(MaxentModel model, LemmatizerContextGenerator contexts, int beamSize) {
        this.model = model;
        this.contexts = contexts;
        this.beamSize = beamSize;
    }

    /**
     * A cached lemmatizer for the model, or null when the model is not the kind this reproduces
     * exactly (a plain maxent model with the default context generator and sequence validator).
     */
    static CachedLemmatizer of(LemmatizerModel lemmatizerModel) {
        Object artifact = lemmatizerModel.getArtifact("lemmatizer.model");
        var factory = lemmatizerModel.getFactory();
        if (!(artifact instanceof MaxentModel maxent)
                || factory.getContextGenerator().getClass() != DefaultLemmatizerContextGenerator.class
                || factory.getSequenceValidator().getClass() != DefaultLemmatizerSequenceValidator.class) {
            return null;
        }
        // As LemmatizerModel.getLemmatizerSequenceModel() sizes its beam.
        String beam = lemmatizerModel.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        int beamSize = beam != null ? Integer.parseInt(beam) : LemmatizerME.DEFAULT_BEAM_SIZE;
        return new CachedLemmatizer(maxent, factory.getContextGenerator(), beamSize);
    }

    /** The lemmas {@link LemmatizerME#lemmatize(String[], String[])} gives. */
    String[] lemmatize(String[] toks, String[] tags) {
        Queue<Sequence> prev = new PriorityQueue<>(beamSize);
        Queue<Sequence> next = new PriorityQueue<>(beamSize);
        prev.add(new Sequence());
        for (int i = 0; i < toks.length; i++) {
            int sz = Math.min(beamSize, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Sequence top = prev.remove();
                List<String> outcomes = top.getOutcomes();
                String previous = i < 1 ? null : outcomes.get(i - 1);
                Candidates c = candidates(toks[i], tags[i], previous);
                for (int k = 0; k < c.outcomes.length; k++) {
                    // The default validator accepts every outcome.
                    Sequence ns = new Sequence(top, model.getOutcome(c.outcomes[k]), c.probabilities[k]);
                    if (ns.getScore() > MIN_SEQUENCE_SCORE) {
                        next.add(ns);
                    }
                }
                if (next.isEmpty()) {
                    // BeamSearch then advances all outcomes; never seen in practice, done the slow way.
                    double[] scores = model.eval(context(toks[i], tags[i], previous));
                    for (int p = 0; p < scores.length; p++) {
                        Sequence ns = new Sequence(top, model.getOutcome(p), scores[p]);
                        if (ns.getScore() > MIN_SEQUENCE_SCORE) {
                            next.add(ns);
                        }
                    }
                }
            }
            prev.clear();
            Queue<Sequence> tmp = prev;
            prev = next;
            next = tmp;
        }
        List<String> ses = prev.remove().getOutcomes();
        return LemmatizerME.decodeLemmas(toks, ses.toArray(new String[0]));
    }

    private Candidates candidates(String word, String tag, String previous) {
        Key key = new Key(word, tag, previous);
        Candidates c = cache.get(key);
        if (c == null) {
            c = evaluate(word, tag, previous);
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(key, c);
        }
        return c;
    }

    private Candidates evaluate(String word, String tag, String previous) {
        double[] scores = model.eval(context(word, tag, previous));
        double min = BeamCutOff.of(scores, beamSize);
        int n = 0;
        for (double s : scores) {
            if (s >= min) {
                n++;
            }
        }
        int[] outcomes = new int[n];
        double[] probabilities = new double[n];
        for (int p = 0, k = 0; p < scores.length; p++) {
            if (scores[p] >= min) {
                outcomes[k] = p;
                probabilities[k++] = scores[p];
            }
        }
        return new Candidates(outcomes, probabilities);
    }

    /** The default generator's features for a token, which read only its word, tag and the previous outcome. */
    private String[] context(String word, String tag, String previous) {
        if (previous == null) {
            return contexts.getContext(0, new String[] { word }, new String[] { tag }, new String[0]);
        }
        return contexts.getContext(1, new String[] { null, word }, new String[] { null, tag }, new String[] { previous });
    }
}
