package factcheck.ui.editor;

import org.eclipse.jface.text.DefaultTextHover;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.AnnotationPreference;

/**
 * The text of annotations that are not Fact Check's (spelling, tasks, other tools' markers) where
 * the article hover has nothing to say: what the Generic Editor's annotation hover showed before
 * the article hover replaced it, minus the duplicate of our own findings.
 */
final class OtherAnnotationsHover extends DefaultTextHover {

    OtherAnnotationsHover(ISourceViewer viewer) {
        super(viewer);
    }

    @Override
    protected boolean isIncluded(Annotation annotation) {
        if (annotation instanceof FindingAnnotation || annotation instanceof HighlightAnnotation
                || annotation.getType().startsWith("factcheck.")) {
            return false;
        }
        AnnotationPreference preference = EditorsUI.getAnnotationPreferenceLookup().getAnnotationPreference(annotation);
        if (preference == null) {
            return false;
        }
        String key = preference.getTextPreferenceKey() != null ? preference.getTextPreferenceKey()
                : preference.getHighlightPreferenceKey();
        return key != null && EditorsUI.getPreferenceStore().getBoolean(key);
    }
}
