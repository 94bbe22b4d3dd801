package factcheck.core.rules;

import java.util.List;

import org.kie.api.KieBase;

/**
 * A rule pack compiled into a KieBase, or the diagnostics saying why it could not be.
 *
 * @param pack        the pack
 * @param kieBase     the compiled rules, or null when the pack has errors
 * @param diagnostics problems, from loading and compiling
 * @param buildMillis how long compiling took
 */
public record CompiledPack(RulePack pack, KieBase kieBase, List<Diagnostic> diagnostics, long buildMillis) {

    public CompiledPack {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean usable() {
        return kieBase != null;
    }
}
