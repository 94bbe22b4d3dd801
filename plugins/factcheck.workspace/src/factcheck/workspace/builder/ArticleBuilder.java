package factcheck.workspace.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

import factcheck.workspace.FactcheckWorkspace;
import factcheck.workspace.check.ArticleCheck;
import factcheck.workspace.ledger.ArticleLedgers;
import factcheck.workspace.ledger.LedgerMarkers;
import factcheck.workspace.check.ArticleFiles;
import factcheck.workspace.markers.FindingMarkers;
import factcheck.workspace.markers.RulePackMarkers;
import factcheck.workspace.packs.ProjectPacks;
import factcheck.workspace.settings.CheckMode;
import factcheck.workspace.settings.CheckSettings;

/**
 * Checks the project's articles and keeps their markers: every article on a full build, the added
 * and changed ones on an incremental build (a delta visitor by content type), nothing in manual
 * checking mode unless the build was asked for explicitly. A change under the project's workspace
 * pack ({@link ProjectPacks#FOLDER}) recompiles it, turns its diagnostics into markers on the rule
 * files, and re-checks every article of the project. Markers of each file are replaced
 * in one workspace operation ({@link FindingMarkers#replace}).
 */
public final class ArticleBuilder extends IncrementalProjectBuilder {

    public static final String ID = "factcheck.workspace.builder";

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        if (kind == AUTO_BUILD && CheckSettings.mode() == CheckMode.MANUAL) {
            return null;
        }
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        boolean packChanged = delta == null || ProjectPacks.touchesPack(delta);
        if (packChanged) {
            updateProjectPack(monitor);
        }
        // A changed workspace pack changes what every article of the project reports.
        List<IFile> files = delta == null || packChanged ? allArticles() : changedArticles(delta);
        SubMonitor progress = SubMonitor.convert(monitor, "Fact-checking articles", files.size());
        for (IFile file : files) {
            if (progress.isCanceled()) {
                // A cancelled build keeps the old built state: the next delta still holds the files not reached.
                throw new OperationCanceledException();
            }
            progress.subTask(file.getFullPath().toString());
            check(file, progress.split(1));
        }
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        FindingMarkers.clear(getProject(), monitor);
        RulePackMarkers.clear(ProjectPacks.folder(getProject()));
    }

    /** Re-reads and compiles the project's workspace pack; its diagnostics become markers on its files. */
    private void updateProjectPack(IProgressMonitor monitor) throws CoreException {
        FactcheckWorkspace ws = FactcheckWorkspace.get();
        ws.projectPacks().forget(getProject());
        RulePackMarkers.replace(ProjectPacks.folder(getProject()),
                ws.compiledProjectPack(getProject()).orElse(null), monitor);
    }

    /** The project: articles are checked one by one and never outside it (PMD #110, PDE #1214). */
    @Override
    public ISchedulingRule getRule(int kind, Map<String, String> args) {
        return getProject();
    }

    private void check(IFile file, IProgressMonitor monitor) throws CoreException {
        String text = ArticleFiles.read(file);
        ArticleCheck.Outcome outcome = ArticleCheck.run(file, text, monitor);
        LedgerMarkers marking = ArticleLedgers.get().checked(file, outcome, text);
        FindingMarkers.replace(file, marking.findings(), text, marking::attributes, monitor);
    }

    private List<IFile> allArticles() throws CoreException {
        List<IFile> files = new ArrayList<>();
        getProject().accept(resource -> {
            if (resource instanceof IFile file && ArticleFiles.isArticle(file)) {
                files.add(file);
            }
            return !resource.isDerived() && !resource.isTeamPrivateMember();
        });
        return files;
    }

    private static List<IFile> changedArticles(IResourceDelta delta) throws CoreException {
        List<IFile> files = new ArrayList<>();
        delta.accept(d -> {
            IResource resource = d.getResource();
            if (resource instanceof IFile file) {
                boolean contentChanged = d.getKind() == IResourceDelta.ADDED
                        || (d.getKind() == IResourceDelta.CHANGED
                                && (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED
                                        | IResourceDelta.ENCODING)) != 0);
                if (contentChanged && ArticleFiles.isArticle(file)) {
                    files.add(file);
                }
                return false;
            }
            return true;
        });
        return files;
    }
}
