package factcheck.lsp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs checks off the message thread, one at a time, each after a quiet period (debounce): a change
 * that arrives while a check of the same document still waits cancels it. A check already running is
 * not interrupted (an interrupt can close the files the engine reads); its result is dropped when the
 * document has moved on ({@link OpenArticle#publish}). Pack loading runs on the same thread, so
 * checks never see half-configured packs.
 */
final class CheckScheduler {

    private final ScheduledThreadPoolExecutor executor;
    private final Map<String, Future<?>> pending = new ConcurrentHashMap<>();

    CheckScheduler() {
        executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "factcheck-lsp-check");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
    }

    /** Checks a document after {@code delayMs}, replacing a check of it that has not started yet. */
    void schedule(String uri, long delayMs, Runnable check) {
        Future<?> next = executor.schedule(check, delayMs, TimeUnit.MILLISECONDS);
        Future<?> earlier = pending.put(uri, next);
        if (earlier != null) {
            earlier.cancel(false);
        }
    }

    /** Drops a document's waiting check (it was closed). */
    void cancel(String uri) {
        Future<?> earlier = pending.remove(uri);
        if (earlier != null) {
            earlier.cancel(false);
        }
    }

    /** Runs work on the check thread, after what is queued now. */
    void execute(Runnable work) {
        executor.execute(work);
    }

    void shutdown() {
        executor.shutdownNow();
    }
}
