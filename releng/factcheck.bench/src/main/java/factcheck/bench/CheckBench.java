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

import factcheck.core.CheckResult;
import factcheck.core.Analyzer;
import factcheck.core.FactChecker;
import factcheck.core.nlp.NlpModels;
import factcheck.core.nlp.NlpPipeline;
import factcheck.core.article.Article;
import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.RuleSettings;

/**
 * The whole check of 1,000-word articles on one thread (NLP, extraction, rules), and the
 * editor's re-check after a one-character edit: the reconcile job parses the edited text and runs
 * the whole check again (the marker update in the Eclipse workspace is not included).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CheckBench {

    private FactChecker checker;
    private List<CompiledPack> packs;
    private Article article;
    private List<Article> articles;
    private int nextArticle;
    private char[] editable;
    private int[] positions;
    private int edits;

    @Setup
    public void setUp() {
        checker = new FactChecker();
        packs = checker.compile(List.of(Fixtures.standardPack()));
        String text = Corpus.get().article1000();
        article = Corpus.parse("article-1000.txt", text);
        articles = Corpus.get().composites(20, 1000).stream().map(Corpus::parse).toList();
        editable = text.toCharArray();
        // Letters of the body, spread over the text, where the "user" types.
        int body = article.body().start();
        positions = new int[64];
        int n = 0;
        for (int i = 0; n < positions.length; i++) {
            int at = body + (int) ((long) (text.length() - body) * i / positions.length) ;
            while (at < text.length() && !Character.isLowerCase(text.charAt(at))) {
                at++;
            }
            positions[n++] = Math.min(at, text.length() - 1);
        }
    }

    /** 1,000-word articles in turn (20 different ones, as in a process that has checked a few). */
    @Benchmark
    public CheckResult check() {
        return checker.check(articles.get(nextArticle++ % articles.size()), packs, RuleSettings.DEFAULTS);
    }

    /**
     * The worst case of a warm process: an article whose words it has never seen, i.e. a new NLP
     * pipeline (empty lemma cache) for each check.
     */
    @Benchmark
    public CheckResult checkUnseenWords() {
        FactChecker fresh = new FactChecker(new Analyzer(new NlpPipeline(NlpModels.get())), checker.engine());
        return fresh.check(article, packs, RuleSettings.DEFAULTS);
    }

    /** One character changed (a letter replaced by the next letter, or back), then parse and check. */
    @Benchmark
    public CheckResult recheckAfterEdit() {
        int at = positions[edits++ % positions.length];
        char c = editable[at];
        editable[at] = c == 'z' ? 'a' : Character.isLowerCase(c) ? (char) (c + 1) : 'e';
        Article edited = Corpus.parse("article-1000.txt", new String(editable));
        return checker.check(edited, packs, RuleSettings.DEFAULTS);
    }
}
