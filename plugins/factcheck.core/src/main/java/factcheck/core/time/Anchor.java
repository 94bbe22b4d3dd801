package factcheck.core.time;

import java.time.LocalDate;

/**
 * What an expression is resolved against: the article's dateline (null when it has none) and the
 * tense of the clause around the expression.
 */
record Anchor(LocalDate dateline, Tense tense) {

    boolean present() {
        return dateline != null;
    }

    /** Which way an ambiguous day or month points, following the news convention. */
    Direction direction() {
        return switch (tense) {
            case PAST -> Direction.BACK;
            case FUTURE -> Direction.FORWARD;
            default -> Direction.NEAREST;
        };
    }

    enum Direction {
        /** The latest on or before the dateline. */
        BACK,
        /** The earliest on or after the dateline. */
        FORWARD,
        /** Whichever is closer (ties go back: news mostly reports what happened). */
        NEAREST
    }
}
