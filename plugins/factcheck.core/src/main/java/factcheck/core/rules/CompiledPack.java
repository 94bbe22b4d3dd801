package factcheck.core.rules;

import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;

/**
 * A rule pack compiled into a KieBase, or the diagnostics saying why it could not be.
 *
 * @param pack        the pack
 * @param kieBase     the compiled rules, or null when the pack has errors
 * @param diagnostics problems, from loading and compiling
 * @param globals     values of the DRL globals made from the pack's data (besides {@code findings})
 * @param buildMillis how long compiling (or loading the image) took
 * @param fromImage   whether the KieBase came from the pack's precompiled {@link PackImage} rather
 *                    than from compiling its DRL
 */
public record CompiledPack(RulePack pack, KieBase kieBase, List<Diagnostic> diagnostics, Map<String, Object> globals,
        long buildMillis, boolean fromImage) {

    public CompiledPack {
        diagnostics = List.copyOf(diagnostics);
        globals = Map.copyOf(globals);
    }

    public boolean usable() {
        return kieBase != null;
    }
}
