package factcheck.ui.commands;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import factcheck.workspace.check.ArticleFiles;

/**
 * What a command acts on: the article in the active editor when the editor is the active part,
 * else the resources selected (folders and projects stand for the articles inside them).
 */
public final class SelectedArticles {

    private SelectedArticles() {
    }

    public static List<IResource> resources(ExecutionEvent event) {
        List<IResource> result = new ArrayList<>();
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part instanceof IEditorPart editor) {
            IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
            if (file != null) {
                result.add(file);
                return result;
            }
        }
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (selection instanceof IStructuredSelection structured) {
            for (Object o : structured) {
                IResource r = Adapters.adapt(o, IResource.class);
                if (r != null) {
                    result.add(r);
                }
            }
        }
        return result;
    }

    /** The article files in or among the resources (reads only the resource tree). */
    public static Set<IFile> articles(List<? extends IResource> resources) throws CoreException {
        Set<IFile> files = new LinkedHashSet<>();
        for (IResource r : resources) {
            if (r instanceof IFile f && ArticleFiles.isArticle(f)) {
                files.add(f);
            } else if (r instanceof IContainer c && c.isAccessible()) {
                c.accept(x -> {
                    if (x instanceof IFile f && ArticleFiles.isArticle(f)) {
                        files.add(f);
                    }
                    return !x.isDerived() && !x.isTeamPrivateMember();
                });
            }
        }
        return files;
    }
}
