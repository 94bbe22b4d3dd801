package factcheck.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's statistical tokenizer ({@link opennlp.tools.tokenize.TokenizerME}) with its answers
 * remembered per whitespace-separated chunk. The tokenizer first splits at whitespace, then asks
 * the model at every inner position of each chunk whether to split there, with features read from
 * that chunk alone: so a chunk's tokens depend on nothing but its text, and "the", "said," or
 * "government's" need the model once per process instead of once per use (the model was a tenth of
 * a batch's CPU). Same spans as the tokenizer (tested on the bundled articles and written text).
 * Thread-safe; the memory is bounded (emptied when full).
 */
final class CachedTokenizer {

    /** About 100 bytes an entry. */
    private static final int MAX_ENTRIES = 200_000;
    private static final int[] WHOLE = {};

    private final ThreadSafeTokenizerME tokenizer;
    /** Chunk → token boundaries inside it (start, end pairs), or {@link #WHOLE} for one token. */
    private final ConcurrentHashMap<String, int[]> chunks = new ConcurrentHashMap<>();

    CachedTokenizer(TokenizerModel model) {
        this.tokenizer = new ThreadSafeTokenizerME(model);
    }

    /** The spans {@link opennlp.tools.tokenize.TokenizerME#tokenizePos(String)} gives. */
    Span[] tokenizePos(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                int[] cuts = cuts(text.substring(start, i));
                if (cuts == WHOLE) {
                    spans.add(new Span(start, i));
                } else {
                    for (int k = 0; k < cuts.length; k += 2) {
                        spans.add(new Span(start + cuts[k], start + cuts[k + 1]));
                    }
                }
            }
        }
        return spans.toArray(new Span[0]);
    }

    private int[] cuts(String chunk) {
        if (chunk.length() < 2) {
            return WHOLE; // the tokenizer never splits a single character
        }
        int[] cuts = chunks.get(chunk);
        if (cuts == null) {
            Span[] tokens = tokenizer.tokenizePos(chunk);
            if (tokens.length == 1 && tokens[0].getStart() == 0 && tokens[0].getEnd() == chunk.length()) {
                cuts = WHOLE;
            } else {
                cuts = new int[tokens.length * 2];
                for (int k = 0; k < tokens.length; k++) {
                    cuts[2 * k] = tokens[k].getStart();
                    cuts[2 * k + 1] = tokens[k].getEnd();
                }
            }
            if (chunks.size() >= MAX_ENTRIES) {
                chunks.clear();
            }
            chunks.put(chunk, cuts);
        }
        return cuts;
    }
}
