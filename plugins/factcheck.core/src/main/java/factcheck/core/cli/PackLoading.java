package factcheck.core.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.Diagnostic;
import factcheck.core.rules.PackLocations;
import factcheck.core.rules.PackSource;
import factcheck.core.rules.RulePack;
import factcheck.core.rules.RulePackLoader;

/**
 * Finds and loads the rule packs of a run: the standard pack (unless {@code --no-default-rules})
 * then each {@code --rules} directory or jar. A pack that cannot be loaded is reported and skipped,
 * never stopping the others; {@link #failed()} then tells the command to exit with 2 at the end.
 */
final class PackLoading {

    private final Messages messages;
    private final Map<String, RulePack> packs = new LinkedHashMap<>();
    private boolean failed;

    PackLoading(Messages messages) {
        this.messages = messages;
    }

    /**
     * Loads the packs; afterwards {@link #packs()} holds those that loaded, in order.
     *
     * @param standardPack the standard pack's location (from the launcher), or null
     * @param useDefault   false with {@code --no-default-rules}
     * @param extra        the {@code --rules} arguments
     */
    void load(String standardPack, boolean useDefault, List<String> extra, Path workingDirectory) {
        if (useDefault) {
            if (standardPack == null || standardPack.isBlank()) {
                if (extra.isEmpty()) {
                    messages.tool("no rule packs: the standard pack's location is not set (the ./factcheck launcher"
                            + " sets -D" + Invocation.STANDARD_PACK_PROPERTY + "=DIR|JAR); give --rules DIR|JAR");
                    failed = true;
                }
            } else {
                // The standard pack comes from our own build, so the precompiled image the build put
                // beside it (rules/pack → rules/pack.kbin; in a jar, pack/ → pack.kbin) is trusted.
                Path location = workingDirectory.resolve(standardPack);
                RulePack early = EarlyPack.take(location);
                if (early != null) {
                    packs.put(early.id(), early);
                } else {
                    add("standard pack " + standardPack, location, true);
                }
            }
        }
        for (String arg : extra) {
            add("--rules " + arg, workingDirectory.resolve(arg), false);
        }
        if (packs.isEmpty() && !failed) {
            messages.tool("no rule packs to run: give --rules DIR|JAR");
            failed = true;
        }
    }

    /**
     * @param trusted whether the pack comes from our own build, so that the precompiled image beside
     *                it may be used (never for --rules: an image carries bytecode the DRL import
     *                allowlist cannot check)
     */
    private void add(String what, Path location, boolean trusted) {
        try {
            PackSource source = PackLocations.at(location, trusted);
            if (source == null) {
                messages.tool(what + ": no such directory or jar");
                failed = true;
                return;
            }
            RulePack pack = RulePackLoader.load(source);
            RulePack earlier = packs.putIfAbsent(pack.id(), pack);
            if (earlier != null) {
                messages.tool(what + ": pack " + pack.id() + " is already loaded from " + earlier.location()
                        + "; skipped");
            }
        } catch (IOException | RuntimeException e) {
            messages.tool(what + ": cannot load the rule pack: " + e.getMessage());
            failed = true;
        }
    }

    /** Where a project keeps its own rule pack, relative to the project folder. */
    static final String PROJECT_PACK = ".factcheck/rules";

    /**
     * The own rule packs of the projects the PATHs are in (the nearest parent folder holding
     * {@value #PROJECT_PACK}/pack.yaml): added when {@code run}, else named once on stderr as not run.
     * Such a pack arrives with whatever was cloned, so it never runs without the user asking.
     */
    void projectPacks(List<String> paths, Path workingDirectory, boolean run) {
        java.util.Set<Path> found = new java.util.LinkedHashSet<>();
        for (String path : paths.isEmpty() ? List.of(".") : paths) {
            Path start = path.equals("-") ? workingDirectory : workingDirectory.resolve(path).toAbsolutePath().normalize();
            for (Path dir = Files.isDirectory(start) ? start : start.getParent(); dir != null; dir = dir.getParent()) {
                Path pack = dir.resolve(PROJECT_PACK);
                if (Files.isRegularFile(pack.resolve(RulePackLoader.PACK_FILE))) {
                    found.add(pack);
                    break;
                }
            }
        }
        for (Path pack : found) {
            if (run) {
                add("project pack " + pack, pack, false);
            } else {
                messages.tool(pack + ": this project's own rule pack is not run (pass --project-rules to run it)");
            }
        }
    }

    List<RulePack> packs() {
        return List.copyOf(packs.values());
    }

    boolean failed() {
        return failed;
    }

    /**
     * Prints each pack's diagnostics as {@code pack:file:line:col: error: message} (warnings for a
     * pack that still compiled) and returns whether any pack is unusable.
     */
    static boolean report(List<CompiledPack> compiled, Messages messages) {
        boolean broken = false;
        for (CompiledPack pack : compiled) {
            String level = pack.usable() ? "warning" : "error";
            for (Diagnostic d : pack.diagnostics()) {
                messages.line(format(d, level));
            }
            if (!pack.usable()) {
                broken = true;
                if (pack.diagnostics().isEmpty()) {
                    messages.line(pack.pack().id() + ": error: the pack did not compile");
                }
            }
        }
        return broken;
    }

    /** Load-time diagnostics, for runs that do not compile (--list-rules, --explain). */
    static void reportLoaded(List<RulePack> loaded, Messages messages) {
        for (RulePack pack : loaded) {
            pack.diagnostics().forEach(d -> messages.line(format(d, "error")));
        }
    }

    static String format(Diagnostic d, String level) {
        StringBuilder where = new StringBuilder(d.packId()).append(':').append(d.file());
        if (d.line() > 0) {
            where.append(':').append(d.line());
            if (d.column() > 0) {
                where.append(':').append(d.column());
            }
        }
        return where + ": " + level + ": " + Messages.oneLine(d.message());
    }
}
