package factcheck.core.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import factcheck.core.rules.PackLocations;
import factcheck.core.rules.PackSource;
import factcheck.core.rules.RulePack;
import factcheck.core.rules.RulePackLoader;

/**
 * The standard pack read from disk while the command line is parsed, on another thread: reading
 * it (metadata, DRL, data, image) and parsing the options (picocli reflects over the command) each
 * took about a tenth of a second of a one-article run, one after the other on the main thread,
 * before the compile (the longest chain) could start. Only the reading is done early, nothing that
 * depends on the options; {@link PackLoading} takes the pack from here when it loads the same
 * location, else reads it itself, and reports any problem from its own read.
 */
final class EarlyPack {

    /** Options after which the standard pack is not read at all. */
    private static final Set<String> NOT_NEEDED = Set.of("--version", "-V", "--help", "-h", "--no-default-rules",
            "--new-pack", "--test-pack");

    private static volatile Started started;

    private record Started(Path location, CompletableFuture<RulePack> pack) {
    }

    private EarlyPack() {
    }

    /** Starts reading the standard pack, unless the arguments say it will not be needed. */
    static void begin(String[] args, Invocation invocation) {
        String standard = invocation.standardPack();
        if (standard == null || standard.isBlank() || args.length == 0) {
            return;
        }
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (NOT_NEEDED.contains(eq > 0 ? arg.substring(0, eq) : arg)) {
                return;
            }
        }
        Path location = invocation.workingDirectory().resolve(standard);
        CompletableFuture<RulePack> pack = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                PackSource source = PackLocations.at(location, true);
                pack.complete(source == null ? null : RulePackLoader.load(source));
            } catch (IOException | RuntimeException e) {
                pack.completeExceptionally(e);
            }
        }, "factcheck-early-pack");
        thread.setDaemon(true);
        thread.start();
        started = new Started(location, pack);
    }

    /** The pack read early from {@code location}, or null (none read there, or it failed: read it again). */
    static RulePack take(Path location) {
        Started s = started;
        if (s == null || !s.location().equals(location)) {
            return null;
        }
        started = null;
        try {
            return s.pack().join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            return null;
        }
    }
}
