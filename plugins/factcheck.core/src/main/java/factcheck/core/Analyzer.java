package factcheck.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import factcheck.core.article.Article;
import factcheck.core.nlp.NlpPipeline;
import factcheck.core.nlp.Sentence;

/** Turns a parsed article into an {@link Analysis}: NLP, then extraction. Thread-safe. */
public final class Analyzer {

    private final NlpPipeline nlp;

    public Analyzer(NlpPipeline nlp) {
        this.nlp = nlp;
    }

    public Analyzer() {
        this(NlpPipeline.shared());
    }

    public Analysis analyze(Article article) {
        Map<String, Long> timings = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        List<Sentence> sentences = nlp.annotate(article.text(), article.paragraphs());
        timings.put("nlp", (System.nanoTime() - t0) / 1_000_000);
        return new Analysis(article, sentences, List.of(), timings);
    }
}
