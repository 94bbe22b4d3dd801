package factcheck.core.rules.sandbox;

import java.lang.management.ManagementFactory;

/**
 * The meter that pack code runs against. {@link BudgetInstrumenter} puts a call to {@link #tick()} at
 * the start of every method of a pack's compiled code, before every call it makes and on every
 * backward jump (every loop iteration), and a call to {@link #arrayLength(int)} before every array it
 * allocates. While the engine runs a pack over an article, this thread's budget counts steps, time and
 * the bytes the thread allocates; once any runs out, every later tick throws
 * {@link RuleBudgetExceeded}, so a loop that catches the first one still cannot go on.
 *
 * <p>Outside a metered run (the compiler's own checks while building a pack) ticks cost nothing.
 */
public final class RuleBudget {

    /** Largest array a rule may allocate in one go. */
    public static final int MAX_ARRAY_LENGTH = 1 << 20;

    private static final ThreadLocal<Meter> CURRENT = new ThreadLocal<>();

    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private RuleBudget() {
    }

    /**
     * Starts metering this thread's pack code.
     *
     * @param maxSteps   ticks allowed
     * @param timeBudget time from now after which ticks throw
     * @param maxBytes   bytes this thread may allocate before ticks throw
     */
    public static void start(long maxSteps, java.time.Duration timeBudget, long maxBytes) {
        CURRENT.set(new Meter(maxSteps, timeBudget, maxBytes, allocated()));
    }

    /** Stops metering; returns why the budget ran out, or null if it did not. */
    public static String stop() {
        Meter meter = CURRENT.get();
        CURRENT.remove();
        return meter == null ? null : meter.exceeded;
    }

    /** Called by instrumented pack code; see the class comment. */
    public static void tick() {
        Meter meter = CURRENT.get();
        if (meter != null) {
            meter.tick();
        }
    }

    /** Called by instrumented pack code before {@code new T[length]}. */
    public static void arrayLength(int length) {
        if (length > MAX_ARRAY_LENGTH && CURRENT.get() != null) {
            throw new RuleBudgetExceeded("an array of " + length + " elements (a rule may allocate at most "
                    + MAX_ARRAY_LENGTH + ")");
        }
    }

    private static long allocated() {
        return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
    }

    private static com.sun.management.ThreadMXBean threads() {
        try {
            var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            return bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled() ? bean : null;
        } catch (RuntimeException | LinkageError e) {
            return null; // a JVM without the extension: steps and time still hold
        }
    }

    private static final class Meter {
        private final long maxSteps;
        private final long deadline;
        private final long budgetMillis;
        private final long maxBytes;
        private final long bytesAtStart;
        private long steps;
        private String exceeded;

        Meter(long maxSteps, java.time.Duration timeBudget, long maxBytes, long bytesAtStart) {
            this.maxSteps = maxSteps;
            this.deadline = System.nanoTime() + timeBudget.toNanos();
            this.budgetMillis = timeBudget.toMillis();
            this.maxBytes = maxBytes;
            this.bytesAtStart = bytesAtStart;
        }

        void tick() {
            if (exceeded != null) {
                throw new RuleBudgetExceeded(exceeded);
            }
            steps++;
            // Bytes every tick: one tick can follow a doubling of a string, so a coarser check would let
            // a few doublings through between two looks, and each one doubles the heap it needs.
            long bytes = allocated() - bytesAtStart;
            if (steps > maxSteps) {
                exceeded = "more than " + maxSteps + " steps";
            } else if (bytes > maxBytes) {
                exceeded = "more than " + (maxBytes >> 20) + " MB allocated";
            } else if ((steps & 0xFF) == 0 && System.nanoTime() > deadline) {
                exceeded = "the time budget of " + budgetMillis + " ms";
            }
            if (exceeded != null) {
                throw new RuleBudgetExceeded(exceeded);
            }
        }
    }
}
