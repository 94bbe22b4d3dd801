package factcheck.ui.editor;

import org.eclipse.jface.text.reconciler.MonoReconciler;

/**
 * Checks the article in the editor in the platform reconciler's background thread, a moment after
 * the user stops typing (the reconciler debounces and restarts on every change).
 */
public final class ArticleReconciler extends MonoReconciler {

    private static final int DELAY_MS = 500;

    public ArticleReconciler() {
        super(new ArticleCheckStrategy(), false);
        setDelay(DELAY_MS);
    }
}
