package factcheck.ui.ledger;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IResource;

import factcheck.ui.commands.ExportTarget;

/**
 * "Export Fact-Check Report…": asks where, then writes the report of the selected articles (all
 * articles when nothing is selected) as HTML, Markdown or JSON, as the file name says.
 */
public final class ExportReportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<IResource> resources = ExportTarget.resources(event);
        Path target = ExportTarget.ask(event, "Export Fact-Check Report", new String[] {"*.html", "*.md", "*.json"},
                new String[] {"HTML (*.html)", "Markdown (*.md)", "JSON (*.json)"}, "fact-check-report.html");
        if (target != null) {
            FactCheckReports.export(resources, target).schedule();
        }
        return null;
    }
}
