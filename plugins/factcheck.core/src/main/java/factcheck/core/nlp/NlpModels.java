package factcheck.core.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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
        // The POS and lemma models take most of the time: read them on their own threads meanwhile.
        FutureTask<POSModel> pos = startLoading(() -> new POSModel(open(POS)), POS);
        FutureTask<LemmatizerModel> lemmas = startLoading(() -> new LemmatizerModel(open(LEMMAS)), LEMMAS);
        try {
            sentenceModel = new SentenceModel(open(SENTENCE));
            tokenizerModel = new TokenizerModel(open(TOKENS));
            posModel = result(pos);
            lemmatizerModel = result(lemmas);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an OpenNLP model: " + e.getMessage(), e);
        }
    }

    private interface ModelReader<T> {
        T read() throws IOException;
    }

    private static <T> FutureTask<T> startLoading(ModelReader<T> reader, String name) {
        FutureTask<T> task = new FutureTask<>(reader::read);
        Thread thread = new Thread(task, "factcheck-model-" + name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    private static <T> T result(FutureTask<T> task) throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the models are needed: finish loading, keep the interrupt
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final class Holder {
        static final NlpModels INSTANCE = new NlpModels();
    }

    /** The shared models, loading them on the first call. */
    public static NlpModels get() {
        return Holder.INSTANCE;
    }

    /**
     * Starts loading the shared models on a background thread and returns at once, so a caller can
     * compile rule packs meanwhile; {@link #get()} then waits for that load (errors surface there).
     */
    public static void preload() {
        Thread thread = new Thread(() -> {
            try {
                get();
            } catch (RuntimeException | Error e) {
                // get() on the caller's thread reports it
            }
        }, "factcheck-model-preload");
        thread.setDaemon(true);
        thread.start();
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
