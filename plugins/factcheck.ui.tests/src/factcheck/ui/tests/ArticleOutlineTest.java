package factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.IPage;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import factcheck.ui.outline.LatestAnalysis;

/**
 * The Outline view for the seed article: dateline, quotes by speaker, claims by score, dates in
 * order, all from the reconciler's check; selecting a date selects its span in the editor.
 */
class ArticleOutlineTest {

    private static final Pattern SCORE = Pattern.compile("^(\\d+\\.\\d\\d)  ");
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = TestProjects.create("outline", false);
    }

    @AfterEach
    void deleteProject() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart outline = page.findView(IPageLayout.ID_OUTLINE);
        if (outline != null) {
            page.hideView(outline);
        }
        TestProjects.dispose(project);
    }

    @Test
    void outlineListsTheAnalysisAndSelectsSpans() throws Exception {
        String text = Files.readString(Path.of(System.getProperty("factcheck.samples"), "us-china-talks-2021-11-10.article"));
        IFile file = TestProjects.article(project, "talks.article", text);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
        PageBookView outline = (PageBookView) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);

        assertTrue(UiConditions.waitUntil(() -> item(tree(outline), "Dates") != null
                && child(item(tree(outline), "Dates"), "Tuesday evening") != null, Duration.ofSeconds(120)),
                () -> "the outline never showed the dates; rows: " + rows(tree(outline)));
        Tree tree = tree(outline);

        assertNotNull(item(tree, "Dateline: 2021-11-10"), () -> "rows: " + rows(tree));
        TreeItem quotes = item(tree, "Quotes");
        assertNotNull(quotes, () -> "rows: " + rows(tree));
        assertTrue(quotes.getItemCount() > 0, "no speaker under Quotes");
        assertTrue(quotes.getItem(0).getItemCount() > 0, "the speaker has no quotes");

        TreeItem claims = item(tree, "Claims");
        assertNotNull(claims, () -> "rows: " + rows(tree));
        List<Double> scores = Arrays.stream(claims.getItems()).map(i -> score(i.getText())).toList();
        assertFalse(scores.isEmpty(), "no claims");
        assertEquals(scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), scores.get(0),
                () -> "claims not by score: " + scores);

        TreeItem tuesday = child(item(tree, "Dates"), "Tuesday evening");
        tree.setSelection(tuesday);
        Event click = new Event();
        click.item = tuesday;
        tree.notifyListeners(SWT.Selection, click);
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals(text.indexOf("Tuesday evening"), selection.getOffset());
        assertEquals("Tuesday evening".length(), selection.getLength());

        Screenshots.take("outline");
    }

    @Test
    void datesReadInWords() throws Exception {
        String text = String.join("\n", "date 2024-03-06 Bridge repairs to start",
                "",
                "The county will reopen the Elm Street bridge next week, engineer Priya Nair said.",
                "",
                "Tolls on the crossing will rise soon, the transport office said.",
                "",
                "It is the longest closure of the twenty-first century, residents of Millbrook said.",
                "");
        IFile file = TestProjects.article(project, "bridge.article", text);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
        PageBookView outline = (PageBookView) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);

        assertTrue(UiConditions.waitUntil(() -> child(item(tree(outline), "Dates"), "the twenty-first century") != null,
                Duration.ofSeconds(120)), () -> "the outline never showed the dates; rows: " + rows(tree(outline)));
        TreeItem dates = item(tree(outline), "Dates");
        assertEquals("next week \u2192 week of 11 March 2024", child(dates, "next week").getText());
        assertEquals("soon \u2192 (future, no date)", child(dates, "soon").getText());
        assertEquals("the twenty-first century \u2192 2001\u20132100", child(dates, "the twenty-first century").getText());
        for (TreeItem date : dates.getItems()) {
            assertFalse(date.getText().matches(".*(\\d{4}-W\\d|_REF|\u2192 \\d{2}$).*"), "raw TIMEX value: " + date.getText());
        }
    }

    @Test
    void rowsKeepTheirItemsAndFollowTheTextWhileTyping() throws Exception {
        String text = String.join("\n", "date 2024-03-06 Ferry timetable changes",
                "",
                "The harbour authority will cut 12 evening sailings next month, port director Lena Vik said.",
                "",
                "Fares rose 8% last year, the operator said.",
                "");
        IFile file = TestProjects.article(project, "ferry.article", text);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
        PageBookView outline = (PageBookView) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        assertTrue(UiConditions.waitUntil(() -> child(item(tree(outline), "Dates"), "next month") != null,
                Duration.ofSeconds(120)), () -> "the outline never showed the dates; rows: " + rows(tree(outline)));
        TreeItem nextMonth = child(item(tree(outline), "Dates"), "next month");

        // A word typed before the date: the rows keep their shape, their spans move.
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        // Told after the outline page (listeners are told in the order they came), on the checking
        // thread: a UI task queued then runs after the outline's update of that check.
        String[] typedText = {null};
        boolean[] shown = {false};
        Display display = Display.getCurrent();
        java.util.function.BiConsumer<IDocument, java.util.Optional<factcheck.core.Analysis>> after = (d, a) -> {
            if (d == document && a.isPresent() && a.get().article().text().equals(typedText[0])) {
                display.asyncExec(() -> shown[0] = true);
            }
        };
        LatestAnalysis.addListener(after);
        try {
            document.replace(text.indexOf("harbour"), 0, "busy ");
            typedText[0] = document.get();
            assertTrue(UiConditions.waitUntil(() -> shown[0], Duration.ofSeconds(60)), "no check of the typed text");
        } finally {
            LatestAnalysis.removeListener(after);
        }
        String typed = typedText[0];

        assertFalse(nextMonth.isDisposed(), "the outline was rebuilt for a check of the same shape");
        assertTrue(nextMonth.getText().startsWith("next month"), nextMonth.getText());
        Tree tree = tree(outline);
        tree.setSelection(nextMonth);
        Event click = new Event();
        click.item = nextMonth;
        tree.notifyListeners(SWT.Selection, click);
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals(typed.indexOf("next month"), selection.getOffset(), "the row selected its span before the edit");
        assertEquals("next month".length(), selection.getLength());
    }

    private static Tree tree(PageBookView outline) {
        IPage current = outline.getCurrentPage();
        Control control = current == null ? null : current.getControl();
        return control instanceof Tree tree ? tree : null;
    }

    private static TreeItem item(Tree tree, String label) {
        if (tree == null) {
            return null;
        }
        return Arrays.stream(tree.getItems()).filter(i -> i.getText().equals(label)).findFirst().orElse(null);
    }

    private static TreeItem child(TreeItem parent, String prefix) {
        if (parent == null) {
            return null;
        }
        return Arrays.stream(parent.getItems()).filter(i -> i.getText().startsWith(prefix)).findFirst().orElse(null);
    }

    private static double score(String label) {
        Matcher m = SCORE.matcher(label);
        assertTrue(m.find(), "no score in claim row: " + label);
        return Double.parseDouble(m.group(1));
    }

    private static List<String> rows(Tree tree) {
        return tree == null ? List.of() : Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
    }
}
