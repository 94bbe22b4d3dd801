package factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import factcheck.ui.packs.ProjectPackTrustDialog;
import factcheck.workspace.packs.ProjectPackTrust;
import factcheck.workspace.packs.ProjectPacks;

/**
 * A project that arrives with its own rule pack: the workbench asks once, in a real dialog, before
 * the pack runs; "Don't Run" keeps it from running (its pack.yaml says why), trusting it later (the
 * project's properties) makes its rule fire, and revoking the trust makes the findings go.
 */
class ProjectPackTrustUiTest {

    private static final String DRL = String.join("\n",
            "package cloned.style",
            "import factcheck.core.nlp.Token",
            "global factcheck.core.rules.FindingSink findings",
            "rule \"cloned.whopping\"",
            "when",
            "    $t : Token( text == \"whopping\" )",
            "then",
            "    findings.report(drools, $t.start(), $t.end(), \"Hype: say how big\");",
            "end", "");

    private IProject project;
    private IFile article;
    private final AtomicInteger asked = new AtomicInteger();

    @BeforeEach
    void cloneAProjectWithItsOwnPack() throws Exception {
        ProjectPackTrustDialog dialog = new ProjectPackTrustDialog();
        ProjectPackTrust.setPrompt((p, pack) -> {
            asked.incrementAndGet();
            return dialog.ask(p, pack);
        });
        project = TestProjects.create("cloned-with-pack", false);
        ProjectPackTrust.decide(project, ProjectPackTrust.Decision.UNDECIDED);
        IFolder folder = ProjectPacks.folder(project);
        project.getFolder(".factcheck").create(true, true, null);
        folder.create(true, true, null);
        write(folder.getFile("pack.yaml"), "id: cloned.pack\nname: Cloned pack\nversion: 1.0.0\n");
        write(folder.getFile("whopping.drl"), DRL);
        write(folder.getFile("whopping.yaml"), "id: cloned.whopping\ncategory: style\nseverity: warning\ntitle: Hype\n");
        article = TestProjects.article(project, "budget.article",
                "date 2026-03-02 Budget\n\nThe council approved a whopping budget on Monday.\n");
    }

    @AfterEach
    void removeIt() throws Exception {
        // deleted first: a reset to "undecided" while a build of it still ran would ask again
        TestProjects.dispose(project);
        ProjectPackTrust.setPrompt(new ProjectPackTrustDialog());
    }

    @Test
    void theUserIsAskedOnceAndTheAnswerDecidesWhatRuns() throws Exception {
        Display display = Display.getCurrent();
        // enabling fact checking builds the project, which meets the pack and asks
        answerWhenOpen(display, ProjectPackTrustDialog.DONT_RUN, 600);
        factcheck.workspace.builder.ArticleNature.addTo(project, null);
        IFile packFile = ProjectPacks.folder(project).getFile("pack.yaml");
        assertTrue(UiConditions.waitUntil(() -> messages(TestProjects.packMarkers(packFile)).stream()
                .anyMatch(m -> m.contains("not run")), Duration.ofSeconds(90)), "pack.yaml should say the pack is not run: "
                        + messages(TestProjects.packMarkers(packFile)));
        assertEquals(1, asked.get(), "asked once");
        assertEquals(ProjectPackTrust.Decision.REFUSED, ProjectPackTrust.decision(project));
        assertTrue(TestProjects.markers(article, "cloned.whopping").isEmpty(), "an untrusted pack must not run");

        // saving an article again does not ask again
        article.setContents(new ByteArrayInputStream("date 2026-03-02 Budget\n\nA whopping budget passed.\n"
                .getBytes(StandardCharsets.UTF_8)), true, false, null);
        assertTrue(UiConditions.waitUntil(() -> !TestProjects.markers(article).isEmpty(), Duration.ofSeconds(60)),
                "the standard pack still checks the article");
        assertEquals(1, asked.get(), "the answer is remembered");

        // Project > Properties > Fact Check: run it
        ProjectPackTrust.decide(project, ProjectPackTrust.Decision.TRUSTED);
        // (an article saved meanwhile may run the pack before the full build has cleared pack.yaml's marker)
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(article, "cloned.whopping").size() == 1
                && TestProjects.packMarkers(packFile).isEmpty(), Duration.ofSeconds(90)),
                () -> "a trusted pack runs: " + TestProjects.markers(article) + "; pack.yaml: "
                        + messages(TestProjects.packMarkers(packFile)));

        // and revoke it again
        ProjectPackTrust.decide(project, ProjectPackTrust.Decision.REFUSED);
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(article, "cloned.whopping").isEmpty(),
                Duration.ofSeconds(90)), "revoked: its findings go");
        assertEquals(1, asked.get());
    }

    /** Polls (on the UI thread, inside the dialog's own event loop) for the trust dialog and presses a button. */
    private static void answerWhenOpen(Display display, String button, int triesLeft) {
        display.timerExec(100, () -> {
            for (Shell shell : display.getShells()) {
                if (shell.isVisible() && ProjectPackTrustDialog.TITLE.equals(shell.getText())) {
                    try {
                        Screenshots.take("project-pack-trust-dialog");
                    } catch (Exception e) {
                        // a picture for people; the test is the button below
                    }
                    for (Button b : buttons(shell)) {
                        if (b.getText().replace("&", "").equals(button)) {
                            b.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                            return;
                        }
                    }
                }
            }
            if (triesLeft > 0) {
                answerWhenOpen(display, button, triesLeft - 1);
            }
        });
    }

    private static List<Button> buttons(Composite root) {
        List<Button> found = new ArrayList<>();
        for (Control c : root.getChildren()) {
            if (c instanceof Button b) {
                found.add(b);
            }
            if (c instanceof Composite child) {
                found.addAll(buttons(child));
            }
        }
        return found;
    }

    private static void write(IFile file, String text) throws CoreException {
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
    }


    private static List<String> messages(List<IMarker> markers) {
        return markers.stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
    }
}
