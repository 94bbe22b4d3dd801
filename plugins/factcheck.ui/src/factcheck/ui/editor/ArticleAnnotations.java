package factcheck.ui.editor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;

import factcheck.core.annotation.TextRef;
import factcheck.core.extract.attribution.Attribution;
import factcheck.core.extract.claim.Claim;
import factcheck.core.extract.person.PersonMention;
import factcheck.core.extract.quote.Quote;
import factcheck.core.findings.Finding;
import factcheck.core.time.HumanDate;
import factcheck.core.time.TemporalExpression;
import factcheck.workspace.check.ArticleCheck;

/** Turns a check's outcome into the editor annotations that show it, with their positions. */
final class ArticleAnnotations {

    /** Claims at or above this check-worthiness get the strong claim style. */
    static final double HIGH_CLAIM_SCORE = 0.6;
    /** Claims below this are not highlighted at all: most sentences score a little. */
    static final double MIN_CLAIM_SCORE = 0.3;

    private ArticleAnnotations() {
    }

    static Map<Annotation, Position> of(ArticleCheck.Outcome outcome, int textLength) {
        Map<Annotation, Position> result = new LinkedHashMap<>();
        if (outcome.result() != null) {
            for (factcheck.core.annotation.Annotation a : outcome.result().analysis().annotations()) {
                highlights(a, result, textLength);
            }
        }
        for (Finding f : outcome.findings()) {
            put(result, new FindingAnnotation(f), f.start(), f.end(), textLength);
        }
        return result;
    }

    private static void highlights(factcheck.core.annotation.Annotation a, Map<Annotation, Position> result,
            int length) {
        switch (a) {
            case Quote q -> put(result, new HighlightAnnotation(HighlightAnnotation.QUOTE, q, "Quotation"),
                    q.start(), q.end(), length);
            case Attribution at -> {
                ref(result, HighlightAnnotation.ATTRIBUTION_SOURCE, at, at.source(), "Attribution source", length);
                ref(result, HighlightAnnotation.ATTRIBUTION_CUE, at, at.cue(), "Attribution cue", length);
            }
            case Claim c when c.checkable() && c.score() >= MIN_CLAIM_SCORE -> put(result, new HighlightAnnotation(
                    c.score() >= HIGH_CLAIM_SCORE ? HighlightAnnotation.CLAIM_HIGH : HighlightAnnotation.CLAIM, c,
                    String.format("Check-worthy claim (score %.2f)", c.score())), c.start(), c.end(), length);
            case TemporalExpression t -> put(result, new HighlightAnnotation(HighlightAnnotation.TEMPORAL, t,
                    "Date: " + HumanDate.of(t)), t.start(), t.end(), length);
            case PersonMention p when p.hasTitle() -> put(result, new HighlightAnnotation(HighlightAnnotation.PERSON,
                    p, "Titled person: " + p.title()), p.start(), p.end(), length);
            default -> {
                // claims scoring low and untitled mentions stay plain
            }
        }
    }

    private static void ref(Map<Annotation, Position> result, String type, Attribution at, TextRef ref, String text,
            int length) {
        if (ref != null) {
            put(result, new HighlightAnnotation(type, at, text), ref.start(), ref.end(), length);
        }
    }

    private static void put(Map<Annotation, Position> result, Annotation annotation, int start, int end, int length) {
        if (start >= 0 && end >= start && end <= length) {
            result.put(annotation, new Position(start, end - start));
        }
    }
}
