package factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import factcheck.core.findings.Category;
import factcheck.core.findings.Finding;
import factcheck.core.findings.Severity;

class SuppressionsTest {

    private static Finding at(String rule, int line) {
        return new Finding(rule, "p", Category.STYLE, Severity.INFO, "m", 0, 1, line, 1, List.of());
    }

    @Test
    void markdownCommentDisablesRulesForTheWholeArticle() {
        Suppressions s = Suppressions.of("<!-- factcheck-disable title.office-at-date, quote.unbalanced -->\nText.");
        assertTrue(s.suppresses(at("title.office-at-date", 9)));
        assertTrue(s.suppresses(at("quote.unbalanced", 1)));
        assertFalse(s.suppresses(at("claim.superlative", 1)));
    }

    @Test
    void plainTextMarkerAndLineScope() {
        String text = "First line.\nSecond line [factcheck-disable-line claim.superlative]\nThird line.";
        Suppressions s = Suppressions.of(text);
        assertTrue(s.suppresses(at("claim.superlative", 2)));
        assertFalse(s.suppresses(at("claim.superlative", 3)));
        assertEquals(2, s.filter(List.of(at("claim.superlative", 1), at("claim.superlative", 2), at("x", 2))).size());
    }

    @Test
    void starDisablesEverythingAndPlainMentionsDoNot() {
        assertTrue(Suppressions.of("[factcheck-disable *]").suppresses(at("any.rule", 4)));
        assertTrue(Suppressions.of("We wrote factcheck-disable title.x in prose.").isEmpty());
    }
}
