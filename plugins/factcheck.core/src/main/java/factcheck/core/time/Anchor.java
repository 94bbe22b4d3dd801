package factcheck.core.time;

import java.time.LocalDate;

/**
 * What an expression is resolved against: the article's dateline (null when it has none), the
 * tense of the clause around the expression, the date mentioned last before it (null when none),
 * the index of the expression's sentence, so a rule can tell how recent that mention is, and a
 * direction the words just before it point to ("payable Dec. 1", "until Tuesday": forward),
 * which outweighs the tense; null when they point nowhere.
 */
record Anchor(LocalDate dateline, Tense tense, Reference reference, int sentence, Direction cue) {

    Anchor(LocalDate dateline, Tense tense) {
        this(dateline, tense, null, -1, null);
    }

    boolean present() {
        return dateline != null;
    }

    /** The last mention when it lies at most {@code sentences} sentences back, else null. */
    Reference recentReference(int sentences) {
        return reference != null && sentence >= 0 && sentence - reference.sentence() <= sentences ? reference : null;
    }

    /** Which way an ambiguous day or month points, following the news convention. */
    Direction direction() {
        if (cue != null) {
            return cue;
        }
        return switch (tense) {
            case PAST -> Direction.BACK;
            case FUTURE -> Direction.FORWARD;
            default -> Direction.NEAREST;
        };
    }

    /** Why an ambiguous day or month landed where it did, for the explanation. */
    String reading() {
        String why = cue != null ? "a word before it points " + (cue == Direction.BACK ? "back" : "forward")
                : switch (tense) {
                    case PAST -> "past clause";
                    case FUTURE -> "future clause";
                    case PRESENT -> "present clause";
                    default -> "no tense";
                };
        String how = switch (direction()) {
            case BACK -> "the latest on or before the dateline";
            case FORWARD -> "the earliest on or after the dateline";
            case NEAREST -> "the nearest to the dateline";
        };
        return why + ": " + how;
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
