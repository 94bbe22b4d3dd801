package factcheck.workspace.markers;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.Diagnostic;
import factcheck.core.rules.RulePackLoader;

/**
 * Problems of a workspace pack (compile errors, forbidden imports, bad metadata) as markers of type
 * {@value #TYPE} on the pack's files, at the diagnostic's line. A diagnostic without a file of its
 * own lands on {@code pack.yaml}.
 */
public final class RulePackMarkers {

    /** Marker type of rule-pack problems (a problemmarker, so they show in the Problems view). */
    public static final String TYPE = "factcheck.workspace.rulePackProblem";

    private RulePackMarkers() {
    }

    /** Replaces every rule-pack marker under the folder with the compiled pack's diagnostics, in one operation. */
    public static void replace(IFolder folder, CompiledPack compiled, IProgressMonitor monitor) throws CoreException {
        IWorkspaceRunnable write = m -> {
            clear(folder);
            if (compiled == null) {
                return;
            }
            for (Diagnostic d : compiled.diagnostics()) {
                IFile file = folder.getFile(d.file());
                if (d.file().equals("?") || d.file().equals("data") || !file.exists()) {
                    file = folder.getFile(RulePackLoader.PACK_FILE);
                }
                Map<String, Object> attributes = new HashMap<>();
                attributes.put(IMarker.MESSAGE, d.message());
                attributes.put(IMarker.SEVERITY, compiled.usable() ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_ERROR);
                attributes.put(IMarker.LINE_NUMBER, Math.max(d.line(), 1));
                attributes.put(IMarker.LOCATION, d.line() > 0
                        ? "line " + d.line() + (d.column() > 0 ? ", column " + d.column() : "") : d.file());
                file.createMarker(TYPE, attributes);
            }
        };
        ResourcesPlugin.getWorkspace().run(write, folder.getProject(), IWorkspace.AVOID_UPDATE, monitor);
    }

    /** Removes the folder's rule-pack markers. */
    public static void clear(IFolder folder) throws CoreException {
        if (folder.exists()) {
            folder.deleteMarkers(TYPE, true, IResource.DEPTH_INFINITE);
        }
    }
}
