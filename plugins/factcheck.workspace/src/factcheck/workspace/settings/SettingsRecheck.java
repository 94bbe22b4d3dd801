package factcheck.workspace.settings;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import factcheck.workspace.builder.ArticleNature;
import factcheck.workspace.check.ArticleFiles;
import factcheck.workspace.markers.CheckArticleJob;
import factcheck.workspace.markers.FindingMarkers;

/**
 * Re-checks articles when the rule settings they were checked with change, so markers never show a
 * rule the user just turned off or a severity they just changed. Two sources of change:
 * <ul>
 * <li>the workspace settings (Preferences > Fact Check), which apply to every project that has no
 * settings of its own;</li>
 * <li>a project's own settings file ({@code .settings/factcheck.workspace.prefs}), written by the
 * project's property page or arriving from version control.</li>
 * </ul>
 * The articles re-checked are those of fact-checked projects (nature) plus any article elsewhere that
 * shows findings; nothing is re-checked in manual mode. Changes are gathered for a moment and handled
 * in one background job. Listeners (the editor) hear which projects changed, to re-check open editors.
 */
public final class SettingsRecheck {

    private static final String SETTINGS_FILE = ".settings/" + CheckSettings.NODE + ".prefs";

    private static final class Holder {
        static final SettingsRecheck INSTANCE = new SettingsRecheck();
    }

    /** How long to wait for more changes: the preference page writes several keys in a row. */
    private static final long COALESCE_MS = 200;

    private final ListenerList<Consumer<Set<IProject>>> listeners = new ListenerList<>();
    private final Set<IProject> pending = new LinkedHashSet<>(); // guarded by this
    private final Job job = new Job("Re-checking articles for the changed fact-check settings") {
        @Override
        protected IStatus run(IProgressMonitor monitor) {
            return recheckPending(monitor);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == CheckArticleJob.FAMILY;
        }
    };

    private SettingsRecheck() {
        CheckSettings.workspaceNode().addPreferenceChangeListener((IEclipsePreferences.PreferenceChangeEvent e) -> {
            if (CheckSettings.DISABLED_RULES.equals(e.getKey()) || CheckSettings.SEVERITIES.equals(e.getKey())) {
                Set<IProject> affected = new LinkedHashSet<>();
                for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
                    if (p.isAccessible() && !CheckSettings.projectNode(p).getBoolean(CheckSettings.PROJECT_SPECIFIC, false)) {
                        affected.add(p);
                    }
                }
                recheck(affected);
            }
        });
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this::resourcesChanged, IResourceChangeEvent.POST_CHANGE);
        job.setSystem(true);
    }

    /** Starts watching (idempotent); the workbench engine calls it when it is first used. */
    public static SettingsRecheck get() {
        return Holder.INSTANCE;
    }

    /** Hears the projects whose articles are being re-checked after a settings change. */
    public void addListener(Consumer<Set<IProject>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Set<IProject>> listener) {
        listeners.remove(listener);
    }

    private void resourcesChanged(IResourceChangeEvent event) {
        IResourceDelta root = event.getDelta();
        if (root == null) {
            return;
        }
        Set<IProject> affected = new LinkedHashSet<>();
        for (IResourceDelta projectDelta : root.getAffectedChildren()) {
            IResourceDelta settings = projectDelta.findMember(org.eclipse.core.runtime.Path.fromPortableString(SETTINGS_FILE));
            if (settings != null && projectDelta.getResource() instanceof IProject p && p.isAccessible()) {
                affected.add(p);
            }
        }
        if (!affected.isEmpty()) {
            recheck(affected);
        }
    }

    /**
     * Queues the projects and (re)starts the coalescing job. Listeners run on the thread that changed
     * the setting (often the UI thread), so the walk over the projects happens in the job instead.
     */
    private void recheck(Set<IProject> projects) {
        if (projects.isEmpty()) {
            return;
        }
        synchronized (this) {
            pending.addAll(projects);
        }
        job.schedule(COALESCE_MS);
    }

    private IStatus recheckPending(IProgressMonitor monitor) {
        Set<IProject> projects;
        synchronized (this) {
            projects = new LinkedHashSet<>(pending);
            pending.clear();
        }
        // Manual mode: nothing is checked unless the user asks, settings changes included.
        if (projects.isEmpty() || CheckSettings.mode() == CheckMode.MANUAL) {
            return Status.OK_STATUS;
        }
        for (IProject project : projects) {
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            try {
                if (project.isAccessible()) {
                    for (IFile file : articlesToRecheck(project)) {
                        new CheckArticleJob(file, null).schedule();
                    }
                }
            } catch (CoreException e) {
                ILog.of(SettingsRecheck.class).log(e.getStatus());
            }
        }
        Set<IProject> view = Set.copyOf(projects);
        listeners.forEach(l -> l.accept(view));
        return Status.OK_STATUS;
    }

    private static Set<IFile> articlesToRecheck(IProject project) throws CoreException {
        Set<IFile> files = new LinkedHashSet<>();
        if (project.hasNature(ArticleNature.ID)) {
            project.accept(r -> {
                if (r instanceof IFile f && ArticleFiles.isArticle(f)) {
                    files.add(f);
                }
                return !r.isDerived() && !r.isTeamPrivateMember();
            });
        } else {
            for (IMarker marker : project.findMarkers(FindingMarkers.TYPE, true, IResource.DEPTH_INFINITE)) {
                if (marker.getResource() instanceof IFile f) {
                    files.add(f);
                }
            }
        }
        return files;
    }
}
