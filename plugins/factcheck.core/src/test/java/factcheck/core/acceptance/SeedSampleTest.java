package factcheck.core.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import factcheck.core.CheckResult;
import factcheck.core.FactChecker;
import factcheck.core.article.ArticleParser;
import factcheck.core.article.TextDecoder;
import factcheck.core.findings.Finding;
import factcheck.core.findings.Fix;
import factcheck.core.rules.DirectoryPackSource;
import factcheck.core.rules.RulePackLoader;
import factcheck.core.rules.RuleSettings;

/**
 * The standard pack on the bundled seed article (dated 2021-11-10): it must catch what an editor
 * would, and leave the correct titles and past roles alone. The rules know nothing of this text;
 * each rule's own examples (other people, offices and dates) are in the pack.
 */
class SeedSampleTest {

    private static String text;
    private static List<Finding> findings;

    @BeforeAll
    static void checkSample() throws Exception {
        Path sample = Path.of(System.getProperty("factcheck.samples", "../../samples"), "us-china-talks-2021-11-10.article");
        text = TextDecoder.decode(Files.readAllBytes(sample));
        FactChecker checker = new FactChecker();
        var pack = RulePackLoader.load(new DirectoryPackSource(Path.of(System.getProperty("factcheck.standardPack", "../../rules/pack"))));
        CheckResult result = checker.check(ArticleParser.parse(sample.toString(), text), checker.compile(List.of(pack)),
                RuleSettings.DEFAULTS);
        assertEquals(List.of(), result.problems());
        findings = result.findings();
    }

    private static List<Finding> covering(String words) {
        int start = text.indexOf(words);
        assertTrue(start >= 0, words);
        int end = start + words.length();
        return findings.stream().filter(f -> f.start() < end && start < f.end()).toList();
    }

    private static String rules(List<Finding> fs) {
        return fs.stream().map(Finding::ruleId).sorted().collect(Collectors.joining(", "));
    }

    @Test
    void wrongTitleIsAnErrorWithTheTitleHeldThenAsFix() {
        Finding f = covering("Vice President Joe Biden").stream().filter(x -> x.ruleId().equals("title.office-at-date"))
                .findFirst().orElseThrow(() -> new AssertionError("no title finding; findings: " + findings));
        assertEquals("ERROR", f.severity().name());
        assertTrue(f.message().contains("President") && f.message().contains("2021-01-20"), f.message());
        Fix fix = f.fixes().get(0);
        assertEquals("Vice President", text.substring(fix.start(), fix.end()));
        assertEquals("President", fix.replacement());
    }

    @Test
    void relativeDatesAreReadAgainstTheDatelineAndNamed() {
        Finding month = covering("last month").stream().filter(x -> x.ruleId().equals("date.relative-period")).findFirst()
                .orElseThrow(() -> new AssertionError("no relative-period finding; findings: " + findings));
        assertTrue(month.message().contains("October 2021"), month.message());
        assertEquals("last month", text.substring(month.start(), month.end()));
        assertEquals("in October", month.fixes().get(0).replacement());
        Finding day = covering("Tuesday evening").stream().filter(x -> x.ruleId().equals("date.relative-day")).findFirst()
                .orElseThrow(() -> new AssertionError("no relative-day finding; findings: " + findings));
        assertTrue(day.message().contains("\"Tuesday evening\" is") && day.message().contains("Tuesday 9 November 2021, the day"
                + " before"), day.message());
    }

    @Test
    void brokenQuotationIsReportedAtTheWrongMark() {
        int wrongMark = text.indexOf("both “") + "both ".length();
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("quote.unbalanced") && f.start() <= wrongMark
                && wrongMark < f.end()), () -> "findings: " + findings);
    }

    @Test
    void vagueAndSecondHandAttributions() {
        assertTrue(rules(covering("Diplomats expect")).contains("attribution.vague-source"), rules(covering("Diplomats expect")));
        assertTrue(rules(covering("According to CNN")).contains("attribution.second-hand"), rules(covering("According to CNN")));
        assertTrue(rules(covering("According to an embassy statement, Xi remarked")).contains("attribution.indirect-chain"),
                rules(covering("According to an embassy statement, Xi remarked")));
    }

    @Test
    void recordClaimIsFlagged() {
        assertTrue(rules(covering("a record number of incursions")).contains("claim.superlative"),
                rules(covering("a record number of incursions")));
    }

    @Test
    void correctTitlesAndPastRolesAreLeftAlone() {
        for (String ok : List.of("President Xi Jinping", "as Vice President", "US Secretary of State Antony Blinken",
                "China’s ambassador, Qin Gang", "Chinese Foreign Minister Wang Yi")) {
            List<Finding> titleFindings = covering(ok).stream().filter(f -> f.category().id().equals("title")).toList();
            assertEquals(List.of(), titleFindings, ok);
        }
    }
}
