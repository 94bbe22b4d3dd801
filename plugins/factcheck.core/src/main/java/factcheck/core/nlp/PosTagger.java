package factcheck.core.nlp;

import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's part-of-speech tagger ({@link POSTaggerME}) giving the same tags, without the waste in
 * its beam search: for every token and every sequence in the beam, BeamSearch copies and sorts all
 * the model's scores only to read the third highest. On a folder of news that sort was a sixth of
 * the command line's CPU time and half the tagger's. The search below is
 * {@link BeamSearch#bestSequences} step by step (same queues, same insertion order, same context
 * generator and sequence validator, same scores), with the cut-off found in one pass
 * ({@link BeamCutOff}), so ties break the same way.
 *
 * <p>Thread-safe: the context generator keeps state between the tokens of one sentence, so each
 * thread has its own, as {@code ThreadSafePOSTaggerME} gives each thread its own tagger.
 */
final class PosTagger {

    /** BeamSearch's minimum sequence score ({@code zeroLog}). */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    private final MaxentModel model;
    private final ThreadLocal<POSContextGenerator> contexts;
    private final ThreadLocal<SequenceValidator<String>> validators;
    private final int beamSize;

    private PosTagger(MaxentModel model, ThreadLocal<POSContextGenerator> contexts,
            ThreadLocal<SequenceValidator<String>> validators, int beamSize) {
        this.model = model;
        this.contexts = contexts;
        this.validators = validators;
        this.beamSize = beamSize;
    }

    /**
     * A tagger for the model, or null when the model is not the kind this reproduces exactly: a
     * plain maxent model whose tags are already Universal Dependencies tags (what
     * {@code new POSTaggerME(model)} returns unconverted).
     */
    static PosTagger of(POSModel posModel) {
        if (!(posModel.getArtifact("pos.model") instanceof MaxentModel maxent)
                || POSTagFormatMapper.guessFormat(posModel) != POSTagFormat.UD) {
            return null;
        }
        // As POSTaggerME sizes its beam and makes its context generator.
        String beam = posModel.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        int beamSize = beam != null ? Integer.parseInt(beam) : POSTaggerME.DEFAULT_BEAM_SIZE;
        var factory = posModel.getFactory();
        return new PosTagger(maxent, ThreadLocal.withInitial(() -> factory.getPOSContextGenerator(beamSize)),
                ThreadLocal.withInitial(factory::getSequenceValidator), beamSize);
    }

    /** The tags {@link POSTaggerME#tag(String[])} gives. */
    String[] tag(String[] words) {
        POSContextGenerator generator = contexts.get();
        SequenceValidator<String> validator = validators.get();
        double[] probs = new double[model.getNumOutcomes()];
        Queue<Sequence> prev = new PriorityQueue<>(beamSize);
        Queue<Sequence> next = new PriorityQueue<>(beamSize);
        prev.add(new Sequence());
        Object[] noContext = new Object[0];
        for (int i = 0; i < words.length; i++) {
            int sz = Math.min(beamSize, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Sequence top = prev.remove();
                String[] outcomes = top.getOutcomes().toArray(new String[0]);
                double[] scores = model.eval(generator.getContext(i, words, outcomes, noContext), probs);
                double min = BeamCutOff.of(scores, beamSize);
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        advance(top, i, words, outcomes, p, scores[p], validator, next);
                    }
                }
                if (next.isEmpty()) {
                    // BeamSearch then advances every valid outcome.
                    for (int p = 0; p < scores.length; p++) {
                        advance(top, i, words, outcomes, p, scores[p], validator, next);
                    }
                }
            }
            prev.clear();
            Queue<Sequence> tmp = prev;
            prev = next;
            next = tmp;
        }
        List<String> best = prev.remove().getOutcomes();
        return best.toArray(new String[0]);
    }

    private void advance(Sequence top, int i, String[] words, String[] outcomes, int p, double score,
            SequenceValidator<String> validator, Queue<Sequence> next) {
        String outcome = model.getOutcome(p);
        if (validator.validSequence(i, words, outcomes, outcome)) {
            Sequence ns = new Sequence(top, outcome, score);
            if (ns.getScore() > MIN_SEQUENCE_SCORE) {
                next.add(ns);
            }
        }
    }
}
