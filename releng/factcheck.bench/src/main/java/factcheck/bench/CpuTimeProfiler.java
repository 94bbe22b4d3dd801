package factcheck.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.IterationType;

/**
 * Process CPU time per operation (all threads of the benchmark JVM: the benchmark's, GC and JIT) as
 * a secondary result "cpu". On a machine shared with other work, wall-clock times grow with the
 * load while CPU time per operation stays close to what an idle machine would take.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long start;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long cpu = os.getProcessCpuTime() - start;
        long ops = result.getMetadata() == null ? 0 : result.getMetadata().getMeasuredOps();
        if (iterationParams.getType() != IterationType.MEASUREMENT || ops <= 0) {
            return List.of();
        }
        return List.of(new ScalarResult("cpu", cpu / 1e6 / ops, "ms/op", AggregationPolicy.AVG));
    }
}
