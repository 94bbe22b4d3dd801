package factcheck.workspace;

import java.util.List;

import factcheck.core.FactChecker;
import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.RuleEngine;
import factcheck.core.rules.EngineLimits;
import factcheck.core.Analyzer;
import factcheck.workspace.packs.RulePackRegistry;

/**
 * The workbench's single engine: one FactChecker (models and compiled packs shared by the editor,
 * the builder and commands) over the packs of the registry. Created lazily, never in an activator.
 */
public final class FactcheckWorkspace {

    private static final class Holder {
        static final FactcheckWorkspace INSTANCE = new FactcheckWorkspace();
    }

    private final RulePackRegistry registry = new RulePackRegistry();
    // Drools must see our fact model and its embedded libraries: give it the core bundle's loader.
    private final FactChecker checker = new FactChecker(new Analyzer(),
            new RuleEngine(FactChecker.class.getClassLoader(), EngineLimits.DEFAULTS));

    private FactcheckWorkspace() {
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

    /** The contributed packs, compiled (cached until a pack changes). May take a second the first time. */
    public List<CompiledPack> compiledPacks() {
        return checker.compile(registry.packs());
    }
}
