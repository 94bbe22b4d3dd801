package factcheck.core.ledger;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import factcheck.core.CheckResult;
import factcheck.core.FactChecker;
import factcheck.core.article.ArticleParser;
import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.DirectoryPackSource;
import factcheck.core.rules.RulePackLoader;
import factcheck.core.rules.RuleSettings;

/** Checks test articles with the standard pack, compiled once for all ledger tests. */
public final class LedgerArticles {

    /** Five subjects: two unsourced figures, three vague sources. */
    public static final String ARTICLE = String.join("\n",
            "date 2021-11-10 Council approves the harbour budget",
            "",
            "Unemployment in the region fell to 7.5% last year.",
            "",
            "The new tram line cost $4.2 billion and carries 80,000 passengers a day.",
            "",
            "Critics say the plan is the most expensive project in the city's history.",
            "",
            "Officials said on Tuesday that the budget would pass.",
            "",
            "Economists say the plan will cut costs by 12 percent next year.",
            "");

    /**
     * The ledger tests are about anchoring claims and attributions: the informational date rules, which
     * name every relative day and period of the text, are off so the subjects stay the five above.
     */
    public static final RuleSettings FOCUS = new RuleSettings(Set.of("date.relative-day", "date.relative-period"), Map.of());

    /** The same for the command line. */
    public static final List<String> FOCUS_ARGS = List.of("--disable", "date.relative-day", "--disable", "date.relative-period");

    private static FactChecker checker;
    private static List<CompiledPack> packs;

    private LedgerArticles() {
    }

    public static synchronized CheckResult check(String text) throws Exception {
        if (checker == null) {
            checker = new FactChecker();
            String dir = System.getProperty("factcheck.standardPack", "../../rules/pack");
            packs = checker.compile(List.of(RulePackLoader.load(new DirectoryPackSource(Path.of(dir)))));
        }
        return checker.check(ArticleParser.parse("test.article", text), packs, FOCUS);
    }

    public static List<LedgerSubject> subjects(String text) throws Exception {
        return LedgerSubjects.of(check(text));
    }
}
