package factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import factcheck.ui.views.FactCheckView;

/**
 * The bundled seed article with the standard pack, as an editor would meet it: the wrong title
 * "Vice President Joe Biden" (dated 2021-11-10) is an error marker of the title type on exactly
 * "Vice President", the Fact Check view groups it under Titles, its quick fix writes the title held
 * on the dateline, the re-check clears the marker, and undo brings the text back.
 */
class SeedArticleWorkflowTest {

    private static final String TITLE_RULE = "title.office-at-date";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = TestProjects.create("seed", true);
    }

    @AfterEach
    void deleteProject() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.hideView(page.findView(FactCheckView.ID));
        TestProjects.dispose(project);
    }

    @Test
    void titleErrorFromMarkerToFixToUndo() throws Exception {
        String text = Files.readString(Path.of(System.getProperty("factcheck.samples"), "us-china-talks-2021-11-10.article"));
        IFile file = TestProjects.article(project, "talks.article", text);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());

        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(file, TITLE_RULE).size() == 1,
                Duration.ofSeconds(120)), () -> "no title marker; markers: " + TestProjects.markers(file));
        IMarker marker = TestProjects.markers(file, TITLE_RULE).get(0);
        assertEquals("factcheck.workspace.titleFinding", marker.getType());
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        int mention = text.indexOf("Vice President Joe Biden");
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        int end = marker.getAttribute(IMarker.CHAR_END, -1);
        assertTrue(start >= mention && end <= mention + "Vice President Joe Biden".length()
                && text.substring(start, end).contains("Vice President"), "marker on '" + text.substring(start, end) + "'");
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("since 2021-01-20"),
                marker.getAttribute(IMarker.MESSAGE, ""));
        for (String fine : List.of("President Xi Jinping", "US Secretary of State Antony Blinken")) {
            int at = text.indexOf(fine);
            assertTrue(TestProjects.markers(file).stream().noneMatch(m -> "title".equals(m.getAttribute("category", ""))
                    && m.getAttribute(IMarker.CHAR_START, -1) < at + fine.length()
                    && m.getAttribute(IMarker.CHAR_END, -1) > at), fine + " must not be flagged");
        }

        Tree tree = showFactCheckView(page);
        assertTrue(UiConditions.waitUntil(() -> groups(tree).stream().anyMatch(g -> g.startsWith("Titles"))
                && groups(tree).stream().anyMatch(g -> g.startsWith("Quotations"))
                && groups(tree).stream().anyMatch(g -> g.startsWith("Attribution")), Duration.ofSeconds(30)),
                () -> "groups: " + groups(tree));
        Arrays.stream(tree.getItems()).forEach(i -> i.setExpanded(true));
        Screenshots.take("seed-fact-check-view");
        page.activate(editor);

        IMarkerResolution fix = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker))
                .filter(r -> r.getLabel().contains("President") && r.getLabel().startsWith("Change the title"))
                .findFirst().orElseThrow(() -> new AssertionError("no title fix among "
                        + Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker)).map(IMarkerResolution::getLabel).toList()));
        fix.run(marker);
        assertTrue(document.get().contains("discussions with President Joe Biden"), "the fix did not write the held title");
        assertFalse(document.get().contains("Vice President Joe Biden"));
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(file, TITLE_RULE).isEmpty(), Duration.ofSeconds(90)),
                "the re-check did not clear the title marker");
        Screenshots.take("seed-after-title-fix");

        ((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
        assertTrue(document.get().contains("discussions with Vice President Joe Biden"), "undo did not restore the text");
    }

    private static Tree showFactCheckView(IWorkbenchPage page) throws Exception {
        UiConditions.activateWorkbench();
        page.showView(FactCheckView.ID).setFocus();
        Control focus = Display.getCurrent().getFocusControl();
        assertTrue(focus instanceof Tree, "the view's tree should take the focus, got " + focus);
        return (Tree) focus;
    }

    private static List<String> groups(Tree tree) {
        return Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
    }
}
