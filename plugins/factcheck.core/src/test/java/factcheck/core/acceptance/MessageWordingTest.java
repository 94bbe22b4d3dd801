package factcheck.core.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import factcheck.core.CheckResult;
import factcheck.core.FactChecker;
import factcheck.core.article.ArticleParser;
import factcheck.core.extract.attribution.Attribution;
import factcheck.core.findings.Finding;
import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.DirectoryPackSource;
import factcheck.core.rules.RulePackLoader;
import factcheck.core.rules.RuleSettings;

/**
 * Messages quote the article's words inside sentences of their own: a source that opened the
 * article's sentence ("The Chancellor insisted…") must not keep its capital "The" mid-message, while
 * names that start with "The" keep it.
 */
class MessageWordingTest {

    private static FactChecker checker;
    private static List<CompiledPack> packs;

    @BeforeAll
    static void compileStandardPack() throws Exception {
        checker = new FactChecker();
        packs = checker.compile(List.of(RulePackLoader.load(new DirectoryPackSource(
                Path.of(System.getProperty("factcheck.standardPack", "../../rules/pack"))))));
    }

    private static Finding finding(String body, String rule) throws Exception {
        String text = "date 2024-09-12 Port strike\n\n" + body + "\n";
        CheckResult result = checker.check(ArticleParser.parse("t.article", text), packs, RuleSettings.DEFAULTS);
        return result.findings().stream().filter(f -> f.ruleId().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + result.findings()));
    }

    @Test
    void aSentenceInitialTheIsLowerCasedInsideTheMessage() throws Exception {
        Finding f = finding("The Chancellor insisted that the port would reopen on Friday.", "attribution.loaded-cue");
        assertTrue(f.message().contains("how the Chancellor spoke"), f.message());
        Finding g = finding("The regional government claimed that the dockers had broken the agreement.",
                "attribution.loaded-cue");
        assertTrue(g.message().contains("doubt on the regional government's words"), g.message());
    }

    @Test
    void namesThatStartWithTheKeepTheirCapital() throws Exception {
        Finding f = finding("The Guardian reported that the port would reopen on Friday.", "attribution.second-hand");
        assertTrue(f.message().contains("say how The Guardian knows"), f.message());
    }

    @Test
    void aPronounSourceTakesItsPossessiveForm() throws Exception {
        Finding f = finding("Councillor Wiebke Strand spoke at the quay. She claimed that the dockers had broken the"
                + " agreement.", "attribution.loaded-cue");
        assertTrue(f.message().contains("doubt on her words"), f.message());
        assertEquals("his", Attribution.possessive("he"));
        assertEquals("their", Attribution.possessive("They"));
        assertEquals("the harbour master's", Attribution.possessive("the harbour master"));
    }

    @Test
    void aRelativePronounSourceIsNamedByItsPhrase() throws Exception {
        Finding f = finding("The closure was confirmed by Yonhap, which reported that the port would reopen on Friday.",
                "attribution.second-hand");
        assertTrue(f.message().contains("rests on \"Yonhap\"") && f.message().contains("how Yonhap knows"), f.message());
        Finding g = finding("The levy was modelled by economists, who say the port will lose trade.",
                "attribution.vague-source");
        assertTrue(g.message().contains("\"economists say\""), g.message());
    }

    @Test
    void oneOutletWithTwoCuesIsReportedOnce() throws Exception {
        String text = "date 2024-09-12 Port strike\n\nYonhap, citing two officials, reported that the talks had stalled.\n";
        CheckResult result = checker.check(ArticleParser.parse("t.article", text), packs, RuleSettings.DEFAULTS);
        assertEquals(1, result.findings().stream().filter(f -> f.ruleId().equals("attribution.second-hand")).count(),
                result.findings().toString());
        String relative = "date 2024-09-12 Port strike\n\nThe ferries stopped, according to Yonhap, who reported that the"
                + " talks had stalled.\n";
        CheckResult other = checker.check(ArticleParser.parse("t.article", relative), packs, RuleSettings.DEFAULTS);
        assertEquals(1, other.findings().stream().filter(f -> f.ruleId().equals("attribution.second-hand")).count(),
                other.findings().toString());
    }

    @Test
    void oneSpeakerOfAQuotationInTwoPartsIsReportedOnce() throws Exception {
        String text = "date 2024-09-12 Port strike\n\nHarbour master Ola Dahl spoke at the quay.\n\nThe strike went on.\n\n"
                + "\u201cThe pier will hold,\u201d he told Kyst Radio, \u201cand we will reopen in May.\u201d\n";
        CheckResult result = checker.check(ArticleParser.parse("t.article", text), packs, RuleSettings.DEFAULTS);
        assertEquals(1, result.findings().stream().filter(f -> f.ruleId().equals("attribution.pronoun-only")).count(),
                result.findings().toString());
        String consensus = "date 2024-09-12 Port strike\n\nWhile current consensus among scientists says the fault is"
                + " active, there are several ideas about the quake.\n";
        CheckResult other = checker.check(ArticleParser.parse("t.article", consensus), packs, RuleSettings.DEFAULTS);
        assertEquals(1, other.findings().stream().filter(f -> f.ruleId().equals("attribution.vague-source")).count(),
                other.findings().toString());
    }

    @Test
    void inSentenceKeepsOutletNamesAndLowersEverythingElse() {
        assertEquals("the President", Attribution.inSentence("The President", false));
        assertEquals("the U.S. President", Attribution.inSentence("The U.S. President", false));
        assertEquals("the White House", Attribution.inSentence("The White House", false));
        assertEquals("the United States government", Attribution.inSentence("The United States government", false));
        assertEquals("a spokeswoman", Attribution.inSentence("A spokeswoman", false));
        assertEquals("an embassy statement", Attribution.inSentence("An embassy statement", false));
        assertEquals("The Guardian", Attribution.inSentence("The Guardian", true));
        assertEquals("The New York Times", Attribution.inSentence("The New York Times", true));
        assertEquals("Thea Jansen", Attribution.inSentence("Thea Jansen", false));
        assertEquals("Theodore", Attribution.inSentence("Theodore", false));
    }
}
