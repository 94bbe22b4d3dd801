package factcheck.core.extract.quote;

/** What is wrong with a quotation's marks, if anything. */
public enum QuoteProblem {
    /** Opened and closed with a fitting pair of marks. */
    NONE,
    /** Opened and never closed before the end of the article (or of the headline). */
    UNCLOSED,
    /** Opened with “ and "closed" with another opening mark “; the fix is to replace it by ”. */
    MISMATCHED_CLOSE,
    /** A closing mark with no open quotation before it. */
    STRAY_CLOSE,
    /**
     * Opened with a closing mark turned the wrong way (”Words …” at a paragraph's start), then closed
     * properly; the fix is to replace the first mark by “.
     */
    WRONG_WAY_OPEN,
    /**
     * Still open at the end of a paragraph, but the next paragraph does not reopen with an opening
     * mark, so the news convention for a quotation running over several paragraphs does not apply.
     */
    PARAGRAPH_RUN_NOT_REOPENED
}
