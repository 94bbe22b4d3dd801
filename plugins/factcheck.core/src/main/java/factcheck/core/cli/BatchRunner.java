package factcheck.core.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import factcheck.core.Analysis;
import factcheck.core.CheckResult;
import factcheck.core.FactChecker;
import factcheck.core.article.Article;
import factcheck.core.extract.claim.WeightTable;
import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.RuleSettings;

/**
 * Checks many articles on a fixed number of threads with ONE shared {@link FactChecker} and ONE list
 * of compiled packs (both thread-safe; compiling per thread would multiply the slowest step), and
 * hands the outcomes to the caller in input order as soon as each file and all before it are done,
 * so output streams yet never depends on scheduling.
 */
final class BatchRunner {

    /**
     * How checking one article went: a result, or the reason there is none.
     *
     * @param input   the article
     * @param article the parsed article, or null
     * @param result  the check's result, or null
     * @param error   the one-line reason the article could not be checked, or null
     */
    record Outcome(ArticleInput input, Article article, CheckResult result, String error) {
    }

    /** Takes outcomes in input order, on the caller's thread. */
    interface OutcomeSink {
        void accept(Outcome outcome) throws IOException;
    }

    /** Decides, on the caller's thread before any outcome is taken, whether the run goes on. */
    interface Gate {
        boolean open() throws IOException;
    }

    private final FactChecker checker;
    private final CompletableFuture<List<CompiledPack>> packs;
    private final WeightTable expectedWeights;
    private final RuleSettings settings;
    private final ArticleReader reader;
    private final int jobs;

    /**
     * @param packs           the usable compiled packs, perhaps still compiling: each article is read
     *                        and analysed meanwhile, and waits for them only to run the rules
     * @param expectedWeights the check-worthiness weights the packs will give (see
     *                        {@link FactChecker#expectedWeights})
     */
    BatchRunner(FactChecker checker, CompletableFuture<List<CompiledPack>> packs, WeightTable expectedWeights,
            RuleSettings settings, ArticleReader reader, int jobs) {
        this.checker = checker;
        this.packs = packs;
        this.expectedWeights = expectedWeights;
        this.settings = settings;
        this.reader = reader;
        this.jobs = jobs;
    }

    /**
     * Checks every input; {@code stdin} holds standard input's bytes when an input is {@code -}.
     * {@code progress} is told of each finished file from the worker threads. {@code gate} is asked
     * once, before the first outcome goes to {@code sink}; when it says no, the run stops there.
     */
    void run(List<ArticleInput> inputs, byte[] stdin, Progress progress, Gate gate, OutcomeSink sink) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, inputs.size())), threads());
        try {
            List<Future<Outcome>> pending = new ArrayList<>();
            for (ArticleInput input : inputs) {
                pending.add(pool.submit(() -> {
                    try {
                        return checkOne(input, stdin);
                    } finally {
                        progress.advance();
                    }
                }));
            }
            if (!gate.open()) {
                return;
            }
            for (int i = 0; i < pending.size(); i++) {
                sink.accept(await(pending.get(i), inputs.get(i)));
                // Written out: let the article, its analysis and findings go (a run keeps O(jobs) of them, not O(files)).
                pending.set(i, null);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome checkOne(ArticleInput input, byte[] stdin) {
        Article article;
        try {
            article = reader.read(input, stdin);
        } catch (InputProblem e) {
            return new Outcome(input, null, null, e.getMessage());
        }
        try {
            Analysis analysis = checker.analyze(article, expectedWeights);
            List<CompiledPack> usable = packs.join();
            return new Outcome(input, article, checker.check(article, analysis, expectedWeights, usable, settings), null);
        } catch (RuntimeException | StackOverflowError e) {
            // One article tripping the engine must not cost the others their results.
            return new Outcome(input, article, null, "internal error while checking: " + e);
        }
    }

    private static Outcome await(Future<Outcome> future, ArticleInput input) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while checking " + input.name(), e);
        } catch (ExecutionException e) {
            return new Outcome(input, null, null, "internal error while checking: " + e.getCause());
        }
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "factcheck-check-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
