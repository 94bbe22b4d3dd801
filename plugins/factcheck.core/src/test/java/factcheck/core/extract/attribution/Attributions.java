package factcheck.core.extract.attribution;

import java.util.List;

import factcheck.core.article.Article;
import factcheck.core.article.ArticleParser;
import factcheck.core.extract.quote.QuoteFinder;
import factcheck.core.nlp.NlpPipeline;

/** Runs the whole chain (parse, NLP, quotes, attributions) on a test text. */
final class Attributions {

    private Attributions() {
    }

    static List<Attribution> of(String text) throws Exception {
        Article article = ArticleParser.parse("test", text);
        return AttributionFinder.find(article, NlpPipeline.shared().annotate(text, article.paragraphs()),
                QuoteFinder.find(article));
    }

    static Attribution only(String text) throws Exception {
        List<Attribution> all = of(text);
        if (all.size() != 1) {
            throw new AssertionError("expected one attribution in <" + text + "> but got " + all);
        }
        return all.get(0);
    }
}
