package factcheck.core.article;

import java.util.List;
import java.util.Optional;

/**
 * A decoded article: its text exactly as decoded (every offset in the engine points into it), where
 * its headline and body are, its paragraphs and its dateline if one was found or given.
 *
 * @param name       a name for messages (file path, "&lt;stdin&gt;", editor title)
 * @param text       the decoded text, line ends untouched
 * @param dateline   the dateline, if any
 * @param headline   the headline span, or null when the article has none
 * @param body       the span of the body text (after any header or front matter)
 * @param paragraphs body paragraphs in order: runs of non-blank lines, trimmed of surrounding blanks
 */
public record Article(String name, String text, Optional<Dateline> dateline, Span headline, Span body,
        List<Span> paragraphs) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    public boolean hasDateline() {
        return dateline.isPresent();
    }
}
