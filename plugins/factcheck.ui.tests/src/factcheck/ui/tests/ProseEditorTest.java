package factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorExtension6;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import factcheck.ui.editor.ArticleEditorLook;
import factcheck.ui.editor.FindingAnnotation;

/**
 * The article editor as a newsroom editor meets it: wrapped paragraphs in the proportional article
 * font with space between lines (word wrap still toggles), and on a finding one hover, wrapped,
 * with the message once, the evidence, the quick fixes and why the rule exists.
 */
class ProseEditorTest {

    private static final String TITLE_RULE = "title.office-at-date";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = TestProjects.create("prose", true);
    }

    @AfterEach
    void deleteProject() throws Exception {
        TestProjects.dispose(project);
    }

    @Test
    void articlesOpenWrappedInTheArticleFont() throws Exception {
        String longParagraph = "The regional water board said on Thursday that the reservoir near Tarnów "
                + "held less water than at any time since records began, and that rationing would follow. ".repeat(6);
        IFile file = TestProjects.article(project, "reservoir.article", "date 2023-08-17 Reservoir at record low\n\n"
                + longParagraph + "\n");
        ITextEditor editor = open(file);
        StyledText widget = widget(editor);

        assertTrue(UiConditions.waitUntil(widget::getWordWrap, Duration.ofSeconds(10)), "the article is not wrapped");
        assertTrue(((ITextEditorExtension6) editor).isWordWrapEnabled(), "the editor's toggle does not know it is on");
        assertEquals(JFaceResources.getFont(ArticleEditorLook.FONT), widget.getFont());
        assertNotEquals(JFaceResources.getTextFont().getFontData()[0].getName(), widget.getFont().getFontData()[0].getName(),
                "the article font is the programmers' text font");
        GC gc = new GC(widget);
        try {
            assertTrue(gc.textExtent("iiiiiiiiii").x < gc.textExtent("MMMMMMMMMM").x, "the article font is monospaced");
        } finally {
            gc.dispose();
        }
        assertTrue(widget.getLineSpacing() > 0, "no space between lines");
        int paragraphLine = 2; // header, blank line, the paragraph
        assertTrue(widget.getLinePixel(paragraphLine + 1) - widget.getLinePixel(paragraphLine) > 2 * widget.getLineHeight(),
                "the paragraph does not wrap onto several screen lines");

        // The platform's toggle (Alt+Shift+Y) still switches wrapping off and on.
        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.text.toggleWordWrap", null);
        assertFalse(widget.getWordWrap(), "the word-wrap toggle did not switch wrapping off");
        handlers.executeCommand("org.eclipse.ui.edit.text.toggleWordWrap", null);
        assertTrue(widget.getWordWrap());
    }

    @Test
    void oneHoverWithMessageEvidenceFixesAndRationale() throws Exception {
        String text = Files.readString(Path.of(System.getProperty("factcheck.samples"), "us-china-talks-2021-11-10.article"));
        IFile file = TestProjects.article(project, "talks.article", text);
        ITextEditor editor = open(file);
        ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
        assertTrue(UiConditions.waitUntil(() -> !EditorAnnotationsTest.findings(viewer, TITLE_RULE).isEmpty()
                && !TestProjects.markers(file, TITLE_RULE).isEmpty(), Duration.ofSeconds(120)),
                "no title finding (annotation and marker) on the seed article");
        FindingAnnotation finding = EditorAnnotationsTest.findings(viewer, TITLE_RULE).get(0);
        int offset = viewer.getAnnotationModel().getPosition(finding).getOffset() + 3;

        Shell hover = showHover(editor, offset);
        assertNotNull(hover, "no hover appeared over the finding");
        // The hover wraps lines: compare with whitespace folded.
        String shown = String.join(" ", texts(hover)).replaceAll("\\s+", " ");
        String message = finding.finding().message().replaceAll("\\s+", " ");
        assertEquals(1, occurrences(shown, message.substring(0, Math.min(40, message.length()))),
                () -> "the message is not shown exactly once: " + shown);
        assertTrue(shown.contains("Evidence") && shown.contains("Person: Joe Biden"), () -> "no evidence: " + shown);
        assertTrue(shown.contains("Quick fixes") && shown.contains("Change the title to"), () -> "no fixes: " + shown);
        assertTrue(shown.contains("Why this rule") && shown.contains("corrections in news"), () -> "no rationale: " + shown);
        assertEquals(1, visibleHovers().size(), "more than one hover is showing");
        Point size = hover.getSize();
        assertTrue(size.x <= Screenshots.WINDOW.width && hover.getBounds().x + size.x <= Display.getCurrent().getBounds().width,
                "the hover runs off the screen: " + hover.getBounds());
        Screenshots.take("hover");
        hover.setVisible(false);
    }

    private static ITextEditor open(IFile file) throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        return (ITextEditor) IDE.openEditor(page, file);
    }

    private static StyledText widget(ITextEditor editor) {
        return ((ISourceViewer) editor.getAdapter(ITextOperationTarget.class)).getTextWidget();
    }

    /** Rests the mouse on the text at {@code offset} the way a user does and waits for the hover. */
    private static Shell showHover(ITextEditor editor, int offset) {
        UiConditions.activateWorkbench();
        editor.selectAndReveal(offset, 0);
        StyledText widget = widget(editor);
        Display display = widget.getDisplay();
        while (display.readAndDispatch()) {
            // let the reveal scroll and paint before asking where the text is
        }
        Point at = widget.getLocationAtOffset(offset);
        at.y += widget.getLineHeight(offset) / 2;
        Point onScreen = widget.toDisplay(at);
        for (int dx : new int[] {0, 2}) {
            Event move = new Event();
            move.type = SWT.MouseMove;
            move.x = onScreen.x + dx;
            move.y = onScreen.y;
            display.post(move);
        }
        if (!UiConditions.waitUntil(() -> !visibleHovers().isEmpty(), Duration.ofSeconds(5))) {
            // No pointer events (no XTest): hand the hover event to the text widget directly.
            Event hover = new Event();
            hover.x = at.x;
            hover.y = at.y;
            widget.notifyListeners(SWT.MouseHover, hover);
            UiConditions.waitUntil(() -> !visibleHovers().isEmpty(), Duration.ofSeconds(10));
        }
        List<Shell> hovers = visibleHovers();
        return hovers.isEmpty() ? null : hovers.get(0);
    }

    /** Visible popup shells that show text (the hover's StyledText or browser), not the workbench. */
    private static List<Shell> visibleHovers() {
        Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        List<Shell> result = new ArrayList<>();
        for (Shell shell : Display.getCurrent().getShells()) {
            if (shell != workbench && shell.isVisible() && !texts(shell).isEmpty()) {
                result.add(shell);
            }
        }
        return result;
    }

    private static List<String> texts(Control control) {
        List<String> out = new ArrayList<>();
        if (control instanceof StyledText st && !st.getText().isBlank()) {
            out.add(st.getText());
        } else if (control instanceof org.eclipse.swt.browser.Browser browser && browser.getText() != null) {
            out.add(browser.getText().replaceAll("<[^>]*>", ""));
        }
        if (control instanceof Composite c) {
            Arrays.stream(c.getChildren()).forEach(child -> out.addAll(texts(child)));
        }
        return out;
    }

    private static int occurrences(String haystack, String needle) {
        int count = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
