package factcheck.core.time;

import java.util.Set;

/**
 * Reads the words just before an expression for a direction that outweighs the clause's tense:
 * "payable Dec. 1", "effective Feb. 1", "until Tuesday", "by March" look forward even in a past
 * clause ("the offer was extended until Tuesday"); "last Oct. 23" looks back. The cue phrases are
 * the lexicon's {@code forward} and {@code back} categories. A WEAK cue ("until", "by") gives way to
 * a past perfect just before it ("they had filed reports by Wednesday"): that date bounds something
 * already over, while "the offer was extended until Tuesday" still looks ahead.
 */
final class DirectionCue {

    /** Words allowed between a cue and the expression: "until early March", "effective on Jan. 1". */
    private static final Set<String> FILLER = Set.of("on", "in", "the", "early", "mid", "late", "of", "at",
            "about", "around", "-");
    private static final int LONGEST_CUE = 3;

    private DirectionCue() {
    }

    private static final int PERFECT_REACH = 6;

    /** The direction the words before word {@code from} point to, or null. */
    static Anchor.Direction before(WordSeq w, Lexicon lex, int from) {
        int end = from;
        while (end > 0 && end > from - 2 && FILLER.contains(w.lower(end - 1))) {
            end--;
        }
        for (int start = Math.max(0, end - LONGEST_CUE); start < end; start++) {
            Lexicon.Hit forward = lex.match("forward", w, start);
            if (ends(forward, end) && (forward.code().equals("STRONG") || !pastPerfectBefore(w, start))) {
                return Anchor.Direction.FORWARD;
            }
            if (ends(lex.match("back", w, start), end)) {
                return Anchor.Direction.BACK;
            }
        }
        return null;
    }

    private static boolean pastPerfectBefore(WordSeq w, int cue) {
        for (int k = cue - 1; k >= Math.max(0, cue - PERFECT_REACH); k--) {
            if (w.is(k, "had") || w.is(k, "'d") || w.isPunct(k, '.')) {
                return !w.isPunct(k, '.');
            }
        }
        return false;
    }

    private static boolean ends(Lexicon.Hit hit, int end) {
        return hit != null && hit.end() == end;
    }
}
