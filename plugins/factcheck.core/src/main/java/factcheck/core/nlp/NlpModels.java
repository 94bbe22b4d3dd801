package factcheck.core.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models (Universal Dependencies EWT, from the opennlp-models-*-en jars on
 * Maven Central). They load once per process, on first use; the models are immutable and shared by
 * every thread.
 */
public final class NlpModels {

    static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final LemmatizerModel lemmatizerModel;

    private NlpModels() {
        try {
            sentenceModel = new SentenceModel(open(SENTENCE));
            tokenizerModel = new TokenizerModel(open(TOKENS));
            posModel = new POSModel(open(POS));
            lemmatizerModel = new LemmatizerModel(open(LEMMAS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an OpenNLP model: " + e.getMessage(), e);
        }
    }

    private static final class Holder {
        static final NlpModels INSTANCE = new NlpModels();
    }

    /** The shared models, loading them on the first call. */
    public static NlpModels get() {
        return Holder.INSTANCE;
    }

    private static InputStream open(String name) throws IOException {
        // The model jars keep the .bin files at their root; inside OSGi they are on our Bundle-ClassPath.
        InputStream in = NlpModels.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IOException("model " + name + " is not on the class path (opennlp-models jars missing?)");
        }
        return in;
    }

    SentenceModel sentenceModel() {
        return sentenceModel;
    }

    TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    POSModel posModel() {
        return posModel;
    }

    LemmatizerModel lemmatizerModel() {
        return lemmatizerModel;
    }
}
