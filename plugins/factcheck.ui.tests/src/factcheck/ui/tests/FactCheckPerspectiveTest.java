package factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import factcheck.ui.perspective.FactCheckPerspective;
import factcheck.ui.startup.FirstRunWelcome;

/**
 * The Fact Check perspective with its views, and the first-run welcome: the bundled sample article
 * opened in that perspective with its findings, as a new user of the product sees it.
 */
class FactCheckPerspectiveTest {

    private IPerspectiveDescriptor before;

    @AfterEach
    void restore() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        IProject sample = ResourcesPlugin.getWorkspace().getRoot().getProject(FirstRunWelcome.PROJECT);
        if (sample.exists()) {
            sample.delete(true, true, null);
        }
        if (before != null) {
            page.closePerspective(page.getPerspective(), false, false);
            page.setPerspective(before);
        }
    }

    @Test
    void welcomeOpensTheSampleArticleInThePerspective() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        before = page.getPerspective();

        IFile article = FirstRunWelcome.createSample();
        assertTrue(article.exists(), "the sample article is not bundled");
        FirstRunWelcome.show(article);

        assertEquals(FactCheckPerspective.ID, page.getPerspective().getId());
        assertNotNull(page.findView(FactCheckPerspective.FACT_CHECK_VIEW), "no Fact Check view");
        assertNotNull(page.findView(IPageLayout.ID_OUTLINE), "no Outline");
        assertNotNull(page.findView(FactCheckPerspective.PROJECT_EXPLORER), "no Project Explorer");
        assertTrue(page.isEditorAreaVisible());
        IEditorPart editor = page.getActiveEditor();
        assertTrue(editor instanceof ITextEditor && article.equals(editor.getEditorInput().getAdapter(IFile.class)),
                "the sample article is not the open editor");

        // Its findings arrive as markers (the builder) and fill the Fact Check view.
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(article).size() >= 3, Duration.ofSeconds(120)),
                () -> "no findings on the sample article: " + TestProjects.markers(article));
        page.activate(editor);
        PageBookView outline = (PageBookView) page.findView(IPageLayout.ID_OUTLINE);
        assertTrue(UiConditions.waitUntil(() -> outline.getCurrentPage() != null
                && outline.getCurrentPage().getControl() instanceof Tree tree && tree.getItemCount() > 3,
                Duration.ofSeconds(60)), "the outline of the sample article stayed empty");
        IViewPart view = page.findView(FactCheckPerspective.FACT_CHECK_VIEW);
        UiConditions.activateWorkbench();
        view.setFocus();
        assertTrue(Display.getCurrent().getFocusControl() instanceof Tree, "the Fact Check view has no tree");
        Tree findings = (Tree) Display.getCurrent().getFocusControl();
        assertTrue(UiConditions.waitUntil(() -> findings.getItemCount() >= 2, Duration.ofSeconds(60)),
                "the Fact Check view shows no findings of the sample");
        Arrays.stream(findings.getItems()).forEach(i -> i.setExpanded(true));
        page.activate(editor);
        Screenshots.take("perspective-seed-article");
    }
}
