package factcheck.ui.views;

import org.eclipse.ui.views.markers.MarkerSupportView;

/**
 * The Fact Check view: the platform's marker view (sorting, filters, grouping, double-click opens the
 * span, Ctrl+1 offers the quick fixes) over our marker type, configured entirely in plugin.xml by the
 * content generator {@value #GENERATOR}.
 */
public final class FactCheckView extends MarkerSupportView {

    public static final String ID = "factcheck.ui.views.factCheck";
    public static final String GENERATOR = "factcheck.ui.findingsGenerator";

    public FactCheckView() {
        super(GENERATOR);
    }
}
