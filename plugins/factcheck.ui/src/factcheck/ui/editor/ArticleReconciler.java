package factcheck.ui.editor;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;

/**
 * Checks the article in the editor in the platform reconciler's background thread, a moment after
 * the user stops typing (the reconciler debounces, and cancels a running check on every change).
 */
public final class ArticleReconciler extends MonoReconciler {

    private static final int DELAY_MS = 500;

    private final ArticleCheckStrategy strategy;

    public ArticleReconciler() {
        this(new ArticleCheckStrategy());
    }

    private ArticleReconciler(ArticleCheckStrategy strategy) {
        super(strategy, false);
        this.strategy = strategy;
        setDelay(DELAY_MS);
        SaveChecks.install();
    }

    @Override
    public void install(ITextViewer textViewer) {
        if (textViewer instanceof ISourceViewer sourceViewer) {
            strategy.setViewer(sourceViewer);
        }
        super.install(textViewer);
    }
}
