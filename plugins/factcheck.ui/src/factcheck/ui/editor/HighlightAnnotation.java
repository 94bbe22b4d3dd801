package factcheck.ui.editor;

import org.eclipse.jface.text.source.Annotation;

/**
 * Highlighting of something the engine found (a quotation, an attribution's cue or source, a claim,
 * a temporal expression, a titled person): the engine's annotation it stands for is kept for hovers.
 */
public final class HighlightAnnotation extends Annotation {

    public static final String QUOTE = "factcheck.ui.highlight.quote";
    public static final String ATTRIBUTION_SOURCE = "factcheck.ui.highlight.attributionSource";
    public static final String ATTRIBUTION_CUE = "factcheck.ui.highlight.attributionCue";
    public static final String CLAIM_HIGH = "factcheck.ui.highlight.claimHigh";
    public static final String CLAIM = "factcheck.ui.highlight.claim";
    public static final String TEMPORAL = "factcheck.ui.highlight.temporal";
    public static final String PERSON = "factcheck.ui.highlight.person";

    /** Replaced when a later check reads the same at the same place ({@link AnnotationDiff}). */
    private volatile factcheck.core.annotation.Annotation source;

    public HighlightAnnotation(String type, factcheck.core.annotation.Annotation source, String text) {
        super(type, false, text);
        this.source = source;
    }

    /** The engine's annotation this highlights. */
    public factcheck.core.annotation.Annotation source() {
        return source;
    }

    /** Stands for the later check's reading from now on (what the hover explains). */
    void takeOver(HighlightAnnotation later) {
        source = later.source;
    }
}
