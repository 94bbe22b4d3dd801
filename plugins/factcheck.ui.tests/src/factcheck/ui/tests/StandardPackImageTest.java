package factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import factcheck.core.rules.CompiledPack;
import factcheck.workspace.FactcheckWorkspace;

/**
 * The installed standard pack bundle ships the image its build precompiled (pack.kbin beside pack/),
 * and the workbench uses it instead of compiling the DRL when the first article opens.
 */
class StandardPackImageTest {

    @Test
    void theStandardPackLoadsFromItsPrecompiledImage() {
        List<CompiledPack> packs = FactcheckWorkspace.get().compiledPacks();
        CompiledPack standard = packs.stream().filter(p -> p.pack().id().equals("factcheck.standard")).findFirst()
                .orElseThrow(() -> new AssertionError("no standard pack among " + packs.stream().map(p -> p.pack().id()).toList()));
        assertTrue(standard.usable(), () -> "diagnostics: " + standard.diagnostics());
        assertTrue(standard.pack().image() != null, "the bundle at " + standard.pack().location() + " ships no pack.kbin");
        assertTrue(standard.fromImage(), "the image is there but was not used (stale or unreadable?)");
    }
}
