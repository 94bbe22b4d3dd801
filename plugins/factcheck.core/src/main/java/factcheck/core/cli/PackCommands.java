package factcheck.core.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import factcheck.core.FactChecker;
import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.DirectoryPackSource;
import factcheck.core.rules.JarPackSource;
import factcheck.core.rules.PackExampleRunner;
import factcheck.core.rules.PackScaffold;
import factcheck.core.rules.RulePackLoader;

/** The rule-pack author's commands: {@code --new-pack} and {@code --test-pack}. */
final class PackCommands {

    private PackCommands() {
    }

    static int newPack(Invocation invocation, String dir, String id) {
        Path target = invocation.workingDirectory().resolve(dir).normalize();
        String packId = id != null ? id
                : target.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-");
        try {
            PackScaffold.create(target, packId, packId);
        } catch (IOException | IllegalArgumentException e) {
            invocation.err().println(Messages.PREFIX + "--new-pack " + dir + ": " + e.getMessage());
            return ExitCode.ERROR;
        }
        invocation.out().println("created rule pack " + packId + " in " + target
                + "; test it with: factcheck --test-pack " + dir);
        return ExitCode.CLEAN;
    }

    static int testPack(Invocation invocation, String location) {
        Path path = invocation.workingDirectory().resolve(location).normalize();
        FactChecker checker = new FactChecker();
        CompiledPack pack;
        try {
            var source = Files.isDirectory(path) ? new DirectoryPackSource(path) : new JarPackSource(path);
            pack = checker.engine().compile(RulePackLoader.load(source));
        } catch (IOException e) {
            invocation.err().println(Messages.PREFIX + location + ": " + e.getMessage());
            return ExitCode.ERROR;
        }
        List<PackExampleRunner.Result> results = new PackExampleRunner(checker).run(pack);
        int failed = 0;
        for (PackExampleRunner.Result r : results) {
            if (r.passed()) {
                invocation.out().println("ok    " + r.ruleId() + ": " + r.name());
            } else {
                failed++;
                invocation.out().println("FAIL  " + r.ruleId() + ": " + r.name() + "\n      " + r.failure());
            }
        }
        invocation.out().println((results.size() - failed) + " passed, " + failed + " failed");
        return failed == 0 ? ExitCode.CLEAN : ExitCode.FINDINGS;
    }
}
