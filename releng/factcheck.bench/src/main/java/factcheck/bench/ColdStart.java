package factcheck.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import factcheck.core.CheckResult;
import factcheck.core.FactChecker;
import factcheck.core.article.TextDecoder;
import factcheck.core.nlp.NlpModels;
import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.RuleSettings;

/**
 * A freshly started process opening its first article, in the command line's order: start loading
 * the models in the background, load and compile the standard pack (cold KieBase), read, parse and
 * check one article file (waiting for the models if need be). Prints one line
 * {@code cold-start-ms=N findings=F compile-ms=C check-ms=K} where N is the time from JVM start
 * (RuntimeMXBean start time) to the findings. Run by ./bench in new processes.
 *
 * <p>Usage: {@code ColdStart ARTICLE_FILE [--drl]}; {@code --drl} compiles the pack's DRL instead of
 * loading the precompiled image the build ships.
 */
public final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        // As the command line does: models load on another thread while the pack compiles.
        NlpModels.preload();
        FactChecker checker = new FactChecker();
        boolean drl = args.length > 1 && "--drl".equals(args[1]);
        List<CompiledPack> packs = checker.compile(List.of(drl ? Fixtures.standardPackFromDrl() : Fixtures.standardPack()));
        long t1 = System.nanoTime();
        String text = TextDecoder.decode(Files.readAllBytes(Path.of(args[0])));
        CheckResult result = checker.check(Corpus.parse(Path.of(args[0]).getFileName().toString(), text), packs,
                RuleSettings.DEFAULTS);
        long end = System.currentTimeMillis();
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "cold-start-ms=%d findings=%d pack-from-image=%s main-to-findings-ms=%d compile-ms=%d check-ms=%d timings=%s%n",
                end - jvmStart, result.findings().size(), packs.get(0).fromImage(), (t2 - t0) / 1_000_000, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, result.analysis().timings());
        System.out.flush();
    }
}
