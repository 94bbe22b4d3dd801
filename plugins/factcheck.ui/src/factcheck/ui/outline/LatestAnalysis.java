package factcheck.ui.outline;

import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.eclipse.jface.text.IDocument;

import factcheck.core.Analysis;

/**
 * The analysis of the most recent check of each open document, as the reconciler's check left it,
 * so that views (the outline) show what the engine found without analysing the text again. Weakly
 * keyed: a closed editor's document and its analysis go with it.
 */
public final class LatestAnalysis {

    private static final Map<IDocument, Optional<Analysis>> LATEST = new WeakHashMap<>();
    private static final CopyOnWriteArrayList<BiConsumer<IDocument, Optional<Analysis>>> LISTENERS =
            new CopyOnWriteArrayList<>();

    private LatestAnalysis() {
    }

    /**
     * Records the analysis of {@code document}'s current text; empty when the text was checked but
     * gave none (malformed article, checking while typing turned off). Called on the checking
     * thread; listeners are told on that thread too.
     */
    public static void publish(IDocument document, Optional<Analysis> analysis) {
        synchronized (LATEST) {
            LATEST.put(document, analysis);
        }
        for (BiConsumer<IDocument, Optional<Analysis>> listener : LISTENERS) {
            listener.accept(document, analysis);
        }
    }

    /** Null when no check of the document has finished yet. */
    public static Optional<Analysis> of(IDocument document) {
        synchronized (LATEST) {
            return LATEST.get(document);
        }
    }

    public static void addListener(BiConsumer<IDocument, Optional<Analysis>> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(BiConsumer<IDocument, Optional<Analysis>> listener) {
        LISTENERS.remove(listener);
    }
}
