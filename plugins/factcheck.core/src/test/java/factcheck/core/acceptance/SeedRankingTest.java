package factcheck.core.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import factcheck.core.CheckResult;
import factcheck.core.FactChecker;
import factcheck.core.article.ArticleParser;
import factcheck.core.article.TextDecoder;
import factcheck.core.extract.claim.Claim;
import factcheck.core.rules.DirectoryPackSource;
import factcheck.core.rules.RulePackLoader;
import factcheck.core.rules.RuleSettings;

/**
 * The standard pack's check-worthiness ranking of the seed article puts the claims an editor must
 * check first in the top third of its sentences: the record number of incursions and the two
 * time-bounded negatives ("have not met in person since", "has not traveled outside of China since").
 */
class SeedRankingTest {

    private static List<Claim> ranked;

    @BeforeAll
    static void rank() throws Exception {
        Path sample = Path.of(System.getProperty("factcheck.samples", "../../samples"), "us-china-talks-2021-11-10.article");
        String text = TextDecoder.decode(Files.readAllBytes(sample));
        FactChecker checker = new FactChecker();
        var pack = RulePackLoader.load(new DirectoryPackSource(Path.of(System.getProperty("factcheck.standardPack", "../../rules/pack"))));
        CheckResult result = checker.check(ArticleParser.parse(sample.toString(), text), checker.compile(List.of(pack)),
                RuleSettings.DEFAULTS);
        ranked = result.analysis().annotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
                .sorted(Comparator.comparingDouble(Claim::score).reversed().thenComparingInt(Claim::start)).toList();
        assertTrue(ranked.size() >= 12, "every sentence is scored: " + ranked.size());
        assertTrue(ranked.stream().allMatch(c -> !c.signals().isEmpty()), "scored with the pack's table");
    }

    @ParameterizedTest
    @ValueSource(strings = {"record number of incursions", "have not met in person since",
        "has not traveled outside of China since"})
    void inTheTopThird(String words) {
        List<Claim> holding = ranked.stream().filter(c -> c.text().contains(words)).toList();
        assertEquals(1, holding.size(), words);
        int rank = ranked.indexOf(holding.get(0)) + 1;
        assertTrue(rank * 3 <= ranked.size() + 2, "'" + words + "' ranks " + rank + " of " + ranked.size());
    }
}
