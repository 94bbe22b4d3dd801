package factcheck.core.time;

import java.util.Set;

/**
 * Reads the words just before an expression for a direction that outweighs the clause's tense:
 * "payable Dec. 1", "effective Feb. 1", "until Tuesday", "by March" look forward even in a past
 * clause ("the offer was extended until Tuesday"); "last Oct. 23" looks back. The cue phrases are
 * the lexicon's {@code forward} and {@code back} categories. A WEAK cue ("until", "by") gives way to
 * a finished past around it ("they had filed reports by Wednesday"): that date bounds something
 * already over, while "the offer was extended until Tuesday" still looks ahead.
 */
final class DirectionCue {

    /** Words allowed between a cue and the expression: "until early March", "effective on Jan. 1". */
    private static final Set<String> FILLER = Set.of("on", "in", "the", "early", "mid", "late", "of", "at",
            "about", "around", "-");
    private static final int LONGEST_CUE = 3;
    /** Words that make the "plans" after them a noun. */
    private static final Set<String> PLAN_OWNERS = Set.of("its", "his", "her", "their", "our", "the", "new", "no");

    private DirectionCue() {
    }

    private static final int PAST_REACH_BEFORE = 15;
    private static final int PAST_REACH_AFTER = 10;
    private static final int PLAN_REACH = 10;

    /**
     * The direction the words around an expression over words {@code from} to {@code to} point to,
     * or null: a cue right before it, a possessive right after it ("Wednesday's ruling" is one
     * made), or a plan in its sentence ("they plan to rally on Saturday").
     */
    static Anchor.Direction around(WordSeq w, Lexicon lex, int from, int to) {
        Anchor.Direction d = before(w, lex, from);
        if (d != null) {
            return d;
        }
        if (w.possessive(to) && w.touchesPrevious(to)) {
            return Anchor.Direction.BACK;
        }
        return planned(w, lex, from, to) ? Anchor.Direction.FORWARD : null;
    }

    /** A plan ("plans to", "scheduled to", "is to") near the expression in its sentence, not after "had". */
    private static boolean planned(WordSeq w, Lexicon lex, int from, int to) {
        for (int k = from - 1; k >= Math.max(0, from - PLAN_REACH) && !w.isPunct(k, '.'); k--) {
            if (isPlan(w, lex, k)) {
                return !pastPerfect(w, k);
            }
        }
        for (int k = to; k < Math.min(w.size(), to + PLAN_REACH) && !w.isPunct(k, '.'); k++) {
            if (isPlan(w, lex, k)) {
                return !pastPerfect(w, k) && !namedPlan(w, k);
            }
        }
        return false;
    }

    /** "had scheduled", "had been scheduled to": a plan already past, which says nothing ahead. */
    private static boolean pastPerfect(WordSeq w, int k) {
        return w.is(k - 1, "had") || w.is(k - 1, "been") && w.is(k - 2, "had");
    }

    /**
     * "announced plans to", "its plans to": the plan is a noun, the object of what the clause did,
     * so a date before it ("In May, it announced plans to expand") dates the announcement.
     */
    private static boolean namedPlan(WordSeq w, int k) {
        String before = k > 0 && w.isWord(k - 1) ? w.lower(k - 1) : "";
        return w.lower(k).startsWith("plan") && (before.endsWith("ed") || PLAN_OWNERS.contains(before));
    }

    private static boolean isPlan(WordSeq w, Lexicon lex, int k) {
        Lexicon.Hit hit = lex.match("forward", w, k);
        return hit != null && hit.code().equals("PLAN");
    }

    /** The direction the words just before word {@code from} point to, or null. */
    static Anchor.Direction before(WordSeq w, Lexicon lex, int from) {
        int end = from;
        while (end > 0 && end > from - 2 && FILLER.contains(w.lower(end - 1))) {
            end--;
        }
        for (int start = Math.max(0, end - LONGEST_CUE); start < end; start++) {
            Lexicon.Hit forward = lex.match("forward", w, start);
            if (ends(forward, end) && (forward.code().equals("STRONG") || !finishedPast(w, start))) {
                return Anchor.Direction.FORWARD;
            }
            if (ends(lex.match("back", w, start), end)) {
                return Anchor.Direction.BACK;
            }
        }
        return null;
    }

    /**
     * A finished past around a weak cue: "had" near it ("By Monday the chance had risen"), or a
     * "was"/"were" that is not a passive earlier in its clause ("who was envoy until December");
     * "the deadline was extended until Friday" still looks ahead.
     */
    private static boolean finishedPast(WordSeq w, int cue) {
        for (int k = cue - 1; k >= Math.max(0, cue - PAST_REACH_BEFORE) && !w.isPunct(k, '.'); k--) {
            if (w.is(k, "had") || w.is(k, "'d") || (wasOrWere(w, k) && !passive(w, k + 1))) {
                return true;
            }
        }
        for (int k = cue + 1; k < Math.min(w.size(), cue + PAST_REACH_AFTER) && !w.isPunct(k, '.'); k++) {
            if (w.is(k, "had")) {
                return true;
            }
        }
        return false;
    }

    private static boolean wasOrWere(WordSeq w, int k) {
        return w.is(k, "was") || w.is(k, "were");
    }

    private static boolean passive(WordSeq w, int k) {
        String next = w.isWord(k) ? w.lower(k) : "";
        return next.endsWith("ed") || next.endsWith("en") || next.equals("set") || next.equals("put");
    }

    private static boolean ends(Lexicon.Hit hit, int end) {
        return hit != null && hit.end() == end;
    }
}
