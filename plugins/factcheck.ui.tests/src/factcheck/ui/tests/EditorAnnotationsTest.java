package factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import factcheck.ui.editor.ArticleHover;
import factcheck.ui.editor.FindingAnnotation;
import factcheck.ui.editor.HighlightAnnotation;
import factcheck.workspace.check.ArticleCheck;

/**
 * Checking while typing: annotations (never markers) from a check off the UI thread, highlighting,
 * hovers; markers once the file is saved (a project without the nature: the save job).
 */
class EditorAnnotationsTest {

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = TestProjects.create("editor", false);
    }

    @AfterEach
    void deleteProject() throws Exception {
        TestProjects.dispose(project);
    }

    @Test
    void typingPublishesAnnotationsAndSavingWritesMarkers() throws Exception {
        IFile file = TestProjects.article(project, "harbour.article", TestProjects.ARTICLE);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
        ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());

        assertTrue(UiConditions.waitUntil(() -> findings(viewer, "uitest.misspelled-title").size() == 1,
                Duration.ofSeconds(90)), "no finding annotation appeared");
        int start = TestProjects.ARTICLE.indexOf("Presidnet");
        Position position = viewer.getAnnotationModel().getPosition(findings(viewer, "uitest.misspelled-title").get(0));
        assertEquals(new Position(start, 9), position);
        assertEquals(FindingAnnotation.ERROR, findings(viewer, "uitest.misspelled-title").get(0).getType());
        assertTrue(TestProjects.markers(file).isEmpty(), "opening and typing must not write markers");
        Thread checkThread = ArticleCheck.lastCheckThread();
        assertNotNull(checkThread);
        assertNotSame(Display.getCurrent().getThread(), checkThread, "the engine ran on the UI thread");

        // Highlighting: the quotation, the attribution and the relative date are annotated.
        assertTrue(highlights(viewer).stream().anyMatch(a -> a.getType().equals(HighlightAnnotation.QUOTE)),
                "no quotation highlight: " + types(viewer));
        int tuesday = TestProjects.ARTICLE.indexOf("Tuesday");
        assertTrue(highlights(viewer).stream().anyMatch(a -> a.getType().equals(HighlightAnnotation.TEMPORAL)
                && covers(viewer.getAnnotationModel().getPosition(a), tuesday)), "no temporal highlight: " + types(viewer));
        ArticleHover hover = new ArticleHover();
        IRegion region = hover.getHoverRegion(viewer, tuesday);
        String info = hover.getHoverInfo(viewer, region);
        assertTrue(info.contains("Tuesday 9 November 2021") && info.contains("dateline"), "hover: " + info);
        IRegion findingRegion = hover.getHoverRegion(viewer, start + 2);
        String findingInfo = hover.getHoverInfo(viewer, findingRegion);
        assertTrue(findingInfo.contains("Misspelled title (UI test rule)") && findingInfo.contains("factcheck-fix:0\">Replace"),
                "finding hover: " + findingInfo);

        // Typing: a second misspelling gets its annotation; still no markers.
        int at = document.get().indexOf("Economists");
        document.replace(at, 0, "Presidnet ");
        assertTrue(UiConditions.waitUntil(() -> findings(viewer, "uitest.misspelled-title").size() == 2,
                Duration.ofSeconds(60)), "typing did not update the annotations");
        assertTrue(TestProjects.markers(file).isEmpty(), "typing must not write markers");

        editor.selectAndReveal(tuesday, 0);
        Screenshots.take("editor-highlighting");
        showHoverAtCaret(editor);
        Screenshots.take("editor-hover");

        // Saving: the save job writes markers of the saved text.
        editor.doSave(null);
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(file, "uitest.misspelled-title").size() == 2,
                Duration.ofSeconds(60)), "saving wrote no markers: " + TestProjects.markers(file));
    }

    /** F2 ("Show Tooltip Description") at the caret; best effort, only for the screenshot. */
    private static void showHoverAtCaret(ITextEditor editor) {
        int shells = Display.getCurrent().getShells().length;
        editor.setFocus();
        org.eclipse.jface.action.IAction show = editor.getAction(ITextEditorActionConstants.SHOW_INFORMATION);
        if (show != null) {
            show.run();
            UiConditions.waitUntil(() -> java.util.Arrays.stream(Display.getCurrent().getShells())
                    .filter(org.eclipse.swt.widgets.Shell::isVisible).count() > shells, Duration.ofSeconds(5));
        }
    }

    static List<FindingAnnotation> findings(ISourceViewer viewer, String ruleId) {
        List<FindingAnnotation> result = new ArrayList<>();
        for (Annotation a : all(viewer)) {
            if (a instanceof FindingAnnotation f && f.finding().ruleId().equals(ruleId)) {
                result.add(f);
            }
        }
        return result;
    }

    static List<Annotation> highlights(ISourceViewer viewer) {
        return all(viewer).stream().filter(a -> a instanceof HighlightAnnotation).toList();
    }

    private static List<String> types(ISourceViewer viewer) {
        return all(viewer).stream().map(Annotation::getType).distinct().toList();
    }

    private static boolean covers(Position p, int offset) {
        return p != null && p.offset <= offset && offset < p.offset + p.length;
    }

    private static List<Annotation> all(ISourceViewer viewer) {
        List<Annotation> result = new ArrayList<>();
        IAnnotationModel model = viewer.getAnnotationModel();
        if (model != null) {
            for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
                result.add(it.next());
            }
        }
        return result;
    }
}
