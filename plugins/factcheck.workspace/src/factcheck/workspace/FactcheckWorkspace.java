package factcheck.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IProject;

import factcheck.core.FactChecker;
import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.RuleEngine;
import factcheck.core.rules.EngineLimits;
import factcheck.core.Analyzer;
import factcheck.workspace.packs.ProjectPacks;
import factcheck.workspace.packs.RulePackRegistry;
import factcheck.workspace.settings.SettingsRecheck;

/**
 * The workbench's single engine: one FactChecker (models and compiled packs shared by the editor,
 * the builder and commands) over the packs of the registry. Created lazily, never in an activator.
 */
public final class FactcheckWorkspace {

    private static final class Holder {
        static final FactcheckWorkspace INSTANCE = new FactcheckWorkspace();
    }

    private final RulePackRegistry registry = new RulePackRegistry();
    private final ProjectPacks projectPacks = new ProjectPacks();
    // Drools must see our fact model and its embedded libraries: give it the core bundle's loader.
    private final FactChecker checker = new FactChecker(new Analyzer(),
            new RuleEngine(FactChecker.class.getClassLoader(), EngineLimits.DEFAULTS));

    private FactcheckWorkspace() {
        // From now on a change of the rule settings re-checks the articles they apply to.
        SettingsRecheck.get();
    }

    public static FactcheckWorkspace get() {
        return Holder.INSTANCE;
    }

    public FactChecker checker() {
        return checker;
    }

    public RulePackRegistry registry() {
        return registry;
    }

    public ProjectPacks projectPacks() {
        return projectPacks;
    }

    /**
     * The packs for the project's articles: the contributed ones and, when it compiles, the
     * project's own workspace pack ({@link ProjectPacks}). Null project: the contributed packs only.
     */
    public List<CompiledPack> compiledPacks(IProject project) {
        List<CompiledPack> packs = new ArrayList<>(compiledPacks());
        compiledProjectPack(project).filter(CompiledPack::usable).ifPresent(packs::add);
        return packs;
    }

    /** The project's workspace pack compiled (cached by content), with its diagnostics; empty without one. */
    public Optional<CompiledPack> compiledProjectPack(IProject project) {
        return projectPacks.pack(project).map(checker.engine()::compile);
    }

    /** The contributed packs, compiled (cached until a pack changes). May take a second the first time. */
    public List<CompiledPack> compiledPacks() {
        return checker.compile(registry.packs());
    }
}
