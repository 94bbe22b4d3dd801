package factcheck.core.extract.attribution;

import java.util.List;

import factcheck.core.article.Article;
import factcheck.core.article.ArticleParser;
import factcheck.core.extract.quote.Quote;
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

    /** The attribution whose cue reads {@code cue}, of all those in {@code text}. */
    static Attribution withCue(String text, String cue) throws Exception {
        List<Attribution> all = of(text);
        return all.stream().filter(a -> a.cue() != null && a.cue().text().equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no cue \"" + cue + "\" in " + all));
    }

    /** The first attribution whose source reads {@code source}, of all those in {@code text}. */
    static Attribution withSource(String text, String source) throws Exception {
        List<Attribution> all = of(text);
        return all.stream().filter(a -> a.source() != null && a.source().text().equals(source)).findFirst()
                .orElseThrow(() -> new AssertionError("no source \"" + source + "\" in " + all));
    }

    /** The source text of the attribution whose cue reads {@code cue}, or null when it has none. */
    static String sourceOf(String text, String cue) throws Exception {
        Attribution a = withCue(text, cue);
        return a.source() == null ? null : a.source().text();
    }

    /** The attribution of the quotation opening at the {@code n}th (0-based) left curly mark of {@code text}. */
    static Attribution ofQuotation(String text, int n) throws Exception {
        int open = -1;
        for (int i = 0; i <= n; i++) {
            open = text.indexOf('\u201C', open + 1);
        }
        int at = open;
        List<Attribution> all = of(text);
        return all.stream().filter(a -> a.quoteStart() == at).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution of quotation " + n + " in " + all));
    }

    /** The first quotation the quote finder reads in {@code text}. */
    static Quote firstQuote(String text) throws Exception {
        return QuoteFinder.find(ArticleParser.parse("test", text)).get(0);
    }

    static Attribution only(String text) throws Exception {
        List<Attribution> all = of(text);
        if (all.size() != 1) {
            throw new AssertionError("expected one attribution in <" + text + "> but got " + all);
        }
        return all.get(0);
    }
}
