package factcheck.core.kb;

import java.util.List;

/**
 * The answer to "did this person hold this title on this date?".
 *
 * @param kind           the outcome
 * @param certain        true only when the name resolved to one person, the title to known offices,
 *                       and no date involved is imprecise, unverified or past the data's as-of date
 * @param person         the person the name resolved to, or null (unknown or ambiguous)
 * @param candidates     everyone the name could mean (several when ambiguous)
 * @param title          how the title was understood
 * @param heldOnDate     the person's terms in any office on the date (for "President since 2021-01-20")
 * @param titleTerms     the person's terms in the offices the title means: the matching ones for
 *                       HELD, the earlier or later ones for HELD_EARLIER / HELD_LATER, any for NOT_HELD,
 *                       the holder's that day for OTHER_HOLDER
 * @param suggestedTitle a title the person did hold that day, for NOT_HELD (and for "former" used of
 *                       a sitting holder); null otherwise
 * @param explanation    one sentence for a finding message
 */
public record TitleVerdict(Kind kind, boolean certain, Person person, List<Person> candidates, TitleQuery title,
        List<Term> heldOnDate, List<Term> titleTerms, String suggestedTitle, String explanation) {

    public TitleVerdict {
        candidates = List.copyOf(candidates);
        heldOnDate = List.copyOf(heldOnDate);
        titleTerms = List.copyOf(titleTerms);
    }

    /** Outcome of a title check. */
    public enum Kind {
        /** The person held an office the title means on that date (or, for "former", before it). */
        HELD,
        /** The person held other office(s) that day, not the one the title means. */
        NOT_HELD,
        /** Not on that date, but earlier; holds no listed office that day. */
        HELD_EARLIER,
        /** Not on that date, but later; holds no listed office that day. */
        HELD_LATER,
        /**
         * Held it earlier, but the date is after the data was last checked and the office's list
         * claims no completeness: the person may have returned to it since (a minister reappointed).
         */
        HELD_EARLIER_UNCHECKED,
        /** The person never held an office the title means (as far as the data goes). */
        NEVER_HELD,
        /**
         * No listed person has that name, and the office the title means was held that day by
         * someone whose names it does not resemble (see {@link OtherHolder}); titleTerms holds the
         * holder's term.
         */
        OTHER_HOLDER,
        /** No listed person has that name. */
        UNKNOWN_PERSON,
        /** The title is not in the lexicon, or names an office the data does not list. */
        UNKNOWN_TITLE,
        /** The name fits several people and the title and date do not single one out. */
        AMBIGUOUS_PERSON
    }
}
