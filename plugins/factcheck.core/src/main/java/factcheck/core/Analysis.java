package factcheck.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import factcheck.core.annotation.Annotation;
import factcheck.core.article.Article;
import factcheck.core.article.ArticleInfo;
import factcheck.core.nlp.Sentence;

/**
 * What the engine knows about one article before rules run: the article, its sentences and tokens,
 * the extractors' annotations (quotes, attributions, claims, temporal expressions, persons, in text
 * order), and how long each stage took (milliseconds by stage name).
 */
public record Analysis(Article article, List<Sentence> sentences, List<Annotation> annotations,
        Map<String, Long> timings) {

    public Analysis {
        sentences = List.copyOf(sentences);
        annotations = List.copyOf(annotations);
        timings = Map.copyOf(timings);
    }

    /** Every fact the rules see. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.add(ArticleInfo.of(article));
        for (Sentence s : sentences) {
            facts.add(s);
            facts.addAll(s.tokens());
        }
        facts.addAll(annotations);
        return facts;
    }
}
