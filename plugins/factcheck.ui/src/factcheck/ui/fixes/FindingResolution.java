package factcheck.ui.fixes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.TextEdit;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;

import factcheck.workspace.markers.FindingMarkers;

/**
 * The shape every fact-check quick fix shares: it can fix many markers at once (the Problems view's
 * "select all similar"), grouping them by file so each file gets one edit; fixes whose text has
 * changed since the check are skipped rather than applied to the wrong words.
 */
abstract class FindingResolution extends WorkbenchMarkerResolution {

    /** Whether this resolution applies to the marker as well (same kind of fix). */
    abstract boolean fits(IMarker marker);

    /** The edit for one marker on the file's current document, or null when it no longer fits. */
    abstract TextEdit edit(IMarker marker, IDocument document);

    @Override
    public IMarker[] findOtherMarkers(IMarker[] markers) {
        return Arrays.stream(markers).filter(m -> m.exists() && fits(m)).toArray(IMarker[]::new);
    }

    @Override
    public void run(IMarker marker) {
        run(new IMarker[] {marker}, null);
    }

    @Override
    public void run(IMarker[] markers, IProgressMonitor monitor) {
        Map<IFile, List<IMarker>> byFile = new LinkedHashMap<>();
        for (IMarker m : markers) {
            if (m.exists() && m.getResource() instanceof IFile file) {
                byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(m);
            }
        }
        byFile.forEach(this::fix);
    }

    private void fix(IFile file, List<IMarker> markers) {
        try {
            boolean applied = DocumentEdit.apply(file, document -> {
                MultiTextEdit all = new MultiTextEdit();
                // Back to front, and overlapping edits left out: each edit must stay valid.
                markers.sort(Comparator.comparingInt((IMarker m) -> m.getAttribute(IMarker.CHAR_START, 0)).reversed());
                for (IMarker m : markers) {
                    TextEdit e = edit(m, document);
                    if (e != null && !overlaps(all, e)) {
                        all.addChild(e);
                    }
                }
                return all.hasChildren() ? all : null;
            });
            if (applied) {
                for (IMarker m : markers) {
                    m.delete(); // the next check (save, builder) confirms or brings it back
                }
            }
        } catch (CoreException e) {
            ILog.of(FindingResolution.class).log(e.getStatus());
        }
    }

    private static boolean overlaps(MultiTextEdit all, TextEdit e) {
        for (TextEdit child : all.getChildren()) {
            if (child.getOffset() == e.getOffset() || child.getOffset() < e.getExclusiveEnd() && e.getOffset() < child.getExclusiveEnd()) {
                return true;
            }
        }
        return false;
    }

    static String ruleOf(IMarker marker) {
        return marker.getAttribute(FindingMarkers.RULE_ID, "");
    }

    @Override
    public Image getImage() {
        return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT);
    }
}
