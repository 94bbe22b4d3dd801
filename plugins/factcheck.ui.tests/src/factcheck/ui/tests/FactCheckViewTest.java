package factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import factcheck.ui.views.ExportFindingsHandler;
import factcheck.ui.views.FactCheckView;

/** The Fact Check view groups findings by category, opens them at their span, and exports them. */
class FactCheckViewTest {

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = TestProjects.create("view", true);
    }

    @AfterEach
    void deleteProject() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().hideView(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findView(FactCheckView.ID));
        TestProjects.dispose(project);
    }

    @Test
    void theViewGroupsByCategoryAndDoubleClickSelectsTheSpan() throws Exception {
        IFile file = TestProjects.article(project, "harbour.article", TestProjects.ARTICLE);
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(file).size() >= 2, Duration.ofSeconds(90)),
                "no markers");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart view = page.showView(FactCheckView.ID);
        UiConditions.activateWorkbench();
        view.setFocus();
        Control focus = Display.getCurrent().getFocusControl();
        assertTrue(focus instanceof Tree, "the view's tree should take the focus, got " + focus);
        Tree tree = (Tree) focus;
        assertTrue(UiConditions.waitUntil(() -> groups(tree).stream().anyMatch(g -> g.startsWith("Titles"))
                && groups(tree).stream().anyMatch(g -> g.startsWith("Attribution")), Duration.ofSeconds(30)),
                "groups: " + groups(tree));

        TreeItem titles = Arrays.stream(tree.getItems()).filter(i -> i.getText().startsWith("Titles")).findFirst()
                .orElseThrow();
        titles.setExpanded(true);
        tree.notifyListeners(SWT.Expand, expandEvent(titles));
        assertTrue(UiConditions.waitUntil(() -> titles.getItemCount() > 0 && !titles.getItem(0).getText().isEmpty(),
                Duration.ofSeconds(10)), "the Titles group is empty");
        TreeItem finding = titles.getItem(0);
        assertTrue(finding.getText().contains("Presidnet"), "row: " + finding.getText());
        Arrays.stream(tree.getItems()).forEach(i -> i.setExpanded(true));
        Screenshots.take("fact-check-view");

        tree.setSelection(finding);
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.item = finding;
        tree.notifyListeners(SWT.Selection, e);
        tree.notifyListeners(SWT.DefaultSelection, e);
        int start = TestProjects.ARTICLE.indexOf("Presidnet");
        assertTrue(UiConditions.waitUntil(() -> page.getActiveEditor() instanceof ITextEditor editor
                && editor.getSelectionProvider().getSelection() instanceof ITextSelection s && s.getOffset() == start,
                Duration.ofSeconds(20)), "double-click did not open the span");
        IEditorPart editor = page.getActiveEditor();
        ITextSelection selection = (ITextSelection) ((ITextEditor) editor).getSelectionProvider().getSelection();
        assertEquals(9, selection.getLength());
        Screenshots.take("fact-check-view-opened");
    }

    @Test
    void findingsExportAsCsvJsonAndSarif() throws Exception {
        IFile file = TestProjects.article(project, "harbour.article", TestProjects.ARTICLE);
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(file).size() >= 2, Duration.ofSeconds(90)),
                "no markers");
        Path dir = Files.createTempDirectory("export");
        for (String name : List.of("findings.csv", "findings.json", "findings.sarif")) {
            Path target = dir.resolve(name);
            Job job = ExportFindingsHandler.export(List.of(project), target);
            job.schedule();
            assertTrue(UiConditions.waitUntil(() -> job.getResult() != null, Duration.ofSeconds(30)), name);
            assertTrue(job.getResult().isOK(), job.getResult().toString());
            String content = Files.readString(target);
            assertTrue(content.contains("uitest.misspelled-title") && content.contains("attribution.vague-source"),
                    name + ": " + content);
        }
        String csv = Files.readString(dir.resolve("findings.csv"));
        assertTrue(csv.startsWith("file,line,column,severity,category,rule"), csv);
        assertTrue(csv.contains("/view/harbour.article,3,1,error,title,uitest.misspelled-title"), csv);
        assertTrue(Files.readString(dir.resolve("findings.sarif")).contains("\"2.1.0\""));
    }

    private static List<String> groups(Tree tree) {
        return Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
    }

    private static org.eclipse.swt.widgets.Event expandEvent(TreeItem item) {
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.item = item;
        return e;
    }

}
