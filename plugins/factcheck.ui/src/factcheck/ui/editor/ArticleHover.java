package factcheck.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;

import factcheck.core.findings.Finding;
import factcheck.core.findings.Fix;
import factcheck.core.findings.Related;
import factcheck.core.rules.RuleMetadata;
import factcheck.workspace.FactcheckWorkspace;

/**
 * The one hover of an article: for a finding its message, the evidence (related places and what
 * the engine read there: the resolved date, the person and title), its quick fixes as links and the
 * rule's rationale; elsewhere what the engine read (a date in words, a claim's score). HTML in the
 * platform's hover style. {@link ArticleEditorLook} makes it the viewer's only hover, so the Generic
 * Editor's annotation hover does not repeat the message below it.
 */
public final class ArticleHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {

    /** The quick fixes of the hover shown last, by link number; read when a link is clicked. */
    private volatile List<Runnable> fixes = List.of();
    /** Where the mouse was when the region was asked for: the hover explains what covers that point. */
    private volatile int hoverOffset = -1;
    private final ITextHover others;

    /** The hover of the hoverProviders extension, alongside the Generic Editor's own. */
    public ArticleHover() {
        this(null);
    }

    /** The only hover of an article viewer: {@code others} speaks for annotations that are not ours. */
    public ArticleHover(ITextHover others) {
        this.others = others;
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        hoverOffset = offset;
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (Hit hit : hits(viewer, offset, offset + 1)) {
            start = Math.min(start, hit.position.offset);
            end = Math.max(end, hit.position.offset + hit.position.length);
        }
        if (end < 0) {
            return others == null ? null : others.getHoverRegion(viewer, offset);
        }
        return new Region(start, end - start);
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        HoverHtml html = html(viewer, region);
        if (html != null && !html.isEmpty()) {
            return HoverControls.page(html.toString());
        }
        @SuppressWarnings("deprecation") // the non-deprecated getHoverInfo2 of DefaultTextHover returns the same
        String other = others == null ? null : others.getHoverInfo(viewer, region);
        return other == null ? null : HoverControls.page("<p>" + HoverHtml.esc(other) + "</p>");
    }

    @Override
    public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
        return getHoverInfo(viewer, region);
    }

    @Override
    public IInformationControlCreator getHoverControlCreator() {
        return new HoverControls.HoverCreator(this::runFix);
    }

    /** Runs the quick fix behind link {@code index} of the hover shown last; false if there is none. */
    public boolean runFix(int index) {
        List<Runnable> current = fixes;
        if (index < 0 || index >= current.size()) {
            return false;
        }
        current.get(index).run();
        return true;
    }

    private HoverHtml html(ITextViewer viewer, IRegion region) {
        int at = hoverOffset;
        if (at < region.getOffset() || at > region.getOffset() + region.getLength()) {
            at = region.getOffset();
        }
        List<Hit> hits = hits(viewer, at, at + 1);
        if (hits.isEmpty()) {
            return null;
        }
        IDocument document = viewer.getDocument();
        String text = document.get();
        HoverHtml html = new HoverHtml();
        List<Runnable> actions = new ArrayList<>();
        Set<factcheck.core.annotation.Annotation> explained = new LinkedHashSet<>();
        // Findings first: they are what the editor has to act on.
        for (Hit hit : hits) {
            if (hit.annotation instanceof FindingAnnotation fa) {
                Finding f = fa.finding();
                // The finding was computed on an older text; its annotation's position has moved with the edits since.
                int delta = hit.position.offset - f.start();
                List<factcheck.core.annotation.Annotation> evidence = new ArrayList<>(
                        read(viewer, hit.position.offset, hit.position.offset + hit.position.length));
                for (Related r : f.related()) {
                    evidence.addAll(read(viewer, r.start() + delta, r.end() + delta));
                }
                explained.addAll(evidence);
                html.finding(f, rule(f), text, delta, evidence);
                for (Fix fix : f.fixes()) {
                    actions.add(() -> apply(document, fix, delta));
                }
            }
        }
        html.reading(hits.stream().filter(h -> h.annotation instanceof HighlightAnnotation)
                .map(h -> ((HighlightAnnotation) h.annotation).source()).filter(a -> !explained.contains(a))
                .distinct().toList());
        fixes = List.copyOf(actions);
        return html;
    }

    private static void apply(IDocument document, Fix fix, int delta) {
        try {
            int start = fix.start() + delta;
            int end = fix.end() + delta;
            if (start >= 0 && end <= document.getLength()) {
                document.replace(start, end - start, fix.replacement());
            }
        } catch (BadLocationException e) {
            // the text changed under the hover: nothing to fix any more
        }
    }

    private static RuleMetadata rule(Finding f) {
        return FactcheckWorkspace.get().registry().packs().stream().filter(p -> p.id().equals(f.packId()))
                .map(p -> p.rules().get(f.ruleId())).filter(r -> r != null).findFirst().orElse(null);
    }

    /** The engine's readings (dates, people, attributions) highlighted in [start, end). */
    private static List<factcheck.core.annotation.Annotation> read(ITextViewer viewer, int start, int end) {
        return hits(viewer, start, end).stream().filter(h -> h.annotation instanceof HighlightAnnotation)
                .map(h -> ((HighlightAnnotation) h.annotation).source()).toList();
    }

    private record Hit(Annotation annotation, Position position) {
    }

    private static List<Hit> hits(ITextViewer viewer, int start, int end) {
        List<Hit> hits = new ArrayList<>();
        if (!(viewer instanceof ISourceViewer sv) || sv.getAnnotationModel() == null) {
            return hits;
        }
        IAnnotationModel model = sv.getAnnotationModel();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            if (a instanceof FindingAnnotation || a instanceof HighlightAnnotation) {
                Position p = model.getPosition(a);
                if (p != null && !p.isDeleted() && p.offset < end && start < p.offset + Math.max(1, p.length)) {
                    hits.add(new Hit(a, p));
                }
            }
        }
        return hits;
    }
}
