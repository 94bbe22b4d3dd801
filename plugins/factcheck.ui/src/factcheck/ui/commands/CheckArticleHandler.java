package factcheck.ui.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import factcheck.workspace.markers.CheckArticleJob;

/**
 * "Check Article": checks the article in the editor, or the selected articles, folders and projects,
 * in background jobs that replace their markers. An editor with unsaved changes is saved first, so
 * the markers describe the text on disk.
 */
public final class CheckArticleHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.getActivePart(event) instanceof IEditorPart editor && editor.isDirty()) {
            editor.doSave(null);
        }
        schedule(SelectedArticles.resources(event));
        return null;
    }

    /** Schedules one check job per article among the resources. */
    public static void schedule(List<? extends IResource> resources) throws ExecutionException {
        try {
            for (IFile file : SelectedArticles.articles(resources)) {
                new CheckArticleJob(file, null).schedule();
            }
        } catch (CoreException e) {
            throw new ExecutionException("Cannot list the articles to check", e);
        }
    }
}
