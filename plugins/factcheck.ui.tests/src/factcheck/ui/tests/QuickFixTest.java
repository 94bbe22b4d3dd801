package factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import factcheck.ui.fixes.FindingResolutionGenerator;

/**
 * Quick fixes from markers: the finding's own fix as an undoable edit, re-check removes the marker,
 * undo restores the text; "Disable rule for this file" and "Insert [SOURCE?]".
 */
class QuickFixTest {

    private static final String TITLE_RULE = "uitest.misspelled-title";

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = TestProjects.create("fixes", true);
    }

    @AfterEach
    void deleteProject() throws Exception {
        TestProjects.dispose(project);
    }

    @Test
    void aFixEditsTheTextTheRecheckRemovesTheMarkerAndUndoRestores() throws Exception {
        IFile file = TestProjects.article(project, "harbour.article", TestProjects.ARTICLE);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(file, TITLE_RULE).size() == 1,
                Duration.ofSeconds(90)), "no title marker");
        IMarker marker = TestProjects.markers(file, TITLE_RULE).get(0);

        assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
        IMarkerResolution fix = resolution(marker, "Replace with 'President'");
        assertTrue(fix instanceof WorkbenchMarkerResolution, "fixes must support fixing several markers");
        fix.run(marker);
        assertTrue(document.get().contains("President Maria Lopez"), document.get());
        assertFalse(editor.isDirty(), "a clean buffer is saved after the fix");
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(file, TITLE_RULE).isEmpty(),
                Duration.ofSeconds(60)), "the re-check did not remove the marker");
        assertFalse(new FindingResolutionGenerator().hasResolutions(marker), "a deleted marker has no fixes");

        ((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
        assertTrue(document.get().contains("Presidnet Maria Lopez"), "undo did not restore: " + document.get());
        editor.doSave(null);
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(file, TITLE_RULE).size() == 1,
                Duration.ofSeconds(60)), "the marker did not come back after undo and save");

        IMarker again = TestProjects.markers(file, TITLE_RULE).get(0);
        resolution(again, "Disable rule " + TITLE_RULE + " for this file").run(again);
        assertTrue(document.get().startsWith(
                "date 2021-11-10 Council approves the harbour budget\n<!-- factcheck-disable " + TITLE_RULE + " -->\n"),
                document.get());
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(file, TITLE_RULE).isEmpty()
                && TestProjects.markers(file, "attribution.vague-source").size() == 1, Duration.ofSeconds(60)),
                "the suppression comment was not honoured: " + TestProjects.markers(file));

        IMarker vague = TestProjects.markers(file, "attribution.vague-source").get(0);
        resolution(vague, "Insert [SOURCE?]").run(vague);
        assertTrue(document.get().contains("Economists say [SOURCE?] the plan"), document.get());
    }

    private static IMarkerResolution resolution(IMarker marker, String label) {
        List<IMarkerResolution> all = Arrays.asList(IDE.getMarkerHelpRegistry().getResolutions(marker));
        return all.stream().filter(r -> r.getLabel().equals(label)).findFirst().orElseThrow(
                () -> new AssertionError("no fix '" + label + "' among " + all.stream().map(IMarkerResolution::getLabel).toList()));
    }
}
