package factcheck.ui.views;

import org.eclipse.ui.views.markers.MarkerField;
import org.eclipse.ui.views.markers.MarkerItem;

import factcheck.workspace.ledger.LedgerMarkers;

/**
 * A marker view column showing the check-worthiness of a finding's claim ("0.87"; empty for
 * findings outside a scored claim). Sorting on it orders claims the way a fact-checker takes them:
 * highest first, then the ones without a score.
 */
public final class CheckWorthinessField extends MarkerField {

    @Override
    public String getValue(MarkerItem item) {
        return item.getAttributeValue(LedgerMarkers.SCORE, "");
    }

    @Override
    public int compare(MarkerItem a, MarkerItem b) {
        // Highest score first; the view's own sort direction can still flip it.
        return getValue(b).compareTo(getValue(a));
    }
}
