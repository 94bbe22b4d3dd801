package factcheck.ui.fixes;

import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.edits.TextEdit;

/**
 * Applies a text edit to a file through its file buffer, so an open editor shows it as an ordinary,
 * undoable change. The buffer is saved afterwards only if it had no unsaved changes before: a fix
 * must never save the user's other edits behind their back.
 */
final class DocumentEdit {

    private DocumentEdit() {
    }

    /**
     * Connects to the file's buffer, asks {@code edit} for the change to make on its document (null:
     * nothing to do), applies it and commits when the buffer was clean.
     */
    static boolean apply(IFile file, Function<IDocument, TextEdit> edit) throws CoreException {
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        IPath path = file.getFullPath();
        manager.connect(path, LocationKind.IFILE, null);
        try {
            ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
            boolean wasDirty = buffer.isDirty();
            IDocument document = buffer.getDocument();
            TextEdit change = edit.apply(document);
            if (change == null) {
                return false;
            }
            try {
                change.apply(document);
            } catch (BadLocationException e) {
                return false;
            }
            if (!wasDirty) {
                buffer.commit(null, true);
            }
            return true;
        } finally {
            manager.disconnect(path, LocationKind.IFILE, null);
        }
    }
}
