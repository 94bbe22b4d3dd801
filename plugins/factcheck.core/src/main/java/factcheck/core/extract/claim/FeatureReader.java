package factcheck.core.extract.claim;

import java.util.List;

/**
 * Finds the word-based claim features of a clause: statistics vocabulary, superlatives,
 * comparatives, causal links, predictions, trends, time-bounded negatives ("has not met since"),
 * and the opinion and personal-experience markers that lower a claim's score. One left-to-right
 * pass with bounded look-around per token.
 */
final class FeatureReader {

    /** How far after a negation "since" may come and still bound it ("has not traveled outside of China since"). */
    private static final int NEGATION_REACH = 12;

    private FeatureReader() {
    }

    static void read(Clause c, List<ClaimFeature> out, String text) {
        int n = c.size();
        for (int i = 0; i < n; i++) {
            phrase(c, i, ClaimWords.STATISTIC, FeatureKind.STATISTIC, out, text);
            phrase(c, i, ClaimWords.CAUSAL, FeatureKind.CAUSAL, out, text);
            phrase(c, i, ClaimWords.OPINION, FeatureKind.OPINION, out, text);
            phrase(c, i, ClaimWords.PERSONAL, FeatureKind.PERSONAL_EXPERIENCE, out, text);
            phrase(c, i, ClaimWords.TREND_PHRASES, FeatureKind.TREND, out, text);
            phrase(c, i, ClaimWords.COMPARATIVE, FeatureKind.COMPARATIVE, out, text);
            prediction(c, i, out, text);
            superlative(c, i, out, text);
            comparativeThan(c, i, out, text);
            trendVerb(c, i, out, text);
            timeBoundedNegative(c, i, out, text);
        }
    }

    private static void phrase(Clause c, int i, PhraseTable table, FeatureKind kind, List<ClaimFeature> out,
            String text) {
        int len = table.matchAt(c, i);
        if (len == 0) {
            return;
        }
        // "due to meet" is a schedule, not a cause.
        if (kind == FeatureKind.CAUSAL && c.is(i, "due") && c.pos(i + 2).startsWith("VERB")) {
            return;
        }
        add(c, i, i + len - 1, kind, out, text);
    }

    private static void prediction(Clause c, int i, List<ClaimFeature> out, String text) {
        int len = ClaimWords.PREDICTION.matchAt(c, i);
        if (len == 0) {
            return;
        }
        String w = c.at(i);
        if (len == 1 && ClaimWords.PREDICTION_AUXILIARIES.contains(w) && !c.pos(i).startsWith("AUX")) {
            return;
        }
        // "going to", "set to", "due to" predict only before a verb ("set to rise", not "set to music").
        if ((w.equals("going") || w.equals("set") || w.equals("is") || w.equals("are")) && !c.pos(i + len).startsWith("VERB")) {
            return;
        }
        add(c, i, i + len - 1, FeatureKind.PREDICTION, out, text);
    }

    private static void superlative(Clause c, int i, List<ClaimFeature> out, String text) {
        String w = c.at(i);
        int len = ClaimWords.SUPERLATIVE_PHRASES.matchAt(c, i);
        int end = i + len - 1;
        if (len == 0 && w.equals("record") && recordAsSuperlative(c, i)) {
            end = i;
        } else if (len == 0 && (w.equals("most") || w.equals("least")) && !c.is(i - 1, "at")
                && (c.is(i - 1, "the") || c.pos(i + 1).startsWith("ADJ") || c.pos(i + 1).startsWith("ADV"))) {
            end = c.pos(i + 1).startsWith("ADJ") || c.pos(i + 1).startsWith("ADV") ? i + 1 : i;
        } else if (len == 0 && w.length() > 4 && w.endsWith("est") && !ClaimWords.NOT_SUPERLATIVE.contains(w)
                && (c.pos(i).startsWith("ADJ") || c.pos(i).startsWith("ADV"))
                && !c.token(i).lemma().equalsIgnoreCase(c.token(i).text())) {
            end = i;
        } else if (len == 0) {
            return;
        }
        if (c.is(end + 1, "ever")) {
            end++;
        }
        add(c, i, end, FeatureKind.SUPERLATIVE, out, text);
    }

