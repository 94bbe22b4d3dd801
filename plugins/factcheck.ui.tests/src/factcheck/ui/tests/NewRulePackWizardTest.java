package factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import factcheck.ui.wizards.NewRulePackWizard;
import factcheck.workspace.packs.ProjectPacks;

/** File > New > Fact Check Rule Pack creates a workspace pack whose example rule fires at once. */
class NewRulePackWizardTest {

    private static final String ARTICLE = "date 2024-05-02 Harbour funds\n\nThe treasurer reportedly moved the funds.\n";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = TestProjects.create("new-pack", true);
    }

    @AfterEach
    void deleteProject() throws Exception {
        TestProjects.dispose(project);
    }

    @Test
    void theNewPacksExampleRuleFiresOnTheProjectsArticles() throws Exception {
        assertNotNull(PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NewRulePackWizard.ID),
                "the wizard is not in File > New");
        IFile article = TestProjects.article(project, "funds.article", ARTICLE);
        NewRulePackWizard.createPack(project, "harbour.style", null);
        assertTrue(ProjectPacks.folder(project).getFile("pack.yaml").exists());
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(article, "harbour.style.hedge-word").size() == 1,
                Duration.ofSeconds(90)), () -> "the new pack's rule did not fire: " + TestProjects.markers(article));
        IMarker marker = TestProjects.markers(article, "harbour.style.hedge-word").get(0);
        assertEquals(ARTICLE.indexOf("reportedly"), marker.getAttribute(IMarker.CHAR_START, -1));
    }
}
