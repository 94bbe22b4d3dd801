package factcheck.ui.ledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import factcheck.ui.commands.SelectedArticles;

/**
 * "Export Fact-Check Report…": asks where, then writes the report of the selected articles (all
 * articles when nothing is selected) as HTML, Markdown or JSON, as the file name says.
 */
public final class ExportReportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<IResource> resources = new ArrayList<>(SelectedArticles.resources(event));
        if (resources.isEmpty()) {
            resources.add(ResourcesPlugin.getWorkspace().getRoot());
        }
        FileDialog dialog = new FileDialog(HandlerUtil.getActiveShellChecked(event), SWT.SAVE);
        dialog.setText("Export Fact-Check Report");
        dialog.setFilterExtensions(new String[] {"*.html", "*.md", "*.json"});
        dialog.setFilterNames(new String[] {"HTML (*.html)", "Markdown (*.md)", "JSON (*.json)"});
        dialog.setFileName("fact-check-report.html");
        dialog.setOverwrite(true);
        String target = dialog.open();
        if (target != null) {
            FactCheckReports.export(resources, Path.of(target)).schedule();
        }
        return null;
    }
}
