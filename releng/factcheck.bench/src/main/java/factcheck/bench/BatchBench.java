package factcheck.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import factcheck.core.CheckResult;
import factcheck.core.FactChecker;
import factcheck.core.article.ArticleDecodingException;
import factcheck.core.article.TextDecoder;
import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.RuleSettings;

/**
 * Batch checking as the command line does it: two threads share one FactChecker and the compiled
 * pack, each takes the next article (about 1,200 words, composed from real articles), decodes,
 * parses and checks it. Score: articles per second over both threads; start-up is excluded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(2)
@Fork(1)
public class BatchBench {

    private FactChecker checker;
    private List<CompiledPack> packs;
    private List<byte[]> files;
    private final AtomicInteger next = new AtomicInteger();

    @Setup
    public void setUp() {
        checker = new FactChecker();
        packs = checker.compile(List.of(Fixtures.standardPack()));
        files = Corpus.get().composites(60, 1200).stream()
                .map(s -> s.text().getBytes(StandardCharsets.UTF_8)).toList();
    }

    @Benchmark
    public CheckResult checkArticle() throws ArticleDecodingException {
        int i = Math.floorMod(next.getAndIncrement(), files.size());
        String text = TextDecoder.decode(files.get(i));
        return checker.check(Corpus.parse("batch-" + i + ".txt", text), packs, RuleSettings.DEFAULTS);
    }
}
