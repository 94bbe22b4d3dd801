package factcheck.ui.views;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import factcheck.ui.commands.ExportTarget;
import factcheck.ui.commands.SelectedArticles;

/**
 * "Export Findings…": asks where to write and writes, in a job, the findings of the selected files,
 * folders or projects (all of them when nothing is selected) in the format the file name says
 * (.csv, .json, .sarif).
 */
public final class ExportFindingsHandler extends AbstractHandler {

    public static final Object FAMILY = ExportFindingsHandler.class;

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<IResource> resources = ExportTarget.resources(event);
        Path target = ExportTarget.ask(event, "Export Findings", new String[] {"*.csv", "*.json", "*.sarif"},
                new String[] {"CSV (*.csv)", "JSON (*.json)", "SARIF 2.1.0 (*.sarif)"}, "findings.csv");
        if (target != null) {
            export(resources, target).schedule();
        }
        return null;
    }

    /** The export job for the resources' articles, in the format the target's name says. */
    public static Job export(List<? extends IResource> resources, Path target) {
        Job job = new Job("Exporting findings to " + target.getFileName()) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                try (OutputStream out = Files.newOutputStream(target)) {
                    List<IFile> files = new ArrayList<>(SelectedArticles.articles(resources));
                    FindingsExport.write(files, FindingsExport.Format.of(target.getFileName().toString()), out);
                    return Status.OK_STATUS;
                } catch (IOException e) {
                    return Status.error("Cannot write " + target + ": " + e.getMessage(), e);
                } catch (CoreException e) {
                    return e.getStatus();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        return job;
    }
}
