package factcheck.ui.editor;

import org.eclipse.jface.text.source.Annotation;

import factcheck.core.findings.Finding;

/** A finding of the text as typed, shown until the next check; its type follows the severity. */
public final class FindingAnnotation extends Annotation {

    public static final String ERROR = "factcheck.ui.finding.error";
    public static final String WARNING = "factcheck.ui.finding.warning";
    public static final String INFO = "factcheck.ui.finding.info";

    /** Replaced when a later check finds the same at the same place ({@link AnnotationDiff}). */
    private volatile Finding finding;

    public FindingAnnotation(Finding finding) {
        super(typeOf(finding), false, finding.message() + " [" + finding.ruleId() + "]");
        this.finding = finding;
    }

    public Finding finding() {
        return finding;
    }

    /** Shows the later check's finding from now on: same message and place, computed on the newer text. */
    void takeOver(FindingAnnotation later) {
        finding = later.finding;
    }

    private static String typeOf(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            case INFO -> INFO;
        };
    }
}
