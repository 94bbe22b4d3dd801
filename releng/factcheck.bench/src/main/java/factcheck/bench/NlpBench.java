package factcheck.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BinaryOperator;

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
import org.openjdk.jmh.infra.Blackhole;

import factcheck.core.article.Article;
import factcheck.core.nlp.BenchModels;
import factcheck.core.nlp.NlpPipeline;
import factcheck.core.nlp.Sentence;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * The NLP stages on the 1,000-word article: each OpenNLP stage alone (plain, single-threaded ME
 * instances over the core's models) and the core's whole pipeline (sentences, tokens, POS, lemmas).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(1)
public class NlpBench {

    private Article article;
    private List<String> paragraphs;
    private List<String> sentenceTexts;
    private List<String[]> words;
    private List<String[]> tags;
    private SentenceDetectorME sentenceDetector;
    private TokenizerME tokenizer;
    private POSTaggerME tagger;
    private LemmatizerME lemmatizer;
    private NlpPipeline pipeline;
    private BinaryOperator<String[]> coreLemmatizer;

    @Setup
    public void setUp() {
        article = Corpus.parse("article-1000.txt", Corpus.get().article1000());
        sentenceDetector = new SentenceDetectorME(BenchModels.sentence());
        tokenizer = new TokenizerME(BenchModels.tokenizer());
        tagger = new POSTaggerME(BenchModels.pos());
        lemmatizer = new LemmatizerME(BenchModels.lemmatizer());
        pipeline = NlpPipeline.shared();
        coreLemmatizer = BenchModels.coreLemmatizer();
        paragraphs = article.paragraphs().stream().map(p -> p.of(article.text())).toList();
        sentenceTexts = new ArrayList<>();
        words = new ArrayList<>();
        tags = new ArrayList<>();
        for (String para : paragraphs) {
            for (String s : sentenceDetector.sentDetect(para)) {
                sentenceTexts.add(s);
                String[] w = tokenizer.tokenize(s);
                words.add(w);
                tags.add(tagger.tag(w));
            }
        }
    }

    @Benchmark
    public void sentences(Blackhole bh) {
        for (String para : paragraphs) {
            bh.consume(sentenceDetector.sentPosDetect(para));
        }
    }

    @Benchmark
    public void tokens(Blackhole bh) {
        for (String s : sentenceTexts) {
            bh.consume(tokenizer.tokenizePos(s));
        }
    }

    @Benchmark
    public void posTags(Blackhole bh) {
        for (String[] w : words) {
            bh.consume(tagger.tag(w));
        }
    }

    /** OpenNLP's LemmatizerME, as the core used it before CachedLemmatizer. */
    @Benchmark
    public void lemmasOpenNlp(Blackhole bh) {
        for (int i = 0; i < words.size(); i++) {
            bh.consume(lemmatizer.lemmatize(words.get(i), tags.get(i)));
        }
    }

    /** The core's CachedLemmatizer (same lemmas), its cache warm from earlier calls on this article. */
    @Benchmark
    public void lemmasCore(Blackhole bh) {
        for (int i = 0; i < words.size(); i++) {
            bh.consume(coreLemmatizer.apply(words.get(i), tags.get(i)));
        }
    }

    /** What the Analyzer runs: all four stages through the core's thread-safe pipeline. */
    @Benchmark
    public List<Sentence> pipeline() {
        return pipeline.annotate(article.text(), article.paragraphs());
    }
}
