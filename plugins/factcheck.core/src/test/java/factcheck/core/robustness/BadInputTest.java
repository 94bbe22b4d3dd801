package factcheck.core.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import factcheck.core.CheckResult;
import factcheck.core.FactChecker;
import factcheck.core.annotation.Annotation;
import factcheck.core.article.Article;
import factcheck.core.article.ArticleDecodingException;
import factcheck.core.article.ArticleFormatException;
import factcheck.core.article.ArticleParser;
import factcheck.core.article.TextDecoder;
import factcheck.core.findings.Finding;
import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.DirectoryPackSource;
import factcheck.core.rules.RulePackLoader;
import factcheck.core.rules.RuleSettings;

/**
 * What real drafts throw at the engine: every input either works or gives a clear error, nothing
 * throws an unexpected exception, and every finding and annotation stays inside the text. The
 * timeouts are hang detectors (minutes, far above normal), not performance budgets.
 */
class BadInputTest {

    private static final Duration HANG = Duration.ofMinutes(2);
    private static FactChecker checker;
    private static List<CompiledPack> packs;

    @BeforeAll
    static void compileStandardPack() throws Exception {
        checker = new FactChecker();
        String dir = System.getProperty("factcheck.standardPack", "../../rules/pack");
        packs = checker.compile(List.of(RulePackLoader.load(new DirectoryPackSource(Path.of(dir)))));
    }

    private static CheckResult check(String text) throws Exception {
        return assertTimeoutPreemptively(HANG, () -> {
            Article article = ArticleParser.parse("input", text);
            CheckResult result = checker.check(article, packs, RuleSettings.DEFAULTS);
            for (Finding f : result.findings()) {
                assertTrue(f.start() >= 0 && f.end() <= text.length() && f.start() <= f.end(), f.toString());
            }
            for (Annotation a : result.analysis().annotations()) {
                assertTrue(a.start() >= 0 && a.end() <= text.length() && a.start() <= a.end(), a.toString());
                assertEquals(text.substring(a.start(), a.end()), a.text(), "annotation text must match its offsets");
            }
            return result;
        });
    }

    @Test
    void emptyAndHeaderOnlyArticles() throws Exception {
        assertTrue(check("").findings().isEmpty());
        assertTrue(check("date 2020-02-02 Only a headline").analysis().sentences().isEmpty());
        assertTrue(check("date 2020-02-02 Only a headline\r\n").analysis().sentences().isEmpty());
        check("\n\n\n   \n");
    }

    @Test
    void binaryAndInvalidUtf8AreClearErrors() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        ArticleDecodingException bin = assertThrows(ArticleDecodingException.class, () -> TextDecoder.decode(png));
        assertTrue(bin.getMessage().contains("byte offset"), bin.getMessage());
        byte[] bad = "Prices rose \u00e9".getBytes(StandardCharsets.ISO_8859_1);
        ArticleDecodingException utf = assertThrows(ArticleDecodingException.class, () -> TextDecoder.decode(bad));
        assertEquals(12, utf.byteOffset());
    }

    @Test
    void utf16WithByteOrderMarkIsChecked() throws Exception {
        String body = "date 2020-05-05 Harbour\n\nOfficials say the harbour will reopen.";
        byte[] bytes = ("\uFEFF" + body).getBytes(StandardCharsets.UTF_16BE);
        String decoded = TextDecoder.decode(bytes);
        assertEquals(body, decoded);
        assertFalse(check(decoded).analysis().sentences().isEmpty());
    }

    @Test
    void aFiftyThousandCharacterSingleLine() throws Exception {
        StringBuilder line = new StringBuilder("date 2020-05-05 Long\n\n");
        while (line.length() < 50_000) {
            line.append("The council said on Tuesday that 12% more buses would run, according to officials; ");
        }
        CheckResult r = check(line.toString());
        assertFalse(r.analysis().sentences().isEmpty());
    }

    @Test
    void aTwentyMegabyteArticleIsRefusedQuicklyWithAClearMessage() throws Exception {
        StringBuilder big = new StringBuilder(21 * 1024 * 1024).append("date 2020-05-05 Huge\n\n");
        String paragraph = "The council said on Tuesday that 12% more buses would run next year.\n\n";
        while (big.length() < 20 * 1024 * 1024) {
            big.append(paragraph);
        }
        String text = big.toString();
        ArticleFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(ArticleFormatException.class, () -> ArticleParser.parse("huge", text)));
        assertTrue(e.getMessage().startsWith("article too large: 20,"), e.getMessage());
    }

    @Test
    void tenThousandUnbalancedQuotationMarks() throws Exception {
        String marks = "date 2020-05-05 Quotes\n\n" + "“".repeat(10_000) + " she said " + "\"".repeat(10_000);
        check(marks);
        StringBuilder mixed = new StringBuilder("date 2020-05-05 Quotes\n\n");
        for (int i = 0; i < 10_000; i++) {
            mixed.append(i % 3 == 0 ? "“a " : i % 3 == 1 ? "” b " : "\" c ");
        }
        check(mixed.toString());
    }

    @Test
    void deeplyNestedQuotes() throws Exception {
        String nested = "“‘“‘“‘“‘".repeat(500) + "deep" + "’”’”’”’”".repeat(500);
        check("date 2020-05-05 Nested\n\nThe mayor said " + nested + ".");
    }

    @Test
    void everyUnicodeQuoteAndDashVariant() throws Exception {
        String quotes = "\"'`´‘’‚‛“”„‟‹›«»「」『』〝〞〟＂＇";
        String dashes = "-‐‑‒–—―⁓⸺⸻﹘﹣－−";
        check("date 2020-05-05 Marks\n\nShe said " + quotes + " and " + dashes + " then left " + quotes + dashes + ".");
    }

    @Test
    void impossibleAndExtremeDatelines() throws Exception {
        ArticleFormatException feb30 = assertThrows(ArticleFormatException.class,
                () -> ArticleParser.parse("a", "date 2021-02-30 Bad\n\nText."));
        assertTrue(feb30.getMessage().contains("2021-02-30"), feb30.getMessage());
        ArticleFormatException year0 = assertThrows(ArticleFormatException.class,
                () -> ArticleParser.parse("a", "date 0000-00-10 Bad\n\nText."));
        assertTrue(year0.getMessage().contains("not a calendar date"), year0.getMessage());
        String body = "\n\nThe minister resigned last month and will return next week, she said on Monday.";
        for (LocalDate d : List.of(LocalDate.of(1, 1, 1), LocalDate.of(1752, 9, 14), LocalDate.of(9999, 12, 31))) {
            CheckResult r = assertTimeoutPreemptively(HANG,
                    () -> checker.check(ArticleParser.parse("a", "Far away" + body, d), packs, RuleSettings.DEFAULTS));
            assertEquals(d, r.analysis().article().dateline().orElseThrow().date());
        }
    }

    @Test
    void datesInTheTextThatCannotExist() throws Exception {
        check("date 2021-03-01 Calendar\n\nThe vote was held on February 30, 2021, and on 0000-00-00, and in year 0.");
    }
}
