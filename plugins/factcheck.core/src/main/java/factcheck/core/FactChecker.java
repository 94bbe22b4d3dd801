package factcheck.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import factcheck.core.article.Article;
import factcheck.core.extract.claim.WeightTable;
import factcheck.core.findings.Finding;
import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.RuleEngine;
import factcheck.core.rules.RulePack;
import factcheck.core.rules.RuleSettings;
import factcheck.core.rules.Suppressions;

/**
 * The engine's front door, used alike by the workbench, the command line and the tests: analyse an
 * article and run the compiled rule packs over it. Thread-safe.
 */
public final class FactChecker {

    private final Analyzer analyzer;
    private final RuleEngine engine;
    /** Weight tables by pack content key; empty for a pack without one. */
    private final Map<String, Optional<WeightTable>> weights = new ConcurrentHashMap<>();

    public FactChecker(Analyzer analyzer, RuleEngine engine) {
        this.analyzer = analyzer;
        this.engine = engine;
    }

    public FactChecker() {
        this(new Analyzer(), new RuleEngine());
    }

    public RuleEngine engine() {
        return engine;
    }

    /** Compiles (or fetches from the cache) each pack. */
    public List<CompiledPack> compile(List<RulePack> packs) {
        return packs.stream().map(engine::compile).toList();
    }

    public CheckResult check(Article article, List<CompiledPack> packs, RuleSettings settings) {
        Analysis analysis = analyzer.analyze(article, weights(packs));
        RuleEngine.Outcome outcome = engine.run(packs, analysis.facts(), article.text(), settings);
        List<Finding> findings = Suppressions.of(article.text()).filter(outcome.findings());
        return new CheckResult(analysis, findings, outcome.problems());
    }

    /**
     * The check-worthiness weights of the last usable pack that ships a table, so a team pack listed
     * after the standard one replaces its weights; null when none does.
     */
    public WeightTable weights(List<CompiledPack> packs) {
        WeightTable found = null;
        for (CompiledPack p : packs) {
            if (p.usable()) {
                found = weights.computeIfAbsent(p.pack().contentKey(),
                        k -> Optional.ofNullable(WeightTable.load(p.pack().data()))).orElse(found);
            }
        }
        return found;
    }
}
