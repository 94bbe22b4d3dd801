package factcheck.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import factcheck.core.FactChecker;
import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.Diagnostic;
import factcheck.core.rules.PackLocations;
import factcheck.core.rules.PackSource;
import factcheck.core.rules.RulePack;
import factcheck.core.rules.RulePackLoader;

/**
 * The rule packs the server runs, found as the command line finds them: the standard pack the
 * launcher names (with its precompiled image), each configured {@code rulePacks} folder or jar, and,
 * only when the client set {@code trustWorkspaceRules}, the {@code .factcheck/rules/} pack of the
 * workspace folder holding a document. Compiling goes through the one {@link FactChecker}, which
 * caches by content, so a settings change recompiles nothing that did not change. Problems go to
 * {@code report} (the client's log), never stop the other packs.
 */
final class ServerPacks {

    /** Workspace-relative folder of a workspace's own pack (as in the workbench). */
    static final String WORKSPACE_PACK = ".factcheck/rules";

    private final FactChecker checker;
    private final String standardPack;
    private final Consumer<String> report;
    private volatile List<CompiledPack> configured = List.of();
    private final Map<Path, Optional<CompiledPack>> workspacePacks = new ConcurrentHashMap<>();

    ServerPacks(FactChecker checker, String standardPack, Consumer<String> report) {
        this.checker = checker;
        this.standardPack = standardPack;
        this.report = report;
    }

    /** Loads and compiles the standard and configured packs again; call off the message thread. */
    void configure(ServerSettings settings) {
        Map<String, RulePack> packs = new LinkedHashMap<>();
        if (settings.defaultRules()) {
            if (standardPack == null || standardPack.isBlank()) {
                report.accept("no standard pack: the launcher sets -Dfactcheck.standardPack=DIR|JAR");
            } else {
                // Our own build's pack: the precompiled image beside it is trusted, as in the command line.
                load("standard pack", Path.of(standardPack), true).ifPresent(p -> packs.putIfAbsent(p.id(), p));
            }
        }
        for (String extra : settings.rulePacks()) {
            load("rulePacks " + extra, Path.of(extra), false).ifPresent(p -> {
                if (packs.putIfAbsent(p.id(), p) != null) {
                    report.accept("rulePacks " + extra + ": pack " + p.id() + " is already loaded; skipped");
                }
            });
        }
        configured = compile(new ArrayList<>(packs.values()));
        workspacePacks.clear();
    }

    /** The compiled packs for a document in the given workspace folder (null: none). */
    List<CompiledPack> packsFor(Path workspaceFolder, boolean trustWorkspace) {
        List<CompiledPack> base = configured;
        if (!trustWorkspace || workspaceFolder == null) {
            return base;
        }
        Optional<CompiledPack> own = workspacePacks.computeIfAbsent(workspaceFolder, this::workspacePack);
        if (own.isEmpty() || base.stream().anyMatch(p -> p.pack().id().equals(own.get().pack().id()))) {
            return base;
        }
        List<CompiledPack> all = new ArrayList<>(base);
        all.add(own.get());
        return List.copyOf(all);
    }

    /** Forgets a workspace pack after one of its files changed; the next check reads it again. */
    void forgetWorkspacePack(Path workspaceFolder) {
        workspacePacks.remove(workspaceFolder);
    }

    private Optional<CompiledPack> workspacePack(Path folder) {
        Path dir = folder.resolve(WORKSPACE_PACK);
        if (!Files.isRegularFile(dir.resolve(RulePackLoader.PACK_FILE))) {
            return Optional.empty();
        }
        return load("workspace pack " + dir, dir, false).flatMap(p -> compile(List.of(p)).stream().findFirst());
    }

    private Optional<RulePack> load(String what, Path location, boolean trusted) {
        try {
            PackSource source = PackLocations.at(location, trusted);
            if (source == null) {
                report.accept(what + ": no such directory or jar");
                return Optional.empty();
            }
            return Optional.of(RulePackLoader.load(source));
        } catch (IOException | RuntimeException e) {
            report.accept(what + ": cannot load the rule pack: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Compiles packs and reports their diagnostics; an unusable pack is left out. */
    private List<CompiledPack> compile(List<RulePack> packs) {
        List<CompiledPack> usable = new ArrayList<>();
        for (CompiledPack c : checker.compile(packs)) {
            for (Diagnostic d : c.diagnostics()) {
                report.accept(d.packId() + ":" + d.file() + ":" + d.line() + ": " + d.message());
            }
            if (c.usable()) {
                usable.add(c);
            } else {
                report.accept(c.pack().id() + ": the pack did not compile; its rules do not run");
            }
        }
        return List.copyOf(usable);
    }
}
