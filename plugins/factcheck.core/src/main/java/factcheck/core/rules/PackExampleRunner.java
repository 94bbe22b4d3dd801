package factcheck.core.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import factcheck.core.CheckResult;
import factcheck.core.FactChecker;
import factcheck.core.article.Article;
import factcheck.core.article.ArticleFormatException;
import factcheck.core.article.ArticleParser;
import factcheck.core.findings.Finding;

/**
 * Runs a pack's own examples, which make every pack its own test suite: each example must (or must
 * not) trigger its rule, cover the text it names, and leave no rule misbehaving; each rule needs
 * at least two examples of each kind. Used by the build's PackExamplesTest and by
 * {@code factcheck --test-pack}.
 */
public final class PackExampleRunner {

    /** Examples a rule needs of each kind (triggering, not triggering). */
    public static final int MINIMUM_EACH = 2;

    private final FactChecker checker;

    public PackExampleRunner(FactChecker checker) {
        this.checker = checker;
    }

    /** The outcome of one check: what was checked and, when it failed, why. */
    public record Result(String ruleId, String name, boolean passed, String failure) {
    }

    /** Every check of the pack: compilation, example counts, then each example in order. */
    public List<Result> run(CompiledPack pack) {
        List<Result> results = new ArrayList<>();
        results.add(new Result(pack.pack().id(), "compiles without diagnostics", pack.diagnostics().isEmpty(),
                pack.diagnostics().isEmpty() ? null : pack.diagnostics().toString()));
        for (RuleMetadata rule : pack.pack().rules().values()) {
            results.add(counts(rule));
            int n = 0;
            for (RuleExample example : rule.examples()) {
                results.add(run(pack, rule, example, ++n));
            }
        }
        return results;
    }

    /** Whether the rule has enough examples of each kind. */
    public static Result counts(RuleMetadata rule) {
        long positive = rule.examples().stream().filter(RuleExample::triggers).count();
        long negative = rule.examples().size() - positive;
        boolean ok = positive >= MINIMUM_EACH && negative >= MINIMUM_EACH;
        return new Result(rule.id(), "has " + MINIMUM_EACH + " examples that trigger and " + MINIMUM_EACH + " that do not",
                ok, ok ? null : rule.id() + " has " + positive + " triggering and " + negative + " non-triggering examples");
    }

    /** Runs one example of a rule. */
    public Result run(CompiledPack pack, RuleMetadata rule, RuleExample example, int number) {
        String name = (example.triggers() ? "triggers on " : "silent on ") + "#" + number + ": " + abbreviate(example.text());
        if (!pack.usable()) {
            return new Result(rule.id(), name, false, "the pack does not compile: " + pack.diagnostics());
        }
        Article article;
        try {
            LocalDate dateline = example.dateline() == null ? null : LocalDate.parse(example.dateline());
            article = ArticleParser.parse(rule.id() + "-example-" + number, example.text(), dateline);
        } catch (ArticleFormatException | DateTimeParseException e) {
            return new Result(rule.id(), name, false, "bad example: " + e.getMessage());
        }
        CheckResult result = checker.check(article, List.of(pack), RuleSettings.DEFAULTS);
        if (!result.problems().isEmpty()) {
            return new Result(rule.id(), name, false, "rules misbehaved: " + result.problems());
        }
        List<Finding> mine = result.findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
        if (!example.triggers()) {
            return mine.isEmpty() ? pass(rule, name)
                    : new Result(rule.id(), name, false, rule.id() + " must not fire but reported: " + messages(mine));
        }
        if (mine.isEmpty()) {
            return new Result(rule.id(), name, false, rule.id() + " must fire but did not");
        }
        if (example.match() != null) {
            List<String> covered = mine.stream().map(f -> example.text().substring(f.start(), f.end())).toList();
            if (!covered.contains(example.match())) {
                return new Result(rule.id(), name, false,
                        rule.id() + " must cover \"" + example.match() + "\" but covered " + covered);
            }
        }
        return pass(rule, name);
    }

    private static Result pass(RuleMetadata rule, String name) {
        return new Result(rule.id(), name, true, null);
    }

    private static List<String> messages(List<Finding> findings) {
        return findings.stream().map(Finding::message).toList();
    }

    private static String abbreviate(String s) {
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
