package factcheck.core.nlp;

/**
 * The score an OpenNLP beam search keeps candidates at or above: BeamSearch copies and sorts all of
 * a model's scores for every token and every sequence in the beam only to read the k-th highest.
 * This finds the same value in one pass, which is most of what {@link CachedLemmatizer} and
 * {@link PosTagger} save over OpenNLP's own search.
 */
final class BeamCutOff {

    private BeamCutOff() {
    }

    /**
     * BeamSearch's cut-off: the k-th highest score counting ties, i.e. {@code sorted[length - k]}
     * of the ascending sort (the lowest score when there are fewer than k), found by keeping the
     * k highest in one pass.
     */
    static double of(double[] scores, int k) {
        if (k < 1 || scores.length == 0) {
            throw new IllegalArgumentException("a cut-off needs k >= 1 and some scores");
        }
        double[] top = new double[Math.min(k, scores.length)]; // descending
        int n = 0;
        for (double s : scores) {
            if (n < top.length) {
                insert(top, n++, s);
            } else if (Double.compare(s, top[n - 1]) > 0) {
                insert(top, n - 1, s);
            }
        }
        return top[n - 1];
    }

    /** Puts {@code s} into the descending {@code top[0..at]}, dropping what was at {@code at}. */
    private static void insert(double[] top, int at, double s) {
        int i = at;
        while (i > 0 && Double.compare(top[i - 1], s) < 0) {
            top[i] = top[i - 1];
            i--;
        }
        top[i] = s;
    }
}
