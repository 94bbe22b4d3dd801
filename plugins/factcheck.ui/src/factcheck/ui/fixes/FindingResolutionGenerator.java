package factcheck.ui.fixes;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import factcheck.workspace.markers.FindingMarkers;
import factcheck.workspace.markers.MarkerFix;

/**
 * Quick fixes for findings: the finding's own fixes (stored on the marker), "Disable rule for this
 * file", and "Insert [SOURCE?]" for claims and sources that need a source. {@link #hasResolutions}
 * reads one attribute and never the file: the Problems view asks it for every marker it shows.
 */
public final class FindingResolutionGenerator implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        // Every existing finding marker can at least disable its rule; a deleted one has nothing.
        return marker.exists() && !marker.getAttribute(FindingMarkers.RULE_ID, "").isEmpty();
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        if (!hasResolutions(marker)) {
            return new IMarkerResolution[0];
        }
        String ruleId = marker.getAttribute(FindingMarkers.RULE_ID, "");
        List<IMarkerResolution> result = new ArrayList<>();
        List<MarkerFix> fixes = FindingMarkers.fixes(marker);
        for (int i = 0; i < fixes.size(); i++) {
            result.add(new ApplyFixResolution(ruleId, i, fixes.get(i).label()));
        }
        if (InsertSourceResolution.appliesTo(marker)) {
            result.add(new InsertSourceResolution());
        }
        result.add(new DisableRuleResolution(ruleId));
        return result.toArray(IMarkerResolution[]::new);
    }
}
