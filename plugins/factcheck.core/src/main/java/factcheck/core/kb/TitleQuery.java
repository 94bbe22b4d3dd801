package factcheck.core.kb;

import java.util.Set;

/**
 * A title as written, understood against the knowledge base.
 *
 * @param written        the text given ("former U.S. Vice President")
 * @param recognized     whether the words form a known title at all
 * @param officeIds      offices the title can denote; empty when recognized but no listed office fits
 *                       (e.g. a known title qualified by a country whose office is not listed)
 * @param jurisdictionId the country or organisation named in the title, or null if unqualified
 * @param former         the title carried "former" or "ex-": it claims an earlier holding
 */
public record TitleQuery(String written, boolean recognized, Set<String> officeIds, String jurisdictionId,
        boolean former) {

    public TitleQuery {
        officeIds = Set.copyOf(officeIds);
    }

    static TitleQuery unknown(String written) {
        return new TitleQuery(written, false, Set.of(), null, false);
    }
}
