package factcheck.ui.editor;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

import factcheck.workspace.markers.CheckArticleJob;

/**
 * Hands the editor's current text to a {@link CheckArticleJob} for the file behind the document.
 * The UI never analyses text itself; this runs on the reconciler thread and only schedules work.
 */
final class ArticleCheckStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

    private IDocument document;
    private CheckArticleJob pending;

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        // the job reports its own progress
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

    private synchronized void check() {
        IDocument doc = document;
        IFile file = fileOf(doc);
        if (file == null) {
            return;
        }
        if (pending != null) {
            pending.cancel();
        }
        pending = new CheckArticleJob(file, doc.get());
        pending.schedule();
    }

    private static IFile fileOf(IDocument document) {
        if (document == null) {
            return null;
        }
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
