package factcheck.workspace.markers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

import factcheck.core.findings.Finding;

/**
 * Writes findings as markers of type {@link #TYPE}. One workspace operation per file replaces the
 * file's markers by diff on the finding key: unchanged findings keep their markers, new ones are
 * created with all attributes at once, stale ones are deleted.
 */
public final class FindingMarkers {

    /** The marker type: a problem marker and a text marker, so it shows in the Problems view. */
    public static final String TYPE = "factcheck.workspace.finding";
    public static final String RULE_ID = "ruleId";
    public static final String RULE_PACK = "rulePack";
    public static final String CATEGORY = "category";
    public static final String FINDING_ID = "findingId";

    /** The Problems view freezes with very many markers; beyond this a file gets a summary marker. */
    public static final int MAX_PER_FILE = 500;

    private FindingMarkers() {
    }

    public static void replace(IFile file, List<Finding> findings, IProgressMonitor monitor) throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        workspace.run(m -> {
            if (!file.exists()) {
                return;
            }
            Map<String, IMarker> existing = new HashMap<>();
            for (IMarker marker : file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
                String key = marker.getAttribute(FINDING_ID, "");
                if (existing.putIfAbsent(key, marker) != null) {
                    marker.delete();
                }
            }
            int count = 0;
            for (Finding f : findings) {
                if (count++ >= MAX_PER_FILE) {
                    break;
                }
                if (existing.remove(f.key()) == null) {
                    file.createMarker(TYPE, attributes(f));
                }
            }
            for (IMarker stale : existing.values()) {
                stale.delete();
            }
        }, workspace.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, monitor);
    }

    static Map<String, Object> attributes(Finding f) {
        Map<String, Object> a = new HashMap<>();
        a.put(IMarker.MESSAGE, f.message() + " [" + f.ruleId() + "]");
        a.put(IMarker.SEVERITY, switch (f.severity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        });
        a.put(IMarker.CHAR_START, f.start());
        a.put(IMarker.CHAR_END, f.end());
        a.put(IMarker.LINE_NUMBER, f.line());
        a.put(IMarker.LOCATION, "line " + f.line());
        a.put(RULE_ID, f.ruleId());
        a.put(RULE_PACK, f.packId());
        a.put(CATEGORY, f.category().id());
        a.put(FINDING_ID, f.key());
        a.put(IMarker.SOURCE_ID, "Factcheck");
        return a;
    }
}
