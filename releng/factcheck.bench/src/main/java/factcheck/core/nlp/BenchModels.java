package factcheck.core.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Benchmark access to the core's models (in the core's package, on the plain class path, to reach
 * the package-private model accessors and file names without copying them).
 */
public final class BenchModels {

    private BenchModels() {
    }

    public static SentenceModel sentence() {
        return NlpModels.get().sentenceModel();
    }

    public static TokenizerModel tokenizer() {
        return NlpModels.get().tokenizerModel();
    }

    public static POSModel pos() {
        return NlpModels.get().posModel();
    }

    public static LemmatizerModel lemmatizer() {
        return NlpModels.get().lemmatizerModel();
    }

    /** The core's lemmatizer for these models (its cache shared by the caller's calls), as a function. */
    public static java.util.function.BinaryOperator<String[]> coreLemmatizer() {
        CachedLemmatizer lemmatizer = CachedLemmatizer.of(lemmatizer());
        return lemmatizer::lemmatize;
    }

    /** Reads the four model files afresh, as {@link NlpModels} does on first use; returns a checksum. */
    public static int loadAllFresh() {
        try {
            int h = 0;
            h += new SentenceModel(open(NlpModels.SENTENCE)).hashCode();
            h += new TokenizerModel(open(NlpModels.TOKENS)).hashCode();
            h += new POSModel(open(NlpModels.POS)).hashCode();
            h += new LemmatizerModel(open(NlpModels.LEMMAS)).hashCode();
            return h;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = NlpModels.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IOException("model not on the class path: " + name);
        }
        return in;
    }
}