    /** "a record number", "record highs", "a new record": not "his voting record" or "on the record". */
    private static boolean recordAsSuperlative(Clause c, int i) {
        String prev = c.at(i - 1);
        boolean modifies = c.pos(i + 1).startsWith("NOUN") || c.pos(i + 1).startsWith("ADJ")
                || c.pos(i + 1).startsWith("NUM");
        return !prev.equals("the") && !prev.equals("on") && !c.pos(i - 1).startsWith("NOUN")
                && !c.pos(i - 1).startsWith("PRON") && (modifies || prev.equals("a") || prev.equals("new"));
    }

    /** "larger than", "more diplomatic than", "harder than". */
    private static void comparativeThan(Clause c, int i, List<ClaimFeature> out, String text) {
        if (!c.is(i, "than") || i == 0) {
            return;
        }
        String prev = c.at(i - 1);
        int from = i - 1;
        if ((c.is(i - 2, "more") || c.is(i - 2, "less")) && !prev.equals("more") && !prev.equals("less")) {
            from = i - 2;
        } else if (prev.equals("rather") || prev.equals("other") || !(prev.endsWith("er") || prev.equals("more")
                || prev.equals("less") || prev.equals("fewer") || prev.equals("worse") || prev.equals("better"))) {
            return;
        }
        if (prev.equals("more") || prev.equals("less") || prev.equals("fewer")) {
            return; // the phrase table already has "more than", "less than", "fewer than"
        }
        add(c, from, i, FeatureKind.COMPARATIVE, out, text);
    }

    private static void trendVerb(Clause c, int i, List<ClaimFeature> out, String text) {
        String w = c.at(i);
        if (!ClaimWords.TREND_VERBS.contains(w)) {
            return;
        }
        String prev = c.at(i - 1);
        // "a growing China" is a description; "last fall" a season; "the fall of Kabul" an event.
        boolean attributive = w.endsWith("ing") && (c.pos(i - 1).startsWith("DET") || c.pos(i + 1).startsWith("PROPN"));
        boolean season = prev.equals("last") || prev.equals("next") || prev.equals("this");
        boolean event = c.is(i + 1, "of") && c.pos(i - 1).startsWith("DET");
        // "to improve exchanges" states a goal; "expected to rise" forecasts a trend.
        boolean goal = prev.equals("to") && ClaimWords.PREDICTION.matchAt(c, i - 2) == 0
                && ClaimWords.PREDICTION.matchAt(c, i - 3) == 0;
        if (!attributive && !season && !event && !goal) {
            add(c, i, i, FeatureKind.TREND, out, text);
        }
    }

    /** "has not traveled outside X since", "have not met in person since", "hasn't ... since". */
    private static void timeBoundedNegative(Clause c, int i, List<ClaimFeature> out, String text) {
        String w = c.at(i);
        boolean negation = w.equals("not") || w.equals("n't") || w.equals("never") || (w.length() > 3 && w.endsWith("n't"));
        if (!negation) {
            return;
        }
        for (int k = i + 1; k < c.size() && k <= i + NEGATION_REACH; k++) {
            if (c.is(k, "since")) {
                int from = c.pos(i - 1).startsWith("AUX") || c.pos(i - 1).startsWith("VERB") ? i - 1 : i;
                add(c, from, k, FeatureKind.TIME_BOUNDED_NEGATIVE, out, text);
                return;
            }
            if (c.is(k, ".") || c.is(k, ",")) {
                return;
            }
        }
    }

    private static void add(Clause c, int from, int to, FeatureKind kind, List<ClaimFeature> out, String text) {
        int start = c.token(from).start();
        int end = c.token(Math.min(to, c.size() - 1)).end();
        out.add(new ClaimFeature(kind.name(), start, end, text.substring(start, end)));
    }
}
