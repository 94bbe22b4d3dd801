package factcheck.workspace.check;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.IContentType;

import factcheck.core.article.ArticleDecodingException;
import factcheck.core.article.TextDecoder;

/** Which files are articles (by content type, so user-added file associations count) and their text. */
public final class ArticleFiles {

    /** The article content type of {@code factcheck.workspace}'s plugin.xml. */
    public static final String CONTENT_TYPE = "factcheck.workspace.article";

    private ArticleFiles() {
    }

    public static boolean isArticle(IFile file) {
        IContentType article = Platform.getContentTypeManager().getContentType(CONTENT_TYPE);
        if (article == null || !file.isAccessible()) {
            return false;
        }
        // By name first: cheap and right for nearly all files, and it reads nothing from disk.
        for (IContentType type : Platform.getContentTypeManager().findContentTypesFor(file.getName())) {
            if (type.isKindOf(article)) {
                return true;
            }
        }
        return false;
    }

    /** The file's text, decoded as the editor would (the file's charset, BOM honoured). */
    public static String read(IFile file) throws CoreException {
        try (InputStream in = file.getContents(true)) {
            byte[] bytes = in.readAllBytes();
            String charset = charset(file);
            // The core's strict decoder for UTF-8 (BOMs dropped as file buffers drop them).
            return charset == null || "UTF-8".equalsIgnoreCase(charset) ? TextDecoder.decode(bytes)
                    : new String(bytes, charset);
        } catch (IOException | ArticleDecodingException | RuntimeException e) {
            throw new CoreException(Status.error("Cannot read " + file.getFullPath() + ": " + e.getMessage(), e));
        }
    }

    private static String charset(IFile file) throws CoreException {
        IContentDescription description = file.getContentDescription();
        String charset = description == null ? null : description.getCharset();
        return charset != null ? charset : file.getCharset();
    }
}
