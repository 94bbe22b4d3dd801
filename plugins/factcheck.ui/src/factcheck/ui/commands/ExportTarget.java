package factcheck.ui.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * What the export commands share: the selected files, folders or projects (the whole workspace when
 * nothing is selected), and a save dialog whose chosen file name decides the format.
 */
public final class ExportTarget {

    private ExportTarget() {
    }

    /** The selected resources, or the workspace root when nothing is selected. */
    public static List<IResource> resources(ExecutionEvent event) {
        List<IResource> resources = new ArrayList<>(SelectedArticles.resources(event));
        if (resources.isEmpty()) {
            resources.add(ResourcesPlugin.getWorkspace().getRoot());
        }
        return resources;
    }

    /**
     * Asks where to write; null when the user cancels.
     *
     * @param extensions filter patterns ("*.csv"), the first one's format being the default
     * @param names      their labels
     */
    public static Path ask(ExecutionEvent event, String title, String[] extensions, String[] names, String defaultName)
            throws ExecutionException {
        FileDialog dialog = new FileDialog(HandlerUtil.getActiveShellChecked(event), SWT.SAVE);
        dialog.setText(title);
        dialog.setFilterExtensions(extensions);
        dialog.setFilterNames(names);
        dialog.setFileName(defaultName);
        dialog.setOverwrite(true);
        String target = dialog.open();
        return target == null ? null : Path.of(target);
    }
}
