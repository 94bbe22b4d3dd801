package factcheck.ui.views;

import org.eclipse.ui.views.markers.MarkerField;
import org.eclipse.ui.views.markers.MarkerItem;

import factcheck.workspace.markers.FindingMarkers;

/** A marker view column showing the rule pack of a finding. */
public final class PackField extends MarkerField {

    @Override
    public String getValue(MarkerItem item) {
        return item.getAttributeValue(FindingMarkers.RULE_PACK, "");
    }
}
