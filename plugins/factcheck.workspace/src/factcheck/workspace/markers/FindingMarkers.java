package factcheck.workspace.markers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

import factcheck.core.findings.Category;
import factcheck.core.findings.Finding;
import factcheck.core.findings.Fix;

/**
 * Writes findings as markers. Every finding's marker is of the subtype of {@link #TYPE} for its
 * category ({@link #typeOf(Category)}), so views and filters can pick categories by type. One
 * workspace operation per file replaces the file's markers by diff on the finding key: unchanged
 * findings keep their markers, changed attributes are updated, new findings are created with all
 * attributes at once, stale markers are deleted.
 */
public final class FindingMarkers {

    /** The base marker type: a problem marker and a text marker, so it shows in the Problems view. */
    public static final String TYPE = "factcheck.workspace.finding";
    public static final String RULE_ID = "ruleId";
    public static final String RULE_PACK = "rulePack";
    public static final String CATEGORY = "category";
    public static final String FINDING_ID = "findingId";
    /** The finding's fixes, see {@link MarkerFixCodec}; absent when there are none. */
    public static final String FIXES = "fixes";

    /** The Problems view freezes with very many markers; beyond this a file's findings are cut. */
    public static final int MAX_PER_FILE = 500;

    private FindingMarkers() {
    }

    /** The marker subtype for a category, e.g. {@code factcheck.workspace.claimFinding}. */
    public static String typeOf(Category category) {
        return "factcheck.workspace." + category.id() + "Finding";
    }

    /**
     * Replaces the file's markers with markers for the findings; {@code text} is the text the findings
     * were computed on (for the fixes' original text).
     */
    public static void replace(IFile file, List<Finding> findings, String text, IProgressMonitor monitor)
            throws CoreException {
        replace(file, findings, text, f -> Map.of(), monitor);
    }

    /**
     * {@link #replace(IFile, List, String, IProgressMonitor)} with extra attributes per finding (the
     * claim ledger's status, see {@code factcheck.workspace.ledger.LedgerMarkers}).
     */
    public static void replace(IFile file, List<Finding> findings, String text,
            Function<Finding, Map<String, Object>> extra, IProgressMonitor monitor) throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        workspace.run(m -> {
            if (!file.exists()) {
                return;
            }
            Map<String, IMarker> existing = new HashMap<>();
            for (IMarker marker : file.findMarkers(TYPE, true, IResource.DEPTH_ZERO)) {
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
                Map<String, Object> attributes = attributes(f, text);
                attributes.putAll(extra.apply(f));
                IMarker marker = existing.remove(f.key());
                if (marker == null || !marker.getType().equals(typeOf(f.category()))) {
                    if (marker != null) {
                        marker.delete();
                    }
                    file.createMarker(typeOf(f.category()), attributes);
                } else {
                    update(marker, attributes);
                }
            }
            for (IMarker stale : existing.values()) {
                stale.delete();
            }
        }, workspace.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, monitor);
    }

    /** Removes every finding marker of the resource and below. */
    public static void clear(IResource resource, IProgressMonitor monitor) throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        workspace.run(m -> {
            if (resource.exists()) {
                resource.deleteMarkers(TYPE, true, IResource.DEPTH_INFINITE);
            }
        }, workspace.getRuleFactory().markerRule(resource), IWorkspace.AVOID_UPDATE, monitor);
    }

    /** The fixes stored on a marker; empty when it has none or no longer exists. */
    public static List<MarkerFix> fixes(IMarker marker) {
        return MarkerFixCodec.decode(marker.getAttribute(FIXES, null));
    }

    private static void update(IMarker marker, Map<String, Object> attributes) throws CoreException {
        Map<String, Object> current = marker.getAttributes();
        List<String> changed = attributes.keySet().stream()
                .filter(k -> !Objects.equals(current.get(k), attributes.get(k))).toList();
        if (!changed.isEmpty()) {
            marker.setAttributes(changed.toArray(String[]::new),
                    changed.stream().map(attributes::get).toArray());
        }
    }

    static Map<String, Object> attributes(Finding f, String text) {
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
        if (!f.fixes().isEmpty()) {
            a.put(FIXES, MarkerFixCodec.encode(f.fixes().stream().map(x -> markerFix(x, text)).toList()));
        }
        return a;
    }

    private static MarkerFix markerFix(Fix fix, String text) {
        String original = text != null && fix.end() <= text.length() ? text.substring(fix.start(), fix.end()) : "";
        return new MarkerFix(fix.label(), fix.start(), fix.end(), fix.replacement(), original);
    }
}
