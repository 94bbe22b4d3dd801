package factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import factcheck.core.findings.Finding;
import factcheck.ui.commands.CheckArticleHandler;
import factcheck.workspace.check.ArticleCheck;
import factcheck.workspace.markers.CheckArticleJob;
import factcheck.workspace.markers.FindingMarkers;

/**
 * What must never happen in front of an editor: a broken rule losing unsaved text, checks racing
 * each other into duplicate or stale markers, an editor closed mid-check leaving errors behind.
 */
class ReliabilityUiTest {

    private IProject project;
    private final List<IStatus> logged = new ArrayList<>();
    private final ILogListener listener = (status, plugin) -> {
        synchronized (logged) {
            logged.add(status);
        }
    };

    @BeforeEach
    void createProject() throws Exception {
        project = TestProjects.create("reliability", true);
        Platform.addLogListener(listener);
    }

    @AfterEach
    void deleteProject() throws Exception {
        Platform.removeLogListener(listener);
        TestProjects.dispose(project);
    }

    @Test
    void aRuleThatThrowsNeverCostsTheEditorItsUnsavedText() throws Exception {
        IFile file = TestProjects.article(project, "harbour.article", TestProjects.ARTICLE);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        String typed = "\nKaboom, said nobody, and the council sat on.\n";
        document.replace(document.getLength(), 0, typed);
        String unsaved = document.get();
        assertTrue(editor.isDirty());

        assertTrue(UiConditions.waitUntil(() -> loggedContains("uitest.throws-on-word"), Duration.ofSeconds(90)),
                () -> "the failing rule was not reported; log: " + messages());
        assertEquals(unsaved, document.get(), "the editor's text changed");
        assertTrue(editor.isDirty(), "the editor lost its unsaved state");
        assertTrue(UiConditions.waitUntil(() -> !TestProjects.markers(file, "attribution.vague-source").isEmpty()
                || !annotationsEmpty(editor), Duration.ofSeconds(30)), "the other rules' findings must still arrive");

        editor.doSave(null);
        assertFalse(editor.isDirty());
        try (InputStream in = file.getContents()) {
            assertEquals(unsaved, new String(in.readAllBytes(), StandardCharsets.UTF_8), "saved text differs");
        }
    }

    @Test
    void editorBuilderAndCommandCheckingAtOnceLeaveOneConsistentSetOfMarkers() throws Exception {
        IFile file = TestProjects.article(project, "harbour.article", TestProjects.ARTICLE);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        for (int round = 0; round < 3; round++) {
            document.replace(document.getLength(), 0, "\nOfficials say the ferry will run late.\n");
            editor.doSave(null);
            project.build(IncrementalProjectBuilder.FULL_BUILD, null);
            CheckArticleHandler.schedule(List.of(file));
            new CheckArticleJob(file, null).schedule();
        }
        Job.getJobManager().join(CheckArticleJob.FAMILY, null);
        assertTrue(UiConditions.waitUntil(() -> Job.getJobManager().find(CheckArticleJob.FAMILY).length == 0,
                Duration.ofSeconds(90)), "checks did not finish");

        List<IMarker> markers = TestProjects.markers(file);
        Set<String> ids = new HashSet<>();
        for (IMarker m : markers) {
            assertTrue(ids.add(m.getAttribute(FindingMarkers.FINDING_ID, "")), "duplicate marker " + m);
        }
        String saved;
        try (InputStream in = file.getContents()) {
            saved = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> expected = new HashSet<>();
        for (Finding f : ArticleCheck.run(file, saved, null).findings()) {
            expected.add(f.key());
        }
        assertEquals(expected, ids, "markers must be exactly the findings of the saved text, none stale");
        assertTrue(ids.size() >= 2, "the article has findings: " + ids);
    }

    @Test
    void closingTheEditorMidCheckLeavesNoErrorBehind() throws Exception {
        IFile file = TestProjects.article(project, "harbour.article", TestProjects.ARTICLE);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        for (int i = 0; i < 5; i++) {
            ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
            IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            document.replace(0, 0, " ");
            page.closeEditor(editor, false);
        }
        Job.getJobManager().join(CheckArticleJob.FAMILY, null);
        synchronized (logged) {
            assertTrue(logged.stream().noneMatch(s -> s.getSeverity() == IStatus.ERROR
                    && String.valueOf(s.getPlugin()).startsWith("factcheck")), "errors logged: " + messages());
        }
        try (InputStream in = file.getContents()) {
            assertEquals(TestProjects.ARTICLE, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "checking must never write to the article file");
        }
    }

    private boolean loggedContains(String text) {
        synchronized (logged) {
            return logged.stream().anyMatch(s -> s.getMessage().contains(text));
        }
    }

    private List<String> messages() {
        synchronized (logged) {
            return logged.stream().map(IStatus::getMessage).toList();
        }
    }

    private static boolean annotationsEmpty(ITextEditor editor) {
        var model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        var it = model.getAnnotationIterator();
        while (it.hasNext()) {
            if (String.valueOf(it.next().getType()).startsWith("factcheck")) {
                return false;
            }
        }
        return true;
    }
}
