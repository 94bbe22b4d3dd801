package factcheck.lsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.lsp4j.Range;

import factcheck.core.annotation.Annotation;
import factcheck.core.extract.claim.Claim;
import factcheck.core.extract.claim.ClaimFeature;
import factcheck.core.ledger.LedgerRow;

/**
 * The answer to {@code factcheck/claims}: the article's check-worthy sentences, most check-worthy
 * first (ties in text order), with their features and the ledger's verdict on the findings inside
 * them, as the workbench's outline lists claims by check-worthiness.
 */
final class ClaimList {

    /**
     * One claim.
     *
     * @param range      where it is
     * @param text       the sentence or clause
     * @param score      check-worthiness in [0, 1]
     * @param features   the kinds of features found (figure, comparison, ...)
     * @param attributed whether it carries an attribution cue
     * @param status     the ledger's verdict on a finding in it, or "unchecked"
     */
    record Item(Range range, String text, double score, List<String> features, boolean attributed, String status) {
    }

    /** The request's answer object. */
    record Result(String uri, int version, List<Item> claims) {
    }

    private ClaimList() {
    }

    static Result of(String uri, CheckedArticle checked) {
        List<Claim> claims = new ArrayList<>();
        if (checked.result() != null) {
            for (Annotation a : checked.result().analysis().annotations()) {
                if (a instanceof Claim c) {
                    claims.add(c);
                }
            }
        }
        claims.sort(Comparator.comparingDouble(Claim::score).reversed().thenComparingInt(Claim::start));
        List<Item> items = new ArrayList<>();
        for (Claim c : claims) {
            items.add(new Item(checked.positions().range(c.start(), c.end()), c.text(), c.score(),
                    c.features().stream().map(ClaimFeature::kind).distinct()
                            .map(k -> k.toLowerCase(Locale.ROOT).replace('_', ' ')).toList(),
                    c.attributed(), status(c, checked.rows())));
        }
        return new Result(uri, checked.version(), items);
    }

    private static String status(Claim c, List<LedgerRow> rows) {
        for (LedgerRow r : rows) {
            if (r.subject() != null && r.entry() != null && r.subject().finding().start() >= c.start()
                    && r.subject().finding().end() <= c.end()) {
                return r.label();
            }
        }
        return "unchecked";
    }
}
