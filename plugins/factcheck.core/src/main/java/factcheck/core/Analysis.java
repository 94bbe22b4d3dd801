package factcheck.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import factcheck.core.article.Article;
import factcheck.core.nlp.Sentence;

/**
 * What the engine knows about one article before rules run: the article, its sentences and tokens,
 * and how long each stage took (milliseconds by stage name).
 */
public record Analysis(Article article, List<Sentence> sentences, Map<String, Long> timings) {

    public Analysis {
        sentences = List.copyOf(sentences);
        timings = Map.copyOf(timings);
    }

    /** Every fact the rules see. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.add(article);
        for (Sentence s : sentences) {
            facts.add(s);
            facts.addAll(s.tokens());
        }
        return facts;
    }
}
