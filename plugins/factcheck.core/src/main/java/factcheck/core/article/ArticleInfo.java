package factcheck.core.article;

import java.time.LocalDate;

/**
 * The article as one flat fact for rules: its dateline (null when it has none) and where the
 * dateline stands in the text (-1 when it came from outside the text).
 *
 * @param name          the article's name
 * @param dateline      the dateline, or null
 * @param datelineStart start offset of the dateline in the text, or -1
 * @param datelineEnd   end offset of the dateline in the text, or -1
 * @param textLength    length of the text
 */
public record ArticleInfo(String name, LocalDate dateline, int datelineStart, int datelineEnd, int textLength) {

    public static ArticleInfo of(Article article) {
        Dateline d = article.dateline().orElse(null);
        Span span = d == null ? null : d.span();
        return new ArticleInfo(article.name(), d == null ? null : d.date(), span == null ? -1 : span.start(),
                span == null ? -1 : span.end(), article.text().length());
    }

    public boolean hasDateline() {
        return dateline != null;
    }
}
