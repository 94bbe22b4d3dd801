package factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import factcheck.workspace.builder.ArticleNature;
import factcheck.workspace.markers.FindingMarkers;

/**
 * The walking skeleton end to end in a real workbench: an article in a fact-check project gets a
 * problem marker of our type from the builder, produced by a DRL rule of the standard pack over OpenNLP output, at
 * the exact offsets of the words it is about.
 */
class ArticleEditorSkeletonTest {

    private IProject project;

    @BeforeEach
    void createProject() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("skeleton");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        // Markers are for the saved state: the project's builder writes them (typing only annotates).
        ArticleNature.addTo(project, null);
    }

    @AfterEach
    void closeEditorsAndDeleteProject() throws CoreException {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void openingAnArticleInTheEditorMarksAVagueSource() throws Exception {
        // A bundled sample, saved with CRLF line ends and a non-ASCII character before the finding,
        // so wrong offset arithmetic would move the marker off its words.
        String sample = Files.readString(Path.of(System.getProperty("factcheck.samples"),
                "us-china-talks-2021-11-10.article"));
        String text = sample.replace("\n", "\r\n");
        IFile file = project.getFile("talks.article");
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorPart editor = IDE.openEditor(page, file);
        assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId(),
                "articles must open in the Generic Editor bound to our content type");

        boolean marked = UiConditions.waitUntil(() -> markers(file).length > 0, Duration.ofSeconds(90));
        assertTrue(marked, "no fact-check marker appeared within 90 s");

        int start = text.indexOf("Diplomats expect");
        IMarker marker = Arrays.stream(markers(file))
                .filter(m -> "attribution.vague-source".equals(m.getAttribute(FindingMarkers.RULE_ID, "")))
                .findFirst().orElseThrow(() -> new AssertionError("no vague-source marker"));
        assertEquals(start, marker.getAttribute(IMarker.CHAR_START, -1));
        assertEquals(start + "Diplomats expect".length(), marker.getAttribute(IMarker.CHAR_END, -1));
        assertEquals(5, marker.getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(marker.isSubtypeOf(IMarker.PROBLEM), "our marker must be a problem marker");
        assertEquals("factcheck.workspace.attributionFinding", marker.getType());
        assertEquals("attribution", marker.getAttribute(FindingMarkers.CATEGORY, ""));

        Path shot = Screenshots.take("editor-skeleton");
        assertTrue(Files.size(shot) > 1000, "screenshot is empty: " + shot);
    }

    private static IMarker[] markers(IFile file) {
        try {
            return file.findMarkers(FindingMarkers.TYPE, true, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
