package factcheck.ui.ledger;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.markers.MarkerItem;

import factcheck.core.ledger.LedgerStatus;
import factcheck.workspace.ledger.LedgerMarkers;

/**
 * Sets a claim's status from the Status column: a read-only combo of the statuses; choosing one
 * starts the job that saves it into the ledger file ({@link LedgerEdits}), keeping note and sources.
 */
final class StatusEditingSupport extends EditingSupport {

    private static final String[] LABELS = Arrays.stream(LedgerStatus.values()).map(LedgerStatus::label)
            .toArray(String[]::new);

    private final ComboBoxCellEditor editor;

    StatusEditingSupport(ColumnViewer viewer) {
        super(viewer);
        editor = new ComboBoxCellEditor((Composite) viewer.getControl(), LABELS, SWT.READ_ONLY);
    }

    private static IMarker marker(Object element) {
        return element instanceof MarkerItem item ? item.getMarker() : null;
    }

    @Override
    protected boolean canEdit(Object element) {
        IMarker marker = marker(element);
        return marker != null && marker.getAttribute(LedgerMarkers.STATUS, null) != null;
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        return editor;
    }

    @Override
    protected Object getValue(Object element) {
        return LedgerStatus.parse(marker(element).getAttribute(LedgerMarkers.STATUS, "unchecked")).ordinal();
    }

    @Override
    protected void setValue(Object element, Object value) {
        IMarker marker = marker(element);
        if (marker == null || !(value instanceof Integer index) || index < 0 || !(marker.getResource() instanceof IFile)) {
            return;
        }
        LedgerEdits.setStatus(marker, LedgerStatus.values()[index]);
    }
}
