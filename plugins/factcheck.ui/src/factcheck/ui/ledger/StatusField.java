package factcheck.ui.ledger;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.ui.views.markers.MarkerField;
import org.eclipse.ui.views.markers.MarkerItem;

import factcheck.core.ledger.LedgerStatus;
import factcheck.workspace.ledger.LedgerMarkers;

/**
 * The Fact Check view's "Status" column: the claim ledger's verdict on a claim, attribution or date
 * finding, "(changed since checked)" when the claim was edited after it; empty for other findings.
 * Editable in place ({@link StatusEditingSupport}).
 */
public final class StatusField extends MarkerField {

    @Override
    public String getValue(MarkerItem item) {
        return label(item.getMarker());
    }

    /** The column text for a marker; empty when it takes no ledger entry. */
    public static String label(IMarker marker) {
        if (marker == null) {
            return "";
        }
        String id = marker.getAttribute(LedgerMarkers.STATUS, null);
        if (id == null) {
            return "";
        }
        String label = LedgerStatus.parse(id).label();
        return "changed".equals(marker.getAttribute(LedgerMarkers.STATE, "")) ? label + " (changed since checked)"
                : label;
    }

    @Override
    public EditingSupport getEditingSupport(ColumnViewer viewer) {
        return new StatusEditingSupport(viewer);
    }
}
