package factcheck.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import factcheck.core.rules.PackLocations;
import factcheck.core.rules.RulePack;
import factcheck.core.rules.RulePackLoader;

/** The standard pack read during option parsing is the pack the run would read itself, and only that. */
class EarlyPackTest {

    private static Invocation invocation(Path workingDirectory, String standardPack) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        return new Invocation(new ByteArrayInputStream(new byte[0]), sink, sink, Terminal.NONE, workingDirectory,
                standardPack, false);
    }

    @Test
    void theEarlyPackIsThePackOfThatLocation() throws Exception {
        Path pack = CommandRunner.standardPack();
        EarlyPack.begin(new String[] {"--format", "json", "article.txt"}, invocation(pack.getParent(), pack.toString()));
        assertNull(EarlyPack.take(pack.resolveSibling("elsewhere")), "another location gets nothing");
        RulePack early = EarlyPack.take(pack);
        assertNotNull(early);
        RulePack read = RulePackLoader.load(PackLocations.at(pack, true));
        assertEquals(read.contentKey(), early.contentKey());
        assertEquals(read.rules().keySet(), early.rules().keySet());
        assertEquals(read.image() != null, early.image() != null, "trusted like the run's own read: with its image");
        assertNull(EarlyPack.take(pack), "taken once");
    }

    @Test
    void optionsThatNeedNoStandardPackReadNothing() {
        Path pack = CommandRunner.standardPack();
        for (String option : new String[] {"--version", "--help", "--no-default-rules", "--new-pack=x", "--test-pack"}) {
            EarlyPack.begin(new String[] {option, "a.txt"}, invocation(pack.getParent(), pack.toString()));
            assertNull(EarlyPack.take(pack), option);
        }
        EarlyPack.begin(new String[] {"a.txt"}, invocation(pack.getParent(), null));
        assertNull(EarlyPack.take(pack), "no standard pack named");
    }

    @Test
    void aPackThatCannotBeReadIsLeftToTheRun(@TempDir Path dir) {
        Path missing = dir.resolve("no-pack-here");
        EarlyPack.begin(new String[] {"a.txt"}, invocation(dir, missing.toString()));
        assertNull(EarlyPack.take(missing));
        Path broken = dir.resolve("broken");
        assertEquals(true, broken.toFile().mkdirs());
        EarlyPack.begin(new String[] {"a.txt"}, invocation(dir, broken.toString()));
        assertNull(EarlyPack.take(broken), "a folder without pack.yaml: the run reads it and reports why");
    }
}
