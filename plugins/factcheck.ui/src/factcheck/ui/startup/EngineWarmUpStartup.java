package factcheck.ui.startup;

import org.eclipse.ui.IStartup;

import factcheck.workspace.check.EngineWarmUp;

/**
 * Prepares the engine in the background as soon as the workbench is up, so the article a user
 * opens a moment later is checked by a warm engine (see {@link EngineWarmUp}). Nothing heavy here
 * or in an activator: the job does the work.
 */
public final class EngineWarmUpStartup implements IStartup {

    @Override
    public void earlyStartup() {
        new EngineWarmUp().schedule();
    }
}
