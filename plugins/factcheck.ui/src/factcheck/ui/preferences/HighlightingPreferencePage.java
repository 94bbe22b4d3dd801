package factcheck.ui.preferences;

import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.editors.text.EditorsUI;

/**
 * Colours of the article editor's highlighting. They are the annotation colours of our
 * markerAnnotationSpecifications, kept in the editors' preference store, so the editors repaint at
 * once and General > Editors > Text Editors > Annotations shows the same values.
 */
public final class HighlightingPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    private static final String[][] COLOURS = {
        {"factcheck.highlight.quote.color", "&Quotations"},
        {"factcheck.highlight.attributionSource.color", "Attribution &sources"},
        {"factcheck.highlight.attributionCue.color", "Attribution &cues"},
        {"factcheck.highlight.claimHigh.color", "Check-worthy claims, &high score"},
        {"factcheck.highlight.claim.color", "Check-worthy claims, &medium score"},
        {"factcheck.highlight.temporal.color", "&Temporal expressions"},
        {"factcheck.highlight.person.color", "Titled &person mentions"},
        {"factcheck.finding.error.color", "Findings: &errors"},
        {"factcheck.finding.warning.color", "Findings: &warnings"},
        {"factcheck.finding.info.color", "Findings: &information"},
    };

    public HighlightingPreferencePage() {
        super(GRID);
        setPreferenceStore(EditorsUI.getPreferenceStore());
        setDescription("Colours of the article editor's highlighting and finding underlines.");
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }

    @Override
    protected void createFieldEditors() {
        for (String[] colour : COLOURS) {
            addField(new ColorFieldEditor(colour[0], colour[1], getFieldEditorParent()));
        }
    }
}
