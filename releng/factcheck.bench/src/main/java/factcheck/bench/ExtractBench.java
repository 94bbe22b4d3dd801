package factcheck.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import factcheck.core.Analysis;
import factcheck.core.Analyzer;
import factcheck.core.article.Article;
import factcheck.core.article.Dateline;
import factcheck.core.extract.attribution.Attribution;
import factcheck.core.extract.attribution.AttributionFinder;
import factcheck.core.extract.claim.Claim;
import factcheck.core.extract.claim.ClaimFinder;
import factcheck.core.extract.person.PersonFinder;
import factcheck.core.extract.quote.Quote;
import factcheck.core.extract.quote.QuoteFinder;
import factcheck.core.nlp.NlpPipeline;
import factcheck.core.nlp.Sentence;
import factcheck.core.time.TemporalExpression;
import factcheck.core.time.TemporalResolver;

/**
 * Each extractor on the 1,000-word article (sentences computed once in set-up), and the whole
 * analysis (NLP + all extractors) as the Analyzer runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(1)
public class ExtractBench {

    private Article article;
    private List<Sentence> sentences;
    private List<Quote> quotes;
    private final TemporalResolver temporal = new TemporalResolver();
    private final Analyzer analyzer = new Analyzer();

    @Setup
    public void setUp() {
        article = Corpus.parse("article-1000.txt", Corpus.get().article1000());
        sentences = NlpPipeline.shared().annotate(article.text(), article.paragraphs());
        quotes = QuoteFinder.find(article);
    }

    @Benchmark
    public List<Quote> quotes() {
        return QuoteFinder.find(article);
    }

    @Benchmark
    public List<Attribution> attributions() {
        return AttributionFinder.find(article, sentences, quotes);
    }

    /** Temporal expressions found and normalised against the dateline. */
    @Benchmark
    public List<TemporalExpression> temporal() {
        return temporal.find(article.text(), sentences, article.dateline().map(Dateline::date).orElse(null));
    }

    @Benchmark
    public Object persons() {
        return PersonFinder.find(article, sentences);
    }

    @Benchmark
    public List<Claim> claims() {
        return ClaimFinder.find(article, sentences);
    }

    @Benchmark
    public Analysis analyze() {
        return analyzer.analyze(article);
    }
}
