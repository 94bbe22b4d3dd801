package factcheck.core.extract.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Cue words in context, learned from news: a logistic model over {@link CueFeatures} that decides
 * for a word neither {@link CueVerbs} nor {@link CueLexicon} knows whether it is an attribution cue
 * here ("Ruiz wants the vote moved", "voters who support the plan") though it is none in most of its
 * uses. Its weights are {@code cue-model.tsv} next to this class, made by
 * {@code rules/tools/learn_cue_model.py} from the PolNeAR training split (regenerate, do not
 * hand-edit); the file also holds the score a word needs, chosen by cross-validation over the
 * training articles. The system property {@code factcheck.learnedCues=false} turns the model off;
 * {@code factcheck.learnedCues.model} (a file) and {@code factcheck.learnedCues.threshold} replace the
 * weights and the threshold, to measure another model without a build.
 */
final class LearnedCues {

    private static final boolean ON = !"false".equals(System.getProperty("factcheck.learnedCues"));
    private static final Model MODEL = load();
    /** The model's threshold, or the property {@code factcheck.learnedCues.threshold} (for measuring others). */
    private static final double THRESHOLD = Double.parseDouble(
            System.getProperty("factcheck.learnedCues.threshold", Double.toString(MODEL.threshold())));
    private static final Map<String, CueGroup> FORM_GROUPS = new HashMap<>();
    private static final Map<String, CueGroup> STEM_GROUPS = new HashMap<>();

    static {
        for (Map.Entry<String, CueGroup> e : CueLexicon.formGroups()) {
            FORM_GROUPS.putIfAbsent(e.getKey(), e.getValue());
            STEM_GROUPS.putIfAbsent(CueFeatures.stem(e.getKey()), e.getValue());
        }
    }

    private record Model(Map<String, Double> weights, double threshold) {
    }

    private LearnedCues() {
    }

    /** The cue the model finds at word {@code i} of the segment (one word), or null. */
    static CueLexicon.Match at(Segment seg, int i) {
        if (!ON || !CueFeatures.candidate(seg, i) || auxiliaryOfKnownCue(seg, i)) {
            return null;
        }
        double s = score(seg, i);
        return s >= THRESHOLD ? new CueLexicon.Match(i, i + 1, groupOf(CueFeatures.key(seg.words().get(i))))
                : null;
    }

    /** How far an auxiliary may stand before its verb: "has long since wanted". */
    private static final int AUXILIARY_REACH = 3;

    /**
     * Whether word i is an auxiliary whose verb, a few adverbs on, is a cue the verbs or the lexicon know:
     * "Scientists have long wondered" is one attribution, the verb's. The model picks up auxiliaries that
     * open a gold cue it does not know ("has repeatedly pledged"); before a known cue the auxiliary would
     * make a second attribution of the same words ("Scientists have").
     */
    private static boolean auxiliaryOfKnownCue(Segment seg, int i) {
        java.util.List<Word> ws = seg.words();
        if (!"AUX".equals(ws.get(i).pos())) {
            return false;
        }
        for (int j = i + 1; j < seg.to() && j <= i + AUXILIARY_REACH; j++) {
            Word w = ws.get(j);
            if ("ADV".equals(w.pos()) || "PART".equals(w.pos()) || "AUX".equals(w.pos())) {
                continue;
            }
            return CueFeatures.known(seg, j);
        }
        return false;
    }

    /** The model's score (a log-odds) for word {@code i} of the segment. */
    static double score(Segment seg, int i) {
        double s = 0;
        for (String f : CueFeatures.of(seg, i)) {
            s += MODEL.weights().getOrDefault(f, 0.0);
        }
        return s;
    }

    /** The group of a cue word: the lexicon's for the form, else for a form of the same stem, else speech. */
    static CueGroup groupOf(String word) {
        CueGroup g = FORM_GROUPS.get(word);
        if (g == null) {
            g = STEM_GROUPS.get(CueFeatures.stem(word));
        }
        return g == null ? CueGroup.SPEECH : g;
    }

    private static Model load() {
        String file = System.getProperty("factcheck.learnedCues.model"); // another model, for measuring it
        try (InputStream in = file != null ? java.nio.file.Files.newInputStream(java.nio.file.Path.of(file))
                : LearnedCues.class.getResourceAsStream("cue-model.tsv")) {
            Map<String, Double> weights = new HashMap<>();
            double threshold = Double.POSITIVE_INFINITY;
            for (String line : lines(in)) {
                String[] cols = line.split("\t", -1);
                if (cols.length != 2) {
                    throw new IllegalStateException("bad cue model line: " + line);
                }
                if (cols[0].equals("threshold")) {
                    threshold = Double.parseDouble(cols[1]);
                } else {
                    weights.put(cols[0], Double.parseDouble(cols[1]));
                }
            }
            return new Model(Map.copyOf(weights), threshold);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a table that are neither blank nor comments. */
    private static java.util.List<String> lines(InputStream in) throws IOException {
        if (in == null) {
            throw new IllegalStateException("a table is missing next to " + LearnedCues.class);
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }
}
