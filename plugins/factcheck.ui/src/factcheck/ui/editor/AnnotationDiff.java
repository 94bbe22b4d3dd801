package factcheck.ui.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;

/**
 * Brings the editor's annotations from one check's to the next one's by their difference: an
 * annotation that looks the same (type, text, place) stays in the model and only takes over the new
 * check's finding or reading, so a keystroke that changes one finding repaints one finding. Replacing
 * all of them made the UI thread repaint and re-index thousands in a long draft on every check.
 */
final class AnnotationDiff {

    private AnnotationDiff() {
    }

    /** What the editor shows of an annotation; the places are the model's, moved along with the edits. */
    private record Look(String type, String text, int offset, int length) {

        static Look of(Annotation a, Position p) {
            return new Look(a.getType(), a.getText(), p.offset, p.length);
        }
    }

    /**
     * Updates {@code model} from the annotations {@code published} to {@code wanted}, in at most one
     * {@code replaceAnnotations} call (none when nothing looks different).
     *
     * @return the annotations of ours now in the model, for the next update
     */
    static List<Annotation> apply(IAnnotationModel model, List<Annotation> published, Map<Annotation, Position> wanted) {
        Map<Look, Deque<Annotation>> shown = new HashMap<>();
        List<Annotation> removed = new ArrayList<>();
        for (Annotation a : published) {
            Position p = model.getPosition(a);
            if (p == null) {
                continue; // no longer in the model (the document was replaced)
            }
            if (p.isDeleted()) {
                removed.add(a);
            } else {
                shown.computeIfAbsent(Look.of(a, p), k -> new ArrayDeque<>()).add(a);
            }
        }
        List<Annotation> current = new ArrayList<>(wanted.size());
        Map<Annotation, Position> added = new HashMap<>();
        wanted.forEach((a, p) -> {
            Deque<Annotation> same = shown.get(Look.of(a, p));
            Annotation kept = same == null ? null : same.poll();
            if (kept != null && takeOver(kept, a)) {
                current.add(kept);
            } else {
                if (kept != null) {
                    removed.add(kept);
                }
                added.put(a, p);
                current.add(a);
            }
        });
        shown.values().forEach(removed::addAll);
        if (removed.isEmpty() && added.isEmpty()) {
            return current;
        }
        if (model instanceof IAnnotationModelExtension extension) {
            extension.replaceAnnotations(removed.toArray(Annotation[]::new), added);
        } else {
            removed.forEach(model::removeAnnotation);
            added.forEach(model::addAnnotation);
        }
        return current;
    }

    /** Gives the shown annotation the new check's payload; false when they are not of one kind. */
    private static boolean takeOver(Annotation shown, Annotation fresh) {
        if (shown instanceof FindingAnnotation f && fresh instanceof FindingAnnotation n) {
            f.takeOver(n);
            return true;
        }
        if (shown instanceof HighlightAnnotation h && fresh instanceof HighlightAnnotation n) {
            h.takeOver(n);
            return true;
        }
        return false;
    }
}
