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
import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.RuleEngine;
import factcheck.core.rules.RulePack;
import factcheck.core.rules.RuleSettings;

/**
 * The rule engine: building the standard pack's KieBase (a fresh RuleEngine each time, so its
 * content cache does not answer) from the precompiled image the build ships, and, for comparison,
 * by compiling its DRL; and firing the pack over the 1,000-word article's facts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
public class RulesBench {

    private RulePack pack;
    private RulePack drlOnly;
    private RuleEngine engine;
    private List<CompiledPack> compiled;
    private List<Object> facts;
    private String text;
    private List<org.kie.api.definition.KiePackage> imagePackages;

    @Setup
    public void setUp() {
        pack = Fixtures.standardPack();
        drlOnly = Fixtures.standardPackFromDrl();
        engine = new RuleEngine();
        CompiledPack c = engine.compile(pack);
        if (!c.usable()) {
            throw new IllegalStateException("standard pack does not compile: " + c.diagnostics());
        }
        if (!c.fromImage()) {
            throw new IllegalStateException("the standard pack's image (" + pack.location()
                    + ".kbin) is missing or stale: build the rules module (./mvnw -pl rules -am package)");
        }
        compiled = List.of(c);
        try {
            imagePackages = pack.image().packages(RuleEngine.class.getClassLoader());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Article article = Corpus.parse("article-1000.txt", Corpus.get().article1000());
        Analysis analysis = new Analyzer().analyze(article);
        facts = analysis.facts();
        text = article.text();
    }

    /** Standard pack KieBase build, warm, as shipped: from its precompiled image. */
    @Benchmark
    public CompiledPack kieBaseBuild() {
        return new RuleEngine().compile(pack);
    }

    /** The same pack compiled from its DRL (parser, ECJ), as for a pack without an image. */
    @Benchmark
    public CompiledPack kieBaseCompileDrl() {
        return new RuleEngine().compile(drlOnly);
    }

    /**
     * The pack sandbox's checks alone, as at pack load: the DRL structure and conditions, then the
     * bytecode of every class the image holds (metering, a rewrite of each class, is in the KieBase rows).
     */
    @Benchmark
    public int sandboxCheck() throws java.io.IOException {
        factcheck.core.rules.sandbox.PackSandbox sandbox = new factcheck.core.rules.sandbox.PackSandbox(RuleEngine.class.getClassLoader());
        return sandbox.checkStructure(pack).size() + sandbox.checkSources(pack).size()
                + sandbox.checkBytecode(pack, imagePackages).size();
    }

    /** Rule firing for one article: sessions, fact insertion, fireAllRules, findings. */
    @Benchmark
    public RuleEngine.Outcome fire() {
        return engine.run(compiled, facts, text, RuleSettings.DEFAULTS);
    }
}
