package factcheck.core.time;

import java.util.List;

import factcheck.core.nlp.Sentence;
import factcheck.core.nlp.Token;

/** Finds the sentence and token at a text offset by binary search over the pipeline's output. */
final class SentenceIndex {

    private final List<Sentence> sentences;

    SentenceIndex(List<Sentence> sentences) {
        this.sentences = sentences == null ? List.of() : sentences;
    }

    /** The sentence holding {@code offset}, or null. */
    Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** The sentence just before {@code s} in the same paragraph, or null. */
    Sentence before(Sentence s) {
        int lo = 0;
        int hi = sentences.size() - 1;
        Sentence best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence m = sentences.get(mid);
            if (m.start() < s.start()) {
                best = m;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best != null && best.paragraph() == s.paragraph() ? best : null;
    }

    /** Index in {@code s} of the token covering or first after {@code offset}. */
    static int tokenIndexAt(Sentence s, int offset) {
        List<Token> tokens = s.tokens();
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The token starting exactly at {@code offset}, or null. */
    Token tokenAt(int offset) {
        Sentence s = sentenceAt(offset);
        if (s == null) {
            return null;
        }
        int k = tokenIndexAt(s, offset);
        return k < s.tokens().size() && s.tokens().get(k).start() == offset ? s.tokens().get(k) : null;
    }
}
