package factcheck.core.extract.quote;

/**
 * Whether a quotation inside a sentence holds a term rather than someone's words: one or two words that
 * do not end a sentence ("voters who register as “undeclared”", "the “fiscal cliff” deal", "a “political
 * army”"). Such marks set a word apart (a label, a coinage, irony); with no cue or speaker next to them
 * they promise no speaker, so the attribution reader gives them no (unattributed) attribution, as it
 * does a title ({@link QuotedTitle}). A quotation a cue or a verb governs ("called it “reckless”") is
 * attributed before this question is asked; a short sentence in marks ("“Shameful!”") stays a quotation.
 */
public final class QuotedTerm {

    /** Longer runs of words in marks are more often someone's words than a term. */
    private static final int MAX_WORDS = 2;

    private QuotedTerm() {
    }

    /** Whether the quotation's words are one or two words with no sentence end among them. */
    public static boolean of(Quote q) {
        String t = q.content().text().strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == '!' || last == '?' || last == '\u2026') {
            return false;
        }
        return t.split("\\s+").length <= MAX_WORDS;
    }
}
