package factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import factcheck.workspace.markers.CheckArticleJob;
import factcheck.workspace.settings.CheckSettings;
import factcheck.workspace.settings.Datelines;

/**
 * What the user changes outside the text reaches markers and the open editor at once: turning a rule
 * off in Preferences > Fact Check (and back with Restore Defaults), and Set Dateline….
 */
class SettingsUiTest {

    private static final String VAGUE = "attribution.vague-source";
    private static final String TITLE = "title.office-at-date";
    /** Kamala Harris was Vice President on the header's date, not yet on 2019-06-01. */
    private static final String HARBOUR_VISIT = String.join("\n",
            "date 2022-05-04 Vice President visits the harbour",
            "",
            "Vice President Kamala Harris visited the harbour on Tuesday and met the mayor.",
            "");

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = TestProjects.create("settings", true);
    }

    @AfterEach
    void cleanUp() throws Exception {
        // A failed assertion may leave a dialog open: close it, or the next test would run under it.
        Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        for (Shell shell : Display.getCurrent().getShells()) {
            if (shell != workbench && !shell.isDisposed() && shell.getParent() != null) {
                shell.close();
            }
        }
        UiConditions.activateWorkbench();
        var node = CheckSettings.workspaceNode();
        node.remove(CheckSettings.DISABLED_RULES);
        node.remove(CheckSettings.SEVERITIES);
        node.flush();
        // The settings change re-checks articles in the background: let that finish before the
        // project goes, so no job of this test runs into the next one.
        Job.getJobManager().join(CheckArticleJob.FAMILY, null);
        TestProjects.dispose(project);
    }

    @Test
    void turningARuleOffInThePreferencesClearsItsMarkersAndAnnotations() throws Exception {
        IFile file = TestProjects.article(project, "harbour.article", TestProjects.ARTICLE);
        ISourceViewer viewer = open(file);
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(file, VAGUE).size() == 1
                && EditorAnnotationsTest.findings(viewer, VAGUE).size() == 1, Duration.ofSeconds(90)),
                "no vague-source marker and annotation to begin with: " + TestProjects.markers(file));

        PreferenceDialog dialog = openPreferences();
        TreeItem rule = waitFor(() -> ruleItem(dialog.getShell(), VAGUE), "the rule in the preference page's tree");
        assertTrue(rule.getChecked(), "a rule is on by default");
        rule.setChecked(false);
        click(dialog.getShell(), "Apply and Close");
        assertTrue(CheckSettings.workspaceNode().get(CheckSettings.DISABLED_RULES, "").contains(VAGUE));

        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(file, VAGUE).isEmpty()
                && EditorAnnotationsTest.findings(viewer, VAGUE).isEmpty(), Duration.ofSeconds(60)),
                "the disabled rule still shows: markers " + TestProjects.markers(file, VAGUE) + ", annotations "
                        + EditorAnnotationsTest.findings(viewer, VAGUE));
        assertEquals(1, TestProjects.markers(file, "uitest.misspelled-title").size(), "other rules keep reporting");

        PreferenceDialog again = openPreferences();
        TreeItem off = waitFor(() -> ruleItem(again.getShell(), VAGUE), "the rule in the reopened page");
        assertTrue(!off.getChecked(), "the page shows the stored setting");
        click(again.getShell(), "Restore Defaults");
        assertTrue(off.getChecked(), "Restore Defaults turns every rule on");
        click(again.getShell(), "Apply and Close");
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(file, VAGUE).size() == 1
                && EditorAnnotationsTest.findings(viewer, VAGUE).size() == 1, Duration.ofSeconds(60)),
                "the rule did not come back after Restore Defaults");
    }

    @Test
    void aProjectsOwnSettingsFileReChecksItsArticles() throws Exception {
        // As the project property page writes it, or as a teammate's commit brings it in.
        IFile file = TestProjects.article(project, "harbour.article", TestProjects.ARTICLE);
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(file, VAGUE).size() == 1, Duration.ofSeconds(90)),
                "no vague-source marker to begin with: " + TestProjects.markers(file));
        var node = CheckSettings.projectNode(project);
        node.putBoolean(CheckSettings.PROJECT_SPECIFIC, true);
        node.put(CheckSettings.DISABLED_RULES, VAGUE);
        node.flush();
        assertTrue(project.getFile(".settings/factcheck.workspace.prefs").exists(), "the settings live in the project");
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(file, VAGUE).isEmpty(), Duration.ofSeconds(60)),
                "the project's disabled rule still shows: " + TestProjects.markers(file, VAGUE));
        assertEquals(1, TestProjects.markers(file, "uitest.misspelled-title").size(), "other rules keep reporting");

        // The workspace settings do not apply to a project with its own.
        CheckSettings.workspaceNode().put(CheckSettings.DISABLED_RULES, "uitest.misspelled-title");
        CheckSettings.workspaceNode().flush();
        Job.getJobManager().join(CheckArticleJob.FAMILY, null);
        assertEquals(1, TestProjects.markers(file, "uitest.misspelled-title").size(), "workspace settings leaked in");

        node.putBoolean(CheckSettings.PROJECT_SPECIFIC, false);
        node.flush();
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(file, VAGUE).size() == 1
                && TestProjects.markers(file, "uitest.misspelled-title").isEmpty(), Duration.ofSeconds(60)),
                "back on the workspace settings: " + TestProjects.markers(file));
    }

    @Test
    void setDatelineChecksTheArticleAgainstTheNewDate() throws Exception {
        IFile file = TestProjects.article(project, "visit.article", HARBOUR_VISIT);
        ISourceViewer viewer = open(file);
        // The check has run once the relative date "Tuesday" is highlighted; Harris was VP in 2022.
        assertTrue(UiConditions.waitUntil(() -> !EditorAnnotationsTest.highlights(viewer).isEmpty(), Duration.ofSeconds(90)),
                "the editor never checked the article");
        assertTrue(EditorAnnotationsTest.findings(viewer, TITLE).isEmpty());

        setDateline("2019-06-01");
        assertEquals(LocalDate.of(2019, 6, 1), Datelines.get(file));
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(file, TITLE).size() == 1
                && EditorAnnotationsTest.findings(viewer, TITLE).size() == 1, Duration.ofSeconds(60)),
                "no title finding against the set dateline: " + TestProjects.markers(file));
        int start = HARBOUR_VISIT.indexOf("Vice President Kamala");
        assertEquals(start, TestProjects.markers(file, TITLE).get(0).getAttribute(org.eclipse.core.resources.IMarker.CHAR_START, -1));

        setDateline("");
        assertNull(Datelines.get(file), "an empty dateline removes the override");
        assertTrue(UiConditions.waitUntil(() -> TestProjects.markers(file, TITLE).isEmpty()
                && EditorAnnotationsTest.findings(viewer, TITLE).isEmpty(), Duration.ofSeconds(60)),
                "the title finding stayed after the override was removed");
    }

    private static ISourceViewer open(IFile file) throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
        return (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
    }

    private static PreferenceDialog openPreferences() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, "factcheck.ui.preferences.checking",
                new String[] {"factcheck.ui.preferences.checking"}, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    /** Runs "Set Dateline…" on the article editor (made the active part) and answers its dialog with {@code value}. */
    private static void setDateline(String value) throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.activate(page.getActiveEditor());
        assertTrue(page.getActivePart() == page.getActiveEditor(), () -> "active part: " + page.getActivePart());
        Display display = Display.getCurrent();
        answerWhenOpen(display, "Set Dateline", value, 200);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand("factcheck.ui.commands.setDateline", null);
    }

    /** Polls (on the UI thread, inside the dialog's own event loop) for the dialog, then fills it in. */
    private static void answerWhenOpen(Display display, String title, String value, int triesLeft) {
        display.timerExec(50, () -> {
            for (Shell shell : display.getShells()) {
                if (shell.isVisible() && title.equals(shell.getText())) {
                    Text text = find(shell, Text.class, t -> true).get(0);
                    text.setText(value);
                    click(shell, "OK");
                    return;
                }
            }
            if (triesLeft > 0) {
                answerWhenOpen(display, title, value, triesLeft - 1);
            }
        });
    }

    private static TreeItem ruleItem(Shell shell, String ruleId) {
        for (Tree tree : find(shell, Tree.class, t -> true)) {
            for (TreeItem pack : tree.getItems()) {
                for (TreeItem category : pack.getItems()) {
                    for (TreeItem rule : category.getItems()) {
                        if (rule.getText().startsWith(ruleId + " ")) {
                            return rule;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static void click(Shell shell, String label) {
        List<Button> buttons = find(shell, Button.class, b -> b.getText().replace("&", "").equals(label) && b.isEnabled());
        assertEquals(1, buttons.size(), () -> "button '" + label + "' in " + shell.getText());
        buttons.get(0).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    private static <T> T waitFor(java.util.function.Supplier<T> lookup, String what) {
        java.util.concurrent.atomic.AtomicReference<T> found = new java.util.concurrent.atomic.AtomicReference<>();
        assertTrue(UiConditions.waitUntil(() -> {
            found.set(lookup.get());
            return found.get() != null;
        }, Duration.ofSeconds(30)), "not found: " + what);
        return found.get();
    }

    private static <W extends Control> List<W> find(Composite root, Class<W> type, Predicate<W> test) {
        List<W> result = new ArrayList<>();
        for (Control child : root.getChildren()) {
            if (type.isInstance(child) && test.test(type.cast(child))) {
                result.add(type.cast(child));
            }
            if (child instanceof Composite c) {
                result.addAll(find(c, type, test));
            }
        }
        return result;
    }
}
