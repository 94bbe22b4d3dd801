package factcheck.core.extract.person;

/**
 * A title with its modifiers as written: "former US Secretary of State", "then-Senator",
 * "President-elect", "China’s ambassador to France", "the two presidents".
 *
 * @param first      index of the first word (first modifier)
 * @param end        index after the last word consumed (title, "-elect", "of/to Country")
 * @param start      start offset of the phrase
 * @param stop       end offset of the phrase
 * @param title      the normalised title
 * @param titleStart start offset of the title words
 * @param titleEnd   end offset of the title words
 * @param country    the country named by a modifier, or null
 * @param kind       how the title relates to its holder now
 * @param deceased   whether "the late" preceded it
 * @param plural     whether the title was written in the plural ("presidents")
 * @param definite   whether a determiner, number or possessive makes it a definite reference
 * @param count      the number written before it ("the two presidents" → 2; "both" → 2), else 0
 * @param afterAs    whether it follows "as" ("served as Vice President")
 */
record TitlePhrase(int first, int end, int start, int stop, String title, int titleStart, int titleEnd,
        String country, TitleKind kind, boolean deceased, boolean plural, boolean definite, int count,
        boolean afterAs) {
}
