package factcheck.ui.views;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.markers.MarkerItem;
import org.eclipse.ui.views.markers.MarkerSupportView;

import factcheck.ui.ledger.LedgerDetailsPane;

/**
 * The Fact Check view: the platform's marker view (sorting, filters, grouping, double-click opens the
 * span, Ctrl+1 offers the quick fixes) over our marker type, configured in plugin.xml by the content
 * generator {@value #GENERATOR}, with the claim ledger's status as an editable column and its details
 * (progress, note, sources) in a pane below.
 */
public final class FactCheckView extends MarkerSupportView {

    public static final String ID = "factcheck.ui.views.factCheck";
    public static final String GENERATOR = "factcheck.ui.findingsGenerator";

    private LedgerDetailsPane details;

    public FactCheckView() {
        super(GENERATOR);
    }

    /** The marker tree above, the claim ledger's details pane for the selected finding below. */
    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        Composite markers = new Composite(sash, SWT.NONE);
        markers.setLayout(new FillLayout());
        super.createPartControl(markers);
        details = new LedgerDetailsPane(sash);
        sash.setWeights(3, 2);
        ISelectionProvider selection = getSite().getSelectionProvider();
        if (selection != null) {
            selection.addSelectionChangedListener(e -> details.show(marker(e.getSelection())));
        }
    }

    /** The details pane (the tests fill it as a user would). */
    public LedgerDetailsPane details() {
        return details;
    }

    private static IMarker marker(ISelection selection) {
        if (selection instanceof IStructuredSelection s && s.size() == 1) {
            Object o = s.getFirstElement();
            if (o instanceof MarkerItem item) {
                return item.getMarker();
            }
            return Adapters.adapt(o, IMarker.class);
        }
        return null;
    }
}
