package factcheck.ui.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import factcheck.workspace.builder.ArticleNature;

/**
 * "Enable Fact Checking": adds the nature (and so the builder, whose first build checks every article)
 * to the selected projects, in a job: changing a project description locks the workspace.
 */
public final class EnableNatureHandler extends AbstractHandler {

    public static final Object FAMILY = EnableNatureHandler.class;

    @Override
    public Object execute(ExecutionEvent event) {
        List<IProject> projects = SelectedArticles.resources(event).stream().map(IResource::getProject)
                .filter(p -> p != null && p.isAccessible()).distinct().toList();
        if (projects.isEmpty()) {
            return null;
        }
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        Job job = new Job("Enabling fact checking") {
            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                try {
                    for (IProject project : projects) {
                        ArticleNature.addTo(project, monitor);
                    }
                    return Status.OK_STATUS;
                } catch (CoreException e) {
                    return e.getStatus();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setRule(workspace.getRuleFactory().modifyRule(workspace.getRoot()));
        job.schedule();
        return null;
    }
}
