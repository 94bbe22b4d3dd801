package factcheck.ui.outline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import factcheck.core.Analysis;
import factcheck.core.annotation.Annotation;
import factcheck.core.annotation.TextRef;
import factcheck.core.article.Dateline;
import factcheck.core.extract.attribution.Attribution;
import factcheck.core.extract.claim.Claim;
import factcheck.core.time.HumanDate;
import factcheck.core.time.TemporalExpression;

/**
 * The outline of an analysed article: its dateline, direct quotes by speaker, claims by score
 * (most check-worthy first) and dates in text order. Pure: built on the checking thread, shown on
 * the UI thread.
 */
public final class ArticleOutline {

    static final String QUOTES = "Quotes";
    static final String CLAIMS = "Claims";
    static final String DATES = "Dates";
    static final String UNATTRIBUTED = "Unattributed";
    private static final int MAX_LABEL = 60;

    private ArticleOutline() {
    }

    public static List<OutlineNode> of(Analysis analysis) {
        List<OutlineNode> roots = new ArrayList<>();
        roots.add(dateline(analysis));
        roots.add(OutlineNode.group(QUOTES, quotes(analysis.annotations())));
        roots.add(OutlineNode.group(CLAIMS, claims(analysis.annotations())));
        roots.add(OutlineNode.group(DATES, dates(analysis.annotations())));
        return roots;
    }

    private static OutlineNode dateline(Analysis analysis) {
        Dateline dateline = analysis.article().dateline().orElse(null);
        if (dateline == null) {
            return OutlineNode.leaf("No dateline", -1, -1);
        }
        String label = "Dateline: " + dateline.date();
        // A dateline given from outside the text (an editor property) has nowhere to select.
        return dateline.span() == null ? OutlineNode.leaf(label, -1, -1)
                : OutlineNode.leaf(label, dateline.span().start(), dateline.span().end());
    }

    private static List<OutlineNode> quotes(List<Annotation> annotations) {
        // Speakers in the order they first speak; their quotes in text order.
        Map<String, List<OutlineNode>> bySpeaker = new LinkedHashMap<>();
        annotations.stream().filter(a -> a instanceof Attribution at && at.direct())
                .map(Attribution.class::cast).sorted(Comparator.comparingInt(Attribution::start))
                .forEach(at -> {
                    TextRef quote = at.content() != null ? at.content() : new TextRef(at.start(), at.end(), at.text());
                    bySpeaker.computeIfAbsent(speaker(at), s -> new ArrayList<>())
                            .add(OutlineNode.leaf(abbreviate(quote.text()), quote.start(), quote.end()));
                });
        List<OutlineNode> result = new ArrayList<>();
        bySpeaker.forEach((speaker, quotes) -> result.add(new OutlineNode(speaker,
                quotes.get(0).start(), quotes.get(0).end(), quotes)));
        return result;
    }

    private static String speaker(Attribution at) {
        if (at.resolvedSpeaker() != null && !at.resolvedSpeaker().isBlank()) {
            return at.resolvedSpeaker();
        }
        if (at.source() != null && !at.source().text().isBlank()) {
            return at.source().text();
        }
        return UNATTRIBUTED;
    }

    private static List<OutlineNode> claims(List<Annotation> annotations) {
        // Checkable claims only: every sentence has a score, but the list is of what to check.
        return annotations.stream().filter(Claim.class::isInstance).map(Claim.class::cast).filter(Claim::checkable)
                .sorted(Comparator.comparingDouble(Claim::score).reversed().thenComparingInt(Claim::start))
                // Score first: a narrow Outline view cuts the end of the label off.
                .map(c -> OutlineNode.leaf(String.format(Locale.ROOT, "%.2f  ", c.score()) + abbreviate(c.text()),
                        c.start(), c.end()))
                .toList();
    }

    private static List<OutlineNode> dates(List<Annotation> annotations) {
        return annotations.stream().filter(TemporalExpression.class::isInstance).map(TemporalExpression.class::cast)
                .sorted(Comparator.comparingInt(TemporalExpression::start))
                .map(t -> OutlineNode.leaf(abbreviate(t.text()) + " \u2192 " + HumanDate.of(t), t.start(), t.end()))
                .toList();
    }

    static String abbreviate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_LABEL ? oneLine : oneLine.substring(0, MAX_LABEL - 1).stripTrailing() + "\u2026";
    }
}
