package factcheck.core.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress bar on standard error, drawn only when stderr is a terminal and only once the
 * run has lasted a second, so quick runs and logs stay clean. Anything else written to the terminal
 * while it shows goes through {@link #above}, which clears the bar first.
 */
final class Progress implements AutoCloseable {

    private static final long DELAY_MILLIS = 1000;
    private static final long PERIOD_MILLIS = 100;
    private static final int WIDTH = 30;
    private static final String CLEAR_LINE = "\r\u001B[K";

    private final PrintStream err;
    private final int total;
    private final long startNanos = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final ScheduledExecutorService ticker;
    private boolean drawn;

    private Progress(PrintStream err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        if (enabled) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "factcheck-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::draw, DELAY_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** A bar over {@code total} files; a silent one when {@code enabled} is false. */
    static Progress start(PrintStream err, int total, boolean enabled) {
        return new Progress(err, total, enabled && total > 0);
    }

    /** One more file done (any thread). */
    void advance() {
        done.incrementAndGet();
    }

    /** Runs output that shares the terminal with the bar, with the bar cleared meanwhile. */
    synchronized void above(Runnable output) {
        clear();
        output.run();
    }

    private synchronized void draw() {
        int n = done.get();
        int filled = total == 0 ? WIDTH : (int) ((long) n * WIDTH / total);
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        err.print(CLEAR_LINE + "[" + "=".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + n + "/" + total
                + " files " + String.format(Locale.ROOT, "%.0f s", seconds));
        err.flush();
        drawn = true;
    }

    private void clear() {
        if (drawn) {
            err.print(CLEAR_LINE);
            err.flush();
            drawn = false;
        }
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            try {
                ticker.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            clear();
        }
    }
}
