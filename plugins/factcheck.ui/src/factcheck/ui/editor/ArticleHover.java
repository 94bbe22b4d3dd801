package factcheck.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;

import factcheck.core.extract.attribution.Attribution;
import factcheck.core.extract.claim.Claim;
import factcheck.core.extract.claim.ClaimFeature;
import factcheck.core.extract.person.PersonMention;
import factcheck.core.extract.quote.Quote;
import factcheck.core.findings.Finding;
import factcheck.core.findings.Fix;
import factcheck.core.findings.Related;
import factcheck.core.rules.RuleMetadata;
import factcheck.core.time.TemporalExplanation;
import factcheck.core.time.TemporalExpression;
import factcheck.workspace.FactcheckWorkspace;

/**
 * Explains what is under the mouse: a finding (message, the rule's title and rationale, the related
 * places and fixes) and what the engine read there (a temporal expression's resolved date, a
 * claim's score, an attribution's source). Hover text is computed off the UI thread by the viewer.
 */
public final class ArticleHover implements ITextHover {

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (Hit hit : hits(viewer, offset)) {
            start = Math.min(start, hit.position.offset);
            end = Math.max(end, hit.position.offset + hit.position.length);
        }
        return end < 0 ? null : new Region(start, end - start);
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        List<Hit> hits = hits(viewer, region.getOffset());
        if (hits.isEmpty()) {
            return null;
        }
        String text = viewer.getDocument().get();
        StringBuilder b = new StringBuilder();
        // Findings first: they are what the user has to act on.
        hits.stream().filter(h -> h.annotation instanceof FindingAnnotation)
                .forEach(h -> finding(b, ((FindingAnnotation) h.annotation).finding(), text));
        hits.stream().filter(h -> h.annotation instanceof HighlightAnnotation).map(h -> (HighlightAnnotation) h.annotation)
                .map(HighlightAnnotation::source).distinct().forEach(a -> evidence(b, a));
        return b.toString().strip();
    }

    /** The temporal explanation, e.g. "Tuesday evening → Tuesday 2021-11-09, from dateline 2021-11-10". */
    public static String explain(TemporalExpression t) {
        return TemporalExplanation.of(t);
    }

    private static void finding(StringBuilder b, Finding f, String text) {
        b.append(f.severity().id().toUpperCase(Locale.ROOT)).append(": ").append(f.message()).append('\n');
        RuleMetadata rule = rule(f);
        b.append("Rule ").append(f.ruleId()).append(" (").append(f.packId()).append(", ").append(f.category().id())
                .append(')');
        if (rule != null) {
            b.append(": ").append(rule.title()).append('\n');
            if (rule.rationale() != null && !rule.rationale().isBlank()) {
                b.append("Why: ").append(rule.rationale().strip()).append('\n');
            }
        } else {
            b.append('\n');
        }
        for (Related r : f.related()) {
            b.append("See ").append(r.label()).append(": \"").append(snippet(text, r.start(), r.end())).append("\"\n");
        }
        for (Fix fix : f.fixes()) {
            b.append("Fix: ").append(fix.label()).append('\n');
        }
        b.append('\n');
    }

    private static void evidence(StringBuilder b, factcheck.core.annotation.Annotation a) {
        switch (a) {
            case TemporalExpression t -> b.append("Date: ").append(explain(t));
            case Claim c -> {
                b.append(String.format(Locale.ROOT, c.checkable() ? "Check-worthy claim, score %.2f"
                        : "Check-worthiness %.2f", c.score()));
                List<String> kinds = c.features().stream().map(ClaimFeature::kind).distinct().toList();
                if (!kinds.isEmpty()) {
                    b.append(" (").append(String.join(", ", kinds).toLowerCase(Locale.ROOT)).append(')');
                }
                if (!c.raisedBy().isEmpty()) {
                    b.append("; raised by ").append(String.join(", ", c.raisedBy()));
                }
                b.append(c.attributed() ? "; attributed" : "; not attributed");
            }
            case Attribution at -> {
                b.append("Attribution: ");
                b.append(at.source() == null ? "no source" : "source \"" + at.source().text() + "\"");
                b.append(" (").append(String.valueOf(at.sourceKind()).toLowerCase(Locale.ROOT)).append(')');
                if (at.cue() != null) {
                    b.append(", cue \"").append(at.cue().text()).append('"');
                }
                if (at.resolvedSpeaker() != null) {
                    b.append(", speaker ").append(at.resolvedSpeaker());
                }
            }
            case Quote q -> b.append("Quotation").append(q.balanced() ? "" : " with a problem: "
                    + String.valueOf(q.problem()).toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(" (").append(q.style().toLowerCase(Locale.ROOT)).append(" marks)");
            case PersonMention p -> {
                b.append("Person: ").append(p.name() == null ? p.text() : p.name().text());
                b.append(", title \"").append(p.title()).append('"');
                if (p.country() != null) {
                    b.append(" (").append(p.country()).append(')');
                }
                b.append(", ").append(String.valueOf(p.titleKind()).toLowerCase(Locale.ROOT).replace('_', ' '));
            }
            default -> b.append(a.type()).append(": ").append(a.text());
        }
        b.append('\n');
    }

    private static RuleMetadata rule(Finding f) {
        return FactcheckWorkspace.get().registry().packs().stream().filter(p -> p.id().equals(f.packId()))
                .map(p -> p.rules().get(f.ruleId())).filter(r -> r != null).findFirst().orElse(null);
    }

    private static String snippet(String text, int start, int end) {
        String s = end <= text.length() ? text.substring(start, end) : "";
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    private record Hit(Annotation annotation, Position position) {
    }

    private static List<Hit> hits(ITextViewer viewer, int offset) {
        List<Hit> hits = new ArrayList<>();
        if (!(viewer instanceof ISourceViewer sv) || sv.getAnnotationModel() == null) {
            return hits;
        }
        IAnnotationModel model = sv.getAnnotationModel();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            if (a instanceof FindingAnnotation || a instanceof HighlightAnnotation) {
                Position p = model.getPosition(a);
                if (p != null && !p.isDeleted() && p.offset <= offset && offset < p.offset + Math.max(1, p.length)) {
                    hits.add(new Hit(a, p));
                }
            }
        }
        return hits;
    }
}
