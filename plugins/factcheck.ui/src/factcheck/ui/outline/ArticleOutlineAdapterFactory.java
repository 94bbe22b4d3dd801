package factcheck.ui.outline;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * Gives article editors their outline page. The Generic Editor has no outline of its own: its
 * {@code getAdapter} falls through to the platform's adapter manager, which asks this factory.
 */
public final class ArticleOutlineAdapterFactory implements IAdapterFactory {

    private static final String ARTICLE_CONTENT_TYPE = "factcheck.workspace.article";

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor
                && editor.getDocumentProvider() != null && isArticle(editor.getEditorInput())) {
            return adapterType.cast(new ArticleOutlinePage(editor));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IContentOutlinePage.class };
    }

    /** By the input's name, as the editor binding does: no reading of the file on the UI thread. */
    private static boolean isArticle(IEditorInput input) {
        if (input == null || input.getName() == null) {
            return false;
        }
        IContentType article = Platform.getContentTypeManager().getContentType(ARTICLE_CONTENT_TYPE);
        if (article == null) {
            return false;
        }
        for (IContentType type : Platform.getContentTypeManager().findContentTypesFor(input.getName())) {
            if (type.isKindOf(article)) {
                return true;
            }
        }
        return false;
    }
}
