package factcheck.workspace.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;

import factcheck.core.CheckResult;
import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.RuleSettings;

/**
 * One engine run for two askers: when the editor and the builder check the same text of a file at
 * the same time (a file just created, copied in or opened by the welcome), the second waits for the
 * first one's result instead of checking again, and the first findings do not share two cores with
 * a second, identical check. Only checks still running are shared: nothing is kept afterwards.
 */
final class SharedChecks {

    /** What a check's result depends on besides the engine: equal inputs, equal result. */
    private record Inputs(String text, LocalDate dateline, RuleSettings settings, List<CompiledPack> packs) {

        boolean same(Inputs other) {
            return text.equals(other.text) && Objects.equals(dateline, other.dateline) && settings.equals(other.settings)
                    && samePacks(packs, other.packs);
        }

        private static boolean samePacks(List<CompiledPack> a, List<CompiledPack> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) != b.get(i)) {
                    return false; // compiled packs are cached: the same pack is the same object
                }
            }
            return true;
        }
    }

    private record Running(Inputs inputs, CompletableFuture<CheckResult> result) {
    }

    private static final Map<IFile, Running> RUNNING = new ConcurrentHashMap<>();

    private SharedChecks() {
    }

    /**
     * The result of {@code check}, or of an identical check of the file already running on another
     * thread. A shared check that fails or is cancelled makes this one run its own.
     */
    static CheckResult check(IFile file, String text, LocalDate dateline, RuleSettings settings,
            List<CompiledPack> packs, Supplier<CheckResult> check) {
        if (file == null) {
            return check.get();
        }
        Running mine = new Running(new Inputs(text, dateline, settings, packs), new CompletableFuture<>());
        Running found = RUNNING.compute(file, (f, current) -> current != null && current.inputs.same(mine.inputs) ? current : mine);
        if (found != mine) {
            try {
                return found.result.join();
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                return check.get(); // the other asker's check failed or was cancelled: ours decides
            }
        }
        try {
            CheckResult result = check.get();
            mine.result.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.result.completeExceptionally(e);
            throw e;
        } finally {
            RUNNING.remove(file, mine);
        }
    }
}
