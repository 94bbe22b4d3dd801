package factcheck.ui.views;

import org.eclipse.ui.views.markers.MarkerField;
import org.eclipse.ui.views.markers.MarkerItem;

import factcheck.workspace.markers.FindingMarkers;

/** A marker view column showing the finding category of a finding. */
public final class CategoryField extends MarkerField {

    @Override
    public String getValue(MarkerItem item) {
        return item.getAttributeValue(FindingMarkers.CATEGORY, "");
    }
}
