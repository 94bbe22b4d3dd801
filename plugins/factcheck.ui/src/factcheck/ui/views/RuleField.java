package factcheck.ui.views;

import org.eclipse.ui.views.markers.MarkerField;
import org.eclipse.ui.views.markers.MarkerItem;

import factcheck.workspace.markers.FindingMarkers;

/** A marker view column showing the rule id of a finding. */
public final class RuleField extends MarkerField {

    @Override
    public String getValue(MarkerItem item) {
        return item.getAttributeValue(FindingMarkers.RULE_ID, "");
    }
}
