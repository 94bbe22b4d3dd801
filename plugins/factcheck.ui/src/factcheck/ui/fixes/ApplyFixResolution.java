package factcheck.ui.fixes;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.edits.TextEdit;

import factcheck.workspace.markers.FindingMarkers;
import factcheck.workspace.markers.MarkerFix;

/**
 * Applies one of the finding's own fixes (a title replacement, a quote mark, a weekday). The fix's
 * offsets are those of the check; the fix moves with the marker if the text before it changed, and
 * is applied only while the words it replaces are still there.
 */
final class ApplyFixResolution extends FindingResolution {

    private final String ruleId;
    private final int index;
    private final String label;

    ApplyFixResolution(String ruleId, int index, String label) {
        this.ruleId = ruleId;
        this.index = index;
        this.label = label;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public String getDescription() {
        return label + " (rule " + ruleId + ")";
    }

    @Override
    boolean fits(IMarker marker) {
        List<MarkerFix> fixes = FindingMarkers.fixes(marker);
        return ruleId.equals(ruleOf(marker)) && index < fixes.size() && fixes.get(index).label().equals(label);
    }

    @Override
    TextEdit edit(IMarker marker, IDocument document) {
        List<MarkerFix> fixes = FindingMarkers.fixes(marker);
        if (index >= fixes.size()) {
            return null;
        }
        MarkerFix fix = fixes.get(index);
        int findingStart = findingStart(marker);
        int shift = findingStart < 0 ? 0 : marker.getAttribute(IMarker.CHAR_START, findingStart) - findingStart;
        for (int delta : new int[] {shift, 0}) {
            int start = fix.start() + delta;
            int end = fix.end() + delta;
            try {
                if (start >= 0 && end <= document.getLength() && document.get(start, end - start).equals(fix.original())) {
                    return new ReplaceEdit(start, end - start, fix.replacement());
                }
            } catch (BadLocationException e) {
                // try the next candidate
            }
        }
        return null;
    }

    /** The finding's start at check time, from its key (rule@start-end#hash). */
    private static int findingStart(IMarker marker) {
        String key = marker.getAttribute(FindingMarkers.FINDING_ID, "");
        int at = key.lastIndexOf('@');
        int dash = key.indexOf('-', at + 1);
        try {
            return at < 0 || dash < 0 ? -1 : Integer.parseInt(key.substring(at + 1, dash));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
