package factcheck.ui.startup;

import java.io.File;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * For the {@code ./workbench} script: when started with {@code -Dfactcheck.sampleProject=DIR}, makes
 * DIR a project of the workspace (in place, nothing copied) and opens its first article. Without
 * that property it does nothing.
 */
public final class SampleProjectStartup implements IStartup {

    static final String PROPERTY = "factcheck.sampleProject";

    @Override
    public void earlyStartup() {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isBlank()) {
            return;
        }
        Job job = Job.create("Opening the Factcheck sample project", (IProgressMonitor monitor) -> {
            try {
                IProject project = ensureProject(new File(dir).getAbsoluteFile());
                IFile article = firstArticle(project);
                if (article != null) {
                    PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(article));
                }
                return Status.OK_STATUS;
            } catch (CoreException e) {
                return e.getStatus();
            }
        });
        job.schedule();
    }

    private static IProject ensureProject(File dir) throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(dir.getName());
        if (!project.exists()) {
            IProjectDescription description = workspace.newProjectDescription(project.getName());
            description.setLocation(IPath.fromOSString(dir.getPath()));
            project.create(description, null);
        }
        project.open(null);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return project;
    }

    private static IFile firstArticle(IProject project) throws CoreException {
        IFile found = null;
        for (IResource member : project.members()) {
            if (member instanceof IFile file && "article".equals(file.getFileExtension())
                    && (found == null || file.getName().compareTo(found.getName()) < 0)) {
                found = file;
            }
        }
        return found;
    }

    private static void open(IFile article) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        try {
            IDE.openEditor(page, article);
        } catch (PartInitException e) {
            ILog.of(SampleProjectStartup.class).log(new Status(IStatus.ERROR, "factcheck.ui",
                    "Cannot open " + article.getFullPath(), e));
        }
    }
}
