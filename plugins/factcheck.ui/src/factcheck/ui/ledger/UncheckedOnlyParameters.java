package factcheck.ui.ledger;

import java.util.Map;

import org.eclipse.ui.views.markers.FiltersContributionParameters;

/** The values of the view's "Unchecked claims" filter configuration: {@link StatusFilter} on. */
public final class UncheckedOnlyParameters extends FiltersContributionParameters {

    @Override
    public Map<String, Object> getParameterValues() {
        return Map.of(StatusFilter.UNCHECKED_ONLY, Boolean.TRUE);
    }
}
