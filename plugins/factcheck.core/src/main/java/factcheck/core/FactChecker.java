package factcheck.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import factcheck.core.article.Article;
import factcheck.core.extract.claim.WeightTable;
import factcheck.core.findings.Finding;
import factcheck.core.nlp.SentenceMemo;
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
        return run(article, analyze(article, weights(packs)), packs, settings);
    }

    /**
     * As {@link #check(Article, List, RuleSettings)}, with the NLP of paragraphs that have not changed
     * since {@code memo}'s previous text taken from there: for an editor re-checking as the user types.
     */
    public CheckResult check(Article article, List<CompiledPack> packs, RuleSettings settings, SentenceMemo memo) {
        return run(article, analyzer.analyze(article, weights(packs), memo), packs, settings);
    }

    /**
     * The article's analysis with the given check-worthiness weights: the part of a check that needs
     * no compiled rule, so a caller can run it while the packs still compile (with
     * {@link #expectedWeights}) and finish with {@link #check(Article, Analysis, WeightTable, List, RuleSettings)}.
     */
    public Analysis analyze(Article article, WeightTable weights) {
        return analyzer.analyze(article, weights);
    }

    /**
     * Runs the packs over an analysis made by {@link #analyze}; analyses the article again when the
     * analysis was made with other weights than the packs give (a pack that ships them failed to compile).
     */
    public CheckResult check(Article article, Analysis analysis, WeightTable analysedWith, List<CompiledPack> packs,
            RuleSettings settings) {
        WeightTable wanted = weights(packs);
        return run(article, analysedWith == wanted ? analysis : analyze(article, wanted), packs, settings);
    }

    private CheckResult run(Article article, Analysis current, List<CompiledPack> packs, RuleSettings settings) {
        RuleEngine.Outcome outcome = engine.run(packs, current.facts(), article.text(), settings);
        List<Finding> findings = Suppressions.of(article.text()).filter(outcome.findings());
        return new CheckResult(current, findings, outcome.problems());
    }

    /**
     * The weights {@link #weights} will give once the packs compiled, if they all do: those of the
     * last loaded pack that ships a table.
     */
    public WeightTable expectedWeights(List<RulePack> packs) {
        WeightTable found = null;
        for (RulePack p : packs) {
            found = table(p).orElse(found);
        }
        return found;
    }

    private Optional<WeightTable> table(RulePack pack) {
        return weights.computeIfAbsent(pack.contentKey(), k -> {
            try {
                return Optional.ofNullable(WeightTable.load(pack.data()));
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // such a pack is refused when it compiles (RulePackLoader says why)
            }
        });
    }

    /**
     * The check-worthiness weights of the last usable pack that ships a table, so a team pack listed
     * after the standard one replaces its weights; null when none does.
     */
    public WeightTable weights(List<CompiledPack> packs) {
        WeightTable found = null;
        for (CompiledPack p : packs) {
            if (p.usable()) {
                found = table(p.pack()).orElse(found);
            }
        }
        return found;
    }
}
