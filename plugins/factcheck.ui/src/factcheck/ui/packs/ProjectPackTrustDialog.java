package factcheck.ui.packs;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import factcheck.core.rules.RulePack;
import factcheck.workspace.packs.ProjectPackTrust;
import factcheck.workspace.packs.ProjectPackTrust.Decision;

/**
 * Asks, once per project, whether the project's own rule pack may run: the workspace's
 * {@link ProjectPackTrust.Prompt}, answered in a dialog on the UI thread while the builder or the
 * editor's check waits.
 */
public final class ProjectPackTrustDialog implements ProjectPackTrust.Prompt {

    /** The dialog's title (UI tests find the dialog by it). */
    public static final String TITLE = "Run This Project's Rule Pack?";
    public static final String RUN = "Run the Pack";
    public static final String DONT_RUN = "Don't Run";

    @Override
    public Decision ask(IProject project, RulePack pack) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return Decision.UNDECIDED;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        if (display.isDisposed() || workbench.isClosing()) {
            return Decision.UNDECIDED;
        }
        AtomicReference<Decision> answer = new AtomicReference<>(Decision.UNDECIDED);
        display.syncExec(() -> {
            Shell shell = workbench.getActiveWorkbenchWindow() == null ? null : workbench.getActiveWorkbenchWindow().getShell();
            String message = "The project '" + project.getName() + "' has its own rule pack, " + pack.name() + " ("
                    + pack.rules().size() + (pack.rules().size() == 1 ? " rule" : " rules") + " in .factcheck/rules/).\n\n"
                    + "It came with the project rather than from an update site you chose. Rule packs can only read"
                    + " the article and report findings, and the pack sandbox refuses anything else; still, it runs"
                    + " only if you say so.\n\nYou can change this later in Project > Properties > Fact Check.";
            MessageDialog dialog = new MessageDialog(shell, TITLE, null, message, MessageDialog.QUESTION, 1, RUN, DONT_RUN);
            int choice = dialog.open();
            answer.set(choice == 0 ? Decision.TRUSTED : choice == 1 ? Decision.REFUSED : Decision.UNDECIDED);
        });
        return answer.get();
    }
}
