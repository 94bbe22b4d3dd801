package factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import factcheck.workspace.builder.ArticleBuilder;
import factcheck.workspace.markers.FindingMarkers;
import factcheck.workspace.markers.MarkerFix;

/** The nature's builder: markers per category subtype, fixes on the marker, diff on change, clean. */
class BuilderMarkersTest {

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = TestProjects.create("builder", true);
    }

    @AfterEach
    void deleteProject() throws Exception {
        TestProjects.dispose(project);
    }

    @Test
    void theBuilderMarksArticlesAndKeepsMarkersInStepWithTheText() throws Exception {
        assertTrue(List.of(project.getDescription().getBuildSpec()).stream()
                .anyMatch(c -> ArticleBuilder.ID.equals(c.getBuilderName())), "the nature installs the builder");
        IFile file = TestProjects.article(project, "harbour.article", TestProjects.ARTICLE);
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(file, "uitest.misspelled-title").size() == 1
                && TestProjects.markers(file, "attribution.vague-source").size() == 1, Duration.ofSeconds(90)),
                "builder markers: " + TestProjects.markers(file));

        IMarker title = TestProjects.markers(file, "uitest.misspelled-title").get(0);
        int start = TestProjects.ARTICLE.indexOf("Presidnet");
        assertEquals("factcheck.workspace.titleFinding", title.getType());
        assertEquals(start, title.getAttribute(IMarker.CHAR_START, -1));
        assertEquals(start + 9, title.getAttribute(IMarker.CHAR_END, -1));
        assertEquals(IMarker.SEVERITY_ERROR, title.getAttribute(IMarker.SEVERITY, -1));
        assertEquals("title", title.getAttribute(FindingMarkers.CATEGORY, ""));
        List<MarkerFix> fixes = FindingMarkers.fixes(title);
        assertEquals(List.of(new MarkerFix("Replace with 'President'", start, start + 9, "President", "Presidnet")), fixes);
        IMarker vague = TestProjects.markers(file, "attribution.vague-source").get(0);
        assertEquals("factcheck.workspace.attributionFinding", vague.getType());

        // Same length replacement: the vague-source finding keeps its key, so its marker survives.
        String fixed = TestProjects.ARTICLE.replace("Presidnet", "President");
        file.setContents(new ByteArrayInputStream(fixed.getBytes(StandardCharsets.UTF_8)), true, false, null);
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(file, "uitest.misspelled-title").isEmpty(),
                Duration.ofSeconds(60)), "the title marker stays after the fix: " + TestProjects.markers(file));
        List<IMarker> after = TestProjects.markers(file, "attribution.vague-source");
        assertEquals(1, after.size());
        assertEquals(vague.getId(), after.get(0).getId(), "an unchanged finding keeps its marker (diff, not rewrite)");

        project.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
        assertTrue(TestProjects.markers(file).isEmpty(), "clean removes the markers: " + TestProjects.markers(file));
    }
}
