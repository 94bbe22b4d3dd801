package factcheck.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;

import factcheck.core.rules.PackScaffold;
import factcheck.workspace.packs.ProjectPackTrust;
import factcheck.workspace.packs.ProjectPacks;

/**
 * File > New > Fact Check Rule Pack: creates a working workspace pack (pack.yaml, one example rule
 * with its examples, a README) in the project's .factcheck/rules/ folder, which the project's
 * builder then compiles and runs on its articles. The same scaffold as {@code factcheck --new-pack}.
 */
public final class NewRulePackWizard extends Wizard implements INewWizard {

    public static final String ID = "factcheck.ui.wizards.newRulePack";

    private NewRulePackPage page;
    private IProject initialProject;

    public NewRulePackWizard() {
        setWindowTitle("New Fact Check Rule Pack");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        Object first = selection == null ? null : selection.getFirstElement();
        if (first instanceof IResource resource) {
            initialProject = resource.getProject();
        }
    }

    @Override
    public void addPages() {
        page = new NewRulePackPage(initialProject);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IProject project = page.project();
        String id = page.packId();
        try {
            getContainer().run(true, false, new WorkspaceModifyOperation(project) {
                @Override
                protected void execute(IProgressMonitor monitor) throws CoreException {
                    createPack(project, id, monitor);
                }
            });
            return true;
        } catch (java.lang.reflect.InvocationTargetException e) {
            page.setErrorMessage(e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Writes the scaffold into the project's pack folder and refreshes it, which starts the build. */
    public static void createPack(IProject project, String packId, IProgressMonitor monitor) throws CoreException {
        IFolder folder = ProjectPacks.folder(project);
        if (folder.getLocation() == null) {
            throw new CoreException(Status.error(project.getName() + " has no location on disk"));
        }
        try {
            PackScaffold.create(Path.of(folder.getLocation().toOSString()), packId, packId);
        } catch (IOException | IllegalArgumentException e) {
            throw new CoreException(Status.error("Cannot create the rule pack: " + e.getMessage(), e));
        }
        // the user writes this pack here and now: it is theirs, so it runs without asking
        ProjectPackTrust.decide(project, ProjectPackTrust.Decision.TRUSTED);
        project.getFolder(".factcheck").refreshLocal(IResource.DEPTH_INFINITE, monitor);
    }
}
