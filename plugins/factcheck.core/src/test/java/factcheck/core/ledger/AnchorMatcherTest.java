package factcheck.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import factcheck.core.findings.Category;
import factcheck.core.findings.Finding;
import factcheck.core.findings.Severity;

/**
 * Entries find their claims again after edits of the article: the standard pack's real findings on
 * a real article, edited the ways editors edit.
 */
class AnchorMatcherTest {

    private static final String ARTICLE = LedgerArticles.ARTICLE;

    /** A ledger with every subject of the text verified, each with a note naming its match. */
    private static Ledger allVerified(String text) throws Exception {
        Ledger ledger = Ledger.empty("test.article");
        for (LedgerRow row : AnchorMatcher.match(ledger, LedgerArticles.subjects(text))) {
            ledger = ledger.with(List.of(row.edit(ledger, LedgerStatus.VERIFIED, "checked " + row.anchor().match(),
                    List.of("https://example.org/" + row.anchor().rule()), "alice", Instant.EPOCH)));
        }
        return ledger;
    }

    private static LedgerRow rowFor(List<LedgerRow> rows, String match) {
        return rows.stream().filter(r -> r.subject() != null && r.subject().anchor().match().contains(match))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + match + " in " + rows));
    }

    @Test
    void theArticleHasFiveSubjects() throws Exception {
        List<LedgerSubject> subjects = LedgerArticles.subjects(ARTICLE);
        assertEquals(List.of("7.5%", "$4.2 billion", "Critics say", "Officials said", "Economists say"),
                subjects.stream().map(s -> s.anchor().match()).toList());
        assertEquals("Unemployment in the region fell to 7.5% last year.", subjects.get(0).anchor().claim());
        assertTrue(subjects.get(0).claimScore() >= 0.6, "a percentage is highly check-worthy");
    }

    @Test
    void entriesSurviveInsertionsAndDeletionsElsewhere() throws Exception {
        Ledger ledger = allVerified(ARTICLE);
        assertEquals(5, ledger.entries().size());
        String edited = ARTICLE
                .replace("Council approves the harbour budget\n\n",
                        "Council approves the harbour budget\n\nThe council met for six hours.\n\n")
                .replace("Critics say the plan is the most expensive project in the city's history.\n\n", "")
                .replace("Officials said on Tuesday", "Late in the evening, the chair spoke.\n\nOfficials said on Tuesday");
        List<LedgerRow> rows = AnchorMatcher.match(ledger, LedgerArticles.subjects(edited));

        for (String match : List.of("7.5%", "$4.2 billion", "Officials said", "Economists say")) {
            LedgerRow row = rowFor(rows, match);
            assertEquals(LedgerRow.State.CURRENT, row.state(), match);
            assertEquals(LedgerStatus.VERIFIED, row.status(), match);
            assertEquals("checked " + match, row.entry().note(), "the entry of " + match + " moved with its claim");
            assertEquals(edited.indexOf(match), row.subject().finding().start());
        }
        List<LedgerRow> missing = rows.stream().filter(r -> r.state() == LedgerRow.State.MISSING).toList();
        assertEquals(1, missing.size(), "the deleted claim's entry is kept, not dropped: " + rows);
        assertEquals("Critics say", missing.get(0).entry().anchor().match());
        assertEquals("4 claims: 4 verified (1 no longer found)", LedgerSummary.of(rows).toString());
    }

    @Test
    void anEditedClaimIsChangedSinceCheckedAndKeepsItsOldText() throws Exception {
        Ledger ledger = allVerified(ARTICLE);
        String edited = ARTICLE.replace("fell to 7.5% last year", "fell to 7.8% last year");
        List<LedgerRow> rows = AnchorMatcher.match(ledger, LedgerArticles.subjects(edited));

        LedgerRow row = rowFor(rows, "7.8%");
        assertEquals(LedgerRow.State.CHANGED, row.state());
        assertEquals("Unemployment in the region fell to 7.5% last year.", row.entry().anchor().claim());
        assertEquals("7.5%", row.entry().anchor().match());
        assertEquals("verified (changed since checked)", row.label());
        assertTrue(!row.checked(), "a changed claim needs checking again");
        assertEquals(4, rows.stream().filter(r -> r.state() == LedgerRow.State.CURRENT).count());
        assertEquals("5 claims: 4 verified, 1 changed since checked", LedgerSummary.of(rows).toString());

        // Setting the status again re-anchors the entry to the new text: it is current afterwards.
        Ledger rechecked = ledger.with(List.of(row.edit(ledger, LedgerStatus.DISPUTED, "new figure", List.of(), "bob",
                Instant.EPOCH)));
        LedgerRow again = rowFor(AnchorMatcher.match(rechecked, LedgerArticles.subjects(edited)), "7.8%");
        assertEquals(LedgerRow.State.CURRENT, again.state());
        assertEquals(LedgerStatus.DISPUTED, again.status());
        assertEquals(row.entry().id(), again.entry().id(), "the entry keeps its identity");
    }

    @Test
    void aRewrittenClaimNeverPassesItsEntryToAnotherClaim() throws Exception {
        Ledger ledger = allVerified(ARTICLE);
        // Same rule (an unsourced figure), same place, a different claim.
        String edited = ARTICLE.replace("Unemployment in the region fell to 7.5% last year.",
                "Ferry tickets will cost 30% more from March.");
        List<LedgerRow> rows = AnchorMatcher.match(ledger, LedgerArticles.subjects(edited));

        LedgerRow ferry = rowFor(rows, "30%");
        assertEquals(LedgerRow.State.NEW, ferry.state(), "a different claim starts unchecked");
        assertEquals(LedgerStatus.UNCHECKED, ferry.status());
        assertEquals("checked $4.2 billion", rowFor(rows, "$4.2 billion").entry().note());
        LedgerRow gone = rows.stream().filter(r -> r.state() == LedgerRow.State.MISSING).findFirst().orElseThrow();
        assertEquals("7.5%", gone.entry().anchor().match());
    }

    @Test
    void aRepeatedSentenceKeepsItsEntryByContextAndATieAttachesNothing() throws Exception {
        String twice = ARTICLE + "\nOfficials said on Tuesday that the budget would pass.\n";
        List<LedgerSubject> subjects = LedgerArticles.subjects(twice);
        List<LedgerSubject> officials = subjects.stream().filter(s -> s.anchor().match().equals("Officials said"))
                .toList();
        assertEquals(2, officials.size());
        Ledger ledger = Ledger.empty("test.article");
        LedgerRow first = AnchorMatcher.match(ledger, subjects).stream()
                .filter(r -> r.subject() == officials.get(1)).findFirst().orElseThrow();
        ledger = ledger.with(List.of(first.edit(ledger, LedgerStatus.FALSE, "", List.of(), "", null)));

        List<LedgerRow> rows = AnchorMatcher.match(ledger, LedgerArticles.subjects(twice));
        List<LedgerRow> both = rows.stream()
                .filter(r -> r.subject() != null && r.subject().anchor().match().equals("Officials said")).toList();
        assertEquals(LedgerRow.State.NEW, both.get(0).state(), "the other occurrence is not the checked one");
        assertEquals(LedgerStatus.FALSE, both.get(1).status());

        // Two candidates with the same text and no context to tell them apart: attach to neither.
        LedgerEntry lost = new LedgerEntry("x", new Anchor("attribution.vague-source", "attribution",
                "Officials said on Tuesday that the budget would pass.", "Officials said", "nothing like", "this"),
                LedgerStatus.VERIFIED, "", List.of(), "", null);
        List<LedgerSubject> twoBare = List.of(synthetic("Officials said on Tuesday that the budget would pass.", "A b"),
                synthetic("Officials said on Tuesday that the budget would pass.", "C d"));
        List<LedgerRow> tie = AnchorMatcher.match(new Ledger("t", List.of(lost)), twoBare);
        assertTrue(tie.stream().limit(2).allMatch(r -> r.entry() == null), tie.toString());
        assertEquals(LedgerRow.State.MISSING, tie.get(2).state());
    }

    @Test
    void twoEntriesWantingOneEditedClaimEquallyGetNeither() {
        LedgerSubject edited = synthetic("The plan will cut costs by 15 percent next year.", "Before it");
        Anchor a = new Anchor("r", "claim", "The plan will cut costs by 12 percent next year.", "x", "Before it", "");
        Anchor b = new Anchor("r", "claim", "The plan will cut costs by 13 percent next year.", "x", "Before it", "");
        Ledger ledger = new Ledger("t", List.of(LedgerEntry.unchecked("a", a), LedgerEntry.unchecked("b", b)));
        List<LedgerRow> rows = AnchorMatcher.match(ledger, List.of(edited));
        assertNull(rows.get(0).entry(), rows.toString());
        assertEquals(2, rows.stream().filter(r -> r.state() == LedgerRow.State.MISSING).count());

        // With only one of them, the close match is taken, as changed.
        List<LedgerRow> one = AnchorMatcher.match(new Ledger("t", List.of(LedgerEntry.unchecked("a", a))),
                List.of(edited));
        assertNotNull(one.get(0).entry());
        assertEquals(LedgerRow.State.CHANGED, one.get(0).state());
        assertSame(edited, one.get(0).subject());
    }

    /** A subject of rule "r" (or the vague-source rule for "Officials said") on the sentence, after {@code before}. */
    private static LedgerSubject synthetic(String sentence, String before) {
        String text = before + ". " + sentence;
        int start = text.indexOf(sentence);
        String rule = sentence.startsWith("Officials") ? "attribution.vague-source" : "r";
        String match = sentence.startsWith("Officials") ? "Officials said" : "x";
        Finding f = new Finding(rule, "p", Category.CLAIM, Severity.WARNING, "m", start, start + 5, 1, 1,
                new ArrayList<>());
        Anchor anchor = Anchor.of(rule, "claim", text, start, text.length(), start, start + 5);
        return new LedgerSubject(f, new Anchor(rule, "claim", anchor.claim(), match, anchor.before(), anchor.after()),
                0.5);
    }
}
