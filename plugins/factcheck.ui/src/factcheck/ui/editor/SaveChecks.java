package factcheck.ui.editor;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

import factcheck.workspace.builder.ArticleNature;
import factcheck.workspace.check.ArticleFiles;
import factcheck.workspace.markers.CheckArticleJob;
import factcheck.workspace.settings.CheckMode;
import factcheck.workspace.settings.CheckSettings;

/**
 * Markers for articles in projects without the fact-check nature: when an article's buffer turns
 * clean (saved), a {@link CheckArticleJob} checks the saved text. Projects with the nature get their
 * markers from the builder instead, so nothing is checked twice. Installed with the first article
 * editor, not from an activator.
 */
final class SaveChecks implements IFileBufferListener {

    private static boolean installed;

    static synchronized void install() {
        if (!installed) {
            FileBuffers.getTextFileBufferManager().addFileBufferListener(new SaveChecks());
            installed = true;
        }
    }

    @Override
    public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
        if (isDirty || !(buffer instanceof ITextFileBuffer text) || CheckSettings.mode() == CheckMode.MANUAL) {
            return;
        }
        IPath location = buffer.getLocation();
        if (location == null || location.segmentCount() < 2) {
            return;
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
        if (!file.exists() || !ArticleFiles.isArticle(file) || hasNature(file)) {
            return;
        }
        new CheckArticleJob(file, text.getDocument().get()).schedule();
    }

    private static boolean hasNature(IFile file) {
        try {
            return file.getProject().hasNature(ArticleNature.ID);
        } catch (CoreException e) {
            return false;
        }
    }

    // The rest of the buffer life cycle does not concern saving.

    @Override
    public void bufferCreated(IFileBuffer buffer) {
    }

    @Override
    public void bufferDisposed(IFileBuffer buffer) {
    }

    @Override
    public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
    }

    @Override
    public void bufferContentReplaced(IFileBuffer buffer) {
    }

    @Override
    public void stateChanging(IFileBuffer buffer) {
    }

    @Override
    public void stateChangeFailed(IFileBuffer buffer) {
    }

    @Override
    public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
    }

    @Override
    public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
    }

    @Override
    public void underlyingFileDeleted(IFileBuffer buffer) {
    }
}
