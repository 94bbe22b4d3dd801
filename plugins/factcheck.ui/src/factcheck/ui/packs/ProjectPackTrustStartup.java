package factcheck.ui.packs;

import org.eclipse.ui.IStartup;

import factcheck.workspace.FactcheckWorkspace;
import factcheck.workspace.packs.ProjectPackTrust;

/**
 * Gives the workspace someone to ask about project rule packs. Until this has run, an undecided
 * project's pack does not run (and says so on its pack.yaml); packs read before are read again, so the
 * next check asks.
 */
public final class ProjectPackTrustStartup implements IStartup {

    @Override
    public void earlyStartup() {
        ProjectPackTrust.setPrompt(new ProjectPackTrustDialog());
        FactcheckWorkspace.get().projectPacks().forgetAll();
    }
}
