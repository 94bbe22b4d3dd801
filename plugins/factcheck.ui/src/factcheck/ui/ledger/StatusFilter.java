package factcheck.ui.ledger;

import java.util.Map;

import org.eclipse.ui.IMemento;
import org.eclipse.ui.views.markers.MarkerFieldFilter;
import org.eclipse.ui.views.markers.MarkerItem;

import factcheck.workspace.ledger.LedgerMarkers;

/**
 * The Status column's filter: with {@value #UNCHECKED_ONLY} on, only claims still to check (unchecked,
 * or changed since checked) are shown. Switched on by the "Unchecked claims" filter configuration of
 * the view ({@link UncheckedOnlyParameters}).
 */
public final class StatusFilter extends MarkerFieldFilter {

    /** The parameter (and memento key) switching the filter on. */
    public static final String UNCHECKED_ONLY = "uncheckedOnly";

    private boolean uncheckedOnly;

    @Override
    public boolean select(MarkerItem item) {
        if (!uncheckedOnly) {
            return true;
        }
        if (item.getMarker() == null) {
            return true;
        }
        String status = item.getMarker().getAttribute(LedgerMarkers.STATUS, null);
        return status != null && ("unchecked".equals(status)
                || "changed".equals(item.getMarker().getAttribute(LedgerMarkers.STATE, "")));
    }

    @Override
    public void initialize(@SuppressWarnings("rawtypes") Map values) {
        Object value = values == null ? null : values.get(UNCHECKED_ONLY);
        uncheckedOnly = Boolean.TRUE.equals(value) || "true".equals(value);
    }

    @Override
    public void populateWorkingCopy(MarkerFieldFilter copy) {
        super.populateWorkingCopy(copy);
        ((StatusFilter) copy).uncheckedOnly = uncheckedOnly;
    }

    @Override
    public void saveSettings(IMemento memento) {
        memento.putBoolean(UNCHECKED_ONLY, uncheckedOnly);
    }

    @Override
    public void loadSettings(IMemento memento) {
        Boolean value = memento.getBoolean(UNCHECKED_ONLY);
        uncheckedOnly = value != null && value;
    }

    public boolean uncheckedOnly() {
        return uncheckedOnly;
    }
}
