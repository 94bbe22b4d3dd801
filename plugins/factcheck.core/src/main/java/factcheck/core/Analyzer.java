package factcheck.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import factcheck.core.annotation.Annotation;
import factcheck.core.article.Article;
import factcheck.core.article.Dateline;
import factcheck.core.article.Span;
import factcheck.core.extract.attribution.Attribution;
import factcheck.core.extract.attribution.AttributionFinder;
import factcheck.core.extract.claim.ClaimFinder;
import factcheck.core.extract.claim.WeightTable;
import factcheck.core.extract.person.PersonFinder;
import factcheck.core.extract.quote.Quote;
import factcheck.core.extract.quote.QuoteFinder;
import factcheck.core.nlp.NlpPipeline;
import factcheck.core.nlp.Sentence;
import factcheck.core.nlp.SentenceMemo;
import factcheck.core.time.TemporalExpression;
import factcheck.core.time.TemporalResolver;

/**
 * Turns a parsed article into an {@link Analysis}: NLP, then the extractors (quotations,
 * attributions, temporal expressions, persons and titles, claims), each timed. Thread-safe: extractors keep no state per article.
 */
public final class Analyzer {

    private final Supplier<NlpPipeline> nlp;
    private final TemporalResolver temporal = new TemporalResolver();

    public Analyzer(NlpPipeline nlp) {
        this.nlp = () -> nlp;
    }

    /**
     * Over the shared pipeline, whose models load on the first analysis (or earlier with
     * {@link factcheck.core.nlp.NlpModels#preload()}), so creating an analyzer is cheap and rule
     * packs can compile while the models load.
     */
    public Analyzer() {
        this.nlp = NlpPipeline::shared;
    }

    /** Analyses with claims scored by their features alone (no pack's weight table). */
    public Analysis analyze(Article article) {
        return analyze(article, null);
    }

    /** @param weights the check-worthiness weights of the rule packs, or null */
    public Analysis analyze(Article article, WeightTable weights) {
        return analyze(article, weights, null);
    }

    /**
     * @param weights the check-worthiness weights of the rule packs, or null
     * @param memo    the NLP of the text's previous version, to reuse for unchanged paragraphs
     *                (an editor's checks while typing), or null
     */
    public Analysis analyze(Article article, WeightTable weights, SentenceMemo memo) {
        Map<String, Long> timings = new LinkedHashMap<>();
        Stopwatch clock = new Stopwatch(timings);
        List<Sentence> sentences = memo == null ? nlp.get().annotate(article.text(), article.paragraphs())
                : memo.annotate(nlp.get(), article.text(), article.paragraphs());
        clock.lap("nlp");

        List<Annotation> annotations = new ArrayList<>();
        List<Quote> quotes = QuoteFinder.find(article);
        annotations.addAll(quotes);
        QuoteFinder.styleMix(quotes).ifPresent(annotations::add);
        clock.lap("quotes");
        List<Attribution> attributions = AttributionFinder.find(article, sentences, quotes);
        annotations.addAll(attributions);
        clock.lap("attributions");
        List<TemporalExpression> dates = temporal.find(bodyAndHeadline(article), sentences,
                article.dateline().map(Dateline::date).orElse(null));
        for (TemporalExpression date : dates) {
            // An expression that reaches into the blanked header would carry blanks for text.
            if (date.start() >= article.body().start()
                    || article.headline() != null && article.headline().contains(new Span(date.start(), date.end()))) {
                annotations.add(date);
            }
        }
        clock.lap("temporal");

        annotations.addAll(PersonFinder.find(article, sentences));
        clock.lap("persons");
        annotations.addAll(ClaimFinder.find(article, sentences, weights));
        clock.lap("claims");

        annotations.sort(Comparator.comparingInt(Annotation::start).thenComparingInt(Annotation::end));
        return new Analysis(article, sentences, annotations, timings);
    }

    /**
     * The text with the header blanked out (same length, line breaks kept), so the dateline itself
     * and front matter are not read as dates in the article; the headline stays.
     */
    private static String bodyAndHeadline(Article article) {
        String text = article.text();
        int bodyStart = article.body().start();
        if (bodyStart == 0) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text);
        for (int i = 0; i < bodyStart; i++) {
            boolean inHeadline = article.headline() != null && i >= article.headline().start() && i < article.headline().end();
            char c = text.charAt(i);
            if (!inHeadline && c != '\n' && c != '\r') {
                masked.setCharAt(i, ' ');
            }
        }
        return masked.toString();
    }

    /** Milliseconds per stage, in the order the stages ran. */
    private static final class Stopwatch {
        private final Map<String, Long> timings;
        private long last = System.nanoTime();

        Stopwatch(Map<String, Long> timings) {
            this.timings = timings;
        }

        void lap(String stage) {
            long now = System.nanoTime();
            timings.put(stage, (now - last) / 1_000_000);
            last = now;
        }
    }
}
