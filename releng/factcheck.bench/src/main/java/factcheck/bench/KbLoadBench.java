package factcheck.bench;

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

import factcheck.core.kb.KnowledgeBase;
import factcheck.core.rules.RulePack;

/**
 * Building the knowledge base (the {@code kb} global) from the standard pack's YAML files, already
 * read into memory: parsing, people, offices, terms and the title lexicon. Part of every pack build,
 * whether the rules come from the image or from DRL.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
public class KbLoadBench {

    private RulePack pack;

    @Setup
    public void setUp() {
        pack = Fixtures.standardPack();
    }

    @Benchmark
    public KnowledgeBase load() {
        return KnowledgeBase.load(pack.data());
    }
}
