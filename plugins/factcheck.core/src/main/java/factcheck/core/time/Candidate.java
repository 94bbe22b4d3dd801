package factcheck.core.time;

import java.util.function.Function;

/**
 * A stretch of words a grammar rule recognised, with how to resolve it once the anchor is known.
 *
 * @param from    first word index
 * @param to      word index after the last word
 * @param guard   which context check the resolver must still make before accepting it
 * @param meaning resolves the expression against an anchor
 */
record Candidate(int from, int to, Guard guard, Function<Anchor, Meaning> meaning) {

    /** Readings that depend on context the word grammar cannot see. */
    enum Guard {
        NONE,
        /** A month name alone: "May" and "March" are also verbs, "June" a first name. */
        BARE_MONTH,
        /** A weekday alone: "Sunday Times" is a newspaper. */
        WEEKDAY,
        /** A bare four-digit number: "2019 people" is a count. */
        YEAR
    }

    Candidate(int from, int to, Function<Anchor, Meaning> meaning) {
        this(from, to, Guard.NONE, meaning);
    }

    Candidate withSpan(int newFrom, int newTo) {
        return new Candidate(newFrom, newTo, guard, meaning);
    }
}
