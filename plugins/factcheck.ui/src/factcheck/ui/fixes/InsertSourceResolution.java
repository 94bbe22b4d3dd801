package factcheck.ui.fixes;

import java.util.Locale;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.edits.InsertEdit;
import org.eclipse.text.edits.TextEdit;

import factcheck.core.findings.Category;
import factcheck.workspace.markers.FindingMarkers;

/**
 * Inserts the placeholder {@value #PLACEHOLDER} after an unsourced claim or a vague source, so the
 * gap is visible to the desk until someone fills it in.
 */
final class InsertSourceResolution extends FindingResolution {

    static final String PLACEHOLDER = "[SOURCE?]";

    /** Claims, and rules about missing or vague sources. */
    static boolean appliesTo(IMarker marker) {
        String rule = ruleOf(marker).toLowerCase(Locale.ROOT);
        return Category.CLAIM.id().equals(marker.getAttribute(FindingMarkers.CATEGORY, ""))
                || rule.contains("unsourced") || rule.contains("vague-source") || rule.contains("unattributed");
    }

    @Override
    public String getLabel() {
        return "Insert " + PLACEHOLDER;
    }

    @Override
    public String getDescription() {
        return "Mark the missing source with " + PLACEHOLDER + " after the flagged words";
    }

    @Override
    boolean fits(IMarker marker) {
        return appliesTo(marker);
    }

    @Override
    TextEdit edit(IMarker marker, IDocument document) {
        int end = marker.getAttribute(IMarker.CHAR_END, -1);
        if (end < 0 || end > document.getLength()) {
            return null;
        }
        return new InsertEdit(end, " " + PLACEHOLDER);
    }
}
