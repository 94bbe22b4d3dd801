package factcheck.ui.editor;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditorExtension6;

/**
 * Makes the article editor one for prose: wrapped paragraphs (the editor's word-wrap toggle still
 * switches it off), the article font (a proportional font by default, changeable under Colors and
 * Fonts) with some space between lines, and the article hover as the only hover. The Generic Editor
 * has no per-content-type settings for these, so they are applied to each article editor once it
 * is built; the reconciler asks for it when it is installed on the editor's viewer.
 */
public final class ArticleEditorLook {

    /** The font definition in plugin.xml (org.eclipse.ui.themes). */
    public static final String FONT = "factcheck.ui.articleFont";

    /** Space between lines, as a share of the font's height in points (rendered in pixels). */
    private static final double LINE_SPACING = 0.45;

    private ArticleEditorLook() {
    }

    /** After the editor has finished building its viewer (it configures hovers and wrap after the reconciler). */
    static void applyLater(ITextViewer viewer) {
        StyledText widget = viewer.getTextWidget();
        if (widget == null || widget.isDisposed()) {
            return;
        }
        widget.getDisplay().asyncExec(() -> {
            if (!widget.isDisposed()) {
                apply(viewer, editorOf(viewer));
            }
        });
    }

    private static void apply(ITextViewer viewer, IEditorPart editor) {
        if (editor instanceof ITextEditorExtension6 wrap && !wrap.isWordWrapEnabled()) {
            wrap.setWordWrap(true);
        }
        if (viewer instanceof ITextViewerExtension2 hovers && viewer instanceof ISourceViewer sourceViewer) {
            hovers.setTextHover(new ArticleHover(new OtherAnnotationsHover(sourceViewer)), IDocument.DEFAULT_CONTENT_TYPE,
                    ITextViewerExtension2.DEFAULT_HOVER_STATE_MASK);
        }
        StyledText widget = viewer.getTextWidget();
        applyFont(widget);
        // The editor puts the text font back when that changes; ours follows both.
        IPropertyChangeListener fonts = e -> {
            if (FONT.equals(e.getProperty()) || JFaceResources.TEXT_FONT.equals(e.getProperty())) {
                widget.getDisplay().asyncExec(() -> applyFont(widget));
            }
        };
        JFaceResources.getFontRegistry().addListener(fonts);
        widget.addDisposeListener(e -> JFaceResources.getFontRegistry().removeListener(fonts));
    }

    private static void applyFont(StyledText widget) {
        if (widget.isDisposed()) {
            return;
        }
        Font font = JFaceResources.getFont(FONT);
        widget.setFont(font);
        FontData[] data = font.getFontData();
        int points = data.length == 0 ? 10 : data[0].getHeight();
        widget.setLineSpacing((int) Math.round(points * LINE_SPACING));
    }

    private static IEditorPart editorOf(ITextViewer viewer) {
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference ref : page.getEditorReferences()) {
                    IEditorPart editor = ref.getEditor(false);
                    if (editor != null && editor.getAdapter(ITextOperationTarget.class) == viewer) {
                        return editor;
                    }
                }
            }
        }
        return null;
    }
}
