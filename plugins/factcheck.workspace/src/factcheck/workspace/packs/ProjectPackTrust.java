package factcheck.workspace.packs;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import factcheck.core.rules.RulePack;
import factcheck.workspace.FactcheckWorkspace;

/**
 * Whether the user lets a project's own rule pack ({@link ProjectPacks#FOLDER}) run. Such a pack
 * arrives with whatever was cloned or imported, so, as editors do with workspace trust, it runs only
 * after the user said yes once for that project. The answer is kept in the workspace's own
 * preferences (never in the project, which could otherwise answer for itself), keyed by the project's
 * location, and can be changed in the project's properties.
 */
public final class ProjectPackTrust {

    /** What the user said about a project's pack. */
    public enum Decision {
        TRUSTED, REFUSED, UNDECIDED
    }

    /** Asks the user, once per project (the UI registers one; headless there is none). */
    public interface Prompt {
        /** Called off the UI thread, when the project's pack is about to run for the first time. */
        Decision ask(IProject project, RulePack pack);
    }

    /** Preference node, in InstanceScope. */
    public static final String NODE = "factcheck.workspace.trust";

    private static final AtomicReference<Prompt> PROMPT = new AtomicReference<>();

    private ProjectPackTrust() {
    }

    /** Sets the prompt (null: no one to ask, undecided packs do not run). */
    public static void setPrompt(Prompt prompt) {
        PROMPT.set(prompt);
    }

    public static Decision decision(IProject project) {
        String value = node().get(key(project), null);
        if (value == null) {
            return Decision.UNDECIDED;
        }
        try {
            return Decision.valueOf(value);
        } catch (IllegalArgumentException e) {
            return Decision.UNDECIDED;
        }
    }

    /**
     * Records the user's decision and, when it changes what runs, re-checks the project's articles
     * (the pack's findings appear or go).
     */
    public static void decide(IProject project, Decision decision) {
        Decision before = decision(project);
        store(project, decision);
        if (before != decision) {
            FactcheckWorkspace.get().projectPacks().forget(project);
            if (decision != Decision.UNDECIDED) {
                // what runs has changed: show it. Back to undecided, the next check asks again.
                rebuild(project);
            }
        }
    }

    /**
     * Whether the project's pack may run now: trusted, or the user says so when asked (once: the
     * answer is kept). Synchronized so that the builder and the editor never ask twice at once.
     */
    static synchronized boolean allows(IProject project, RulePack pack) {
        Decision decision = decision(project);
        Prompt prompt = PROMPT.get();
        if (decision == Decision.UNDECIDED && prompt != null) {
            decision = prompt.ask(project, pack);
            store(project, decision);
        }
        return decision == Decision.TRUSTED;
    }

    private static void store(IProject project, Decision decision) {
        IEclipsePreferences node = node();
        if (decision == Decision.UNDECIDED) {
            node.remove(key(project));
        } else {
            node.put(key(project), decision.name());
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // kept in memory for this session; the next start asks again
        }
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    /** The project's location: a project of the same name elsewhere (another clone) is another question. */
    private static String key(IProject project) {
        IPath location = project.getLocation();
        String where = location == null ? project.getName() : location.toPortableString();
        return where.replace('/', '|');
    }

    private static void rebuild(IProject project) {
        WorkspaceJob job = new WorkspaceJob("Re-checking " + project.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (project.isAccessible()) {
                    project.build(IncrementalProjectBuilder.FULL_BUILD, monitor);
                }
                return Status.OK_STATUS;
            }
        };
        // building takes the workspace's build rule; a narrower rule on the job would make build() fail
        job.setRule(project.getWorkspace().getRuleFactory().buildRule());
        job.schedule();
    }
}
