package factcheck.ui.editor;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;

import factcheck.core.nlp.SentenceMemo;
import factcheck.ui.outline.LatestAnalysis;
import factcheck.workspace.check.ArticleCheck;
import factcheck.workspace.settings.CheckMode;
import factcheck.workspace.settings.CheckSettings;

/**
 * Checks the editor's text on the reconciler's background thread and publishes the outcome as
 * annotations, changing only those that differ from the previous check's ({@link AnnotationDiff}).
 * Typing never writes markers: those are for the saved state (builder, save job). The reconciler
 * cancels the monitor when the text changes; a cancelled check publishes nothing.
 */
final class ArticleCheckStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

    private volatile IDocument document;
    private volatile ISourceViewer viewer;
    private volatile IProgressMonitor monitor = new NullProgressMonitor();
    private List<Annotation> published = List.of();
    /** This editor's text as last checked, read by NLP: a keystroke re-reads only its paragraph. */
    private final SentenceMemo memo = new SentenceMemo();

    /** Told how long each completed check took, in milliseconds (the reconciler adapts its delay). */
    private volatile java.util.function.LongConsumer checked = millis -> { };

    void onChecked(java.util.function.LongConsumer listener) {
        this.checked = listener;
    }

    void setViewer(ISourceViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void initialReconcile() {
        check();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        check();
    }

    @Override
    public void reconcile(IRegion partition) {
        check();
    }

    private void check() {
        IDocument doc = document;
        ISourceViewer v = viewer;
        if (doc == null || v == null) {
            return;
        }
        if (CheckSettings.mode() != CheckMode.AS_YOU_TYPE) {
            publish(v, Map.of());
            LatestAnalysis.publish(doc, Optional.empty());
            return;
        }
        String text = doc.get();
        try {
            long started = System.nanoTime();
            ArticleCheck.Outcome outcome = ArticleCheck.run(fileOf(doc), text, monitor, memo);
            checked.accept((System.nanoTime() - started) / 1_000_000);
            if (monitor.isCanceled() || !text.equals(doc.get())) {
                return; // the text moved on; the reconciler runs again
            }
            publish(v, ArticleAnnotations.of(outcome, text.length()));
            // Views such as the outline show this check's analysis instead of analysing again.
            LatestAnalysis.publish(doc, Optional.ofNullable(outcome.result()).map(r -> r.analysis()));
        } catch (OperationCanceledException e) {
            // typing went on: the next reconcile checks the new text
        } catch (RuntimeException e) {
            ILog.of(ArticleCheckStrategy.class).error("Fact check of the editor text failed", e);
        }
    }

    private synchronized void publish(ISourceViewer v, Map<Annotation, Position> annotations) {
        IAnnotationModel model = v.getAnnotationModel();
        if (model != null) {
            published = AnnotationDiff.apply(model, published, annotations);
        }
    }

    private static IFile fileOf(IDocument document) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
        if (buffer == null) {
            return null;
        }
        IPath location = buffer.getLocation();
        if (location == null || location.segmentCount() < 2) {
            return null;
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
        return file.exists() ? file : null;
    }
}
