package factcheck.ui.commands;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

import factcheck.ui.editor.ArticleReconciler;
import factcheck.workspace.settings.Datelines;

/**
 * "Set Dateline…": the date an article speaks from, when its text has none or a wrong one. Kept as
 * a file property (the text stays untouched) and used by every later check; empty removes it.
 */
public final class SetDatelineHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<IFile> files = SelectedArticles.resources(event).stream().filter(r -> r.getType() == IResource.FILE)
                .map(r -> (IFile) r).toList();
        if (files.isEmpty()) {
            return null;
        }
        LocalDate current = Datelines.get(files.get(0));
        InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event), "Set Dateline",
                "Date the article speaks from (YYYY-MM-DD); leave empty to use the article's own dateline:",
                current == null ? "" : current.toString(), SetDatelineHandler::validate);
        if (dialog.open() != Window.OK) {
            return null;
        }
        String value = dialog.getValue().trim();
        try {
            for (IFile file : files) {
                Datelines.set(file, value.isEmpty() ? null : LocalDate.parse(value));
            }
        } catch (CoreException e) {
            throw new ExecutionException("Cannot store the dateline", e);
        }
        CheckArticleHandler.schedule(files);
        // An open editor shows the check of its text: check it again against the new dateline.
        ArticleReconciler.recheckOpenEditors();
        return null;
    }

    private static String validate(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            LocalDate.parse(value.trim());
            return null;
        } catch (DateTimeException e) {
            return "Not a date of the form YYYY-MM-DD";
        }
    }
}
