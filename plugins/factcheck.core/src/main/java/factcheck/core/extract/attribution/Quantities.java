package factcheck.core.extract.attribution;

import java.util.List;
import java.util.Set;

/**
 * Subjects that count people rather than name them: "many say", "both oppose", "six in 10 said",
 * "at least 2,000 said", "nearly half said", "all but two said", "one suggested", "some 56 percent
 * of farmers polled said", "about two-thirds, 67 percent, say". Poll reports and surveys attribute
 * to such shares; {@link NounPhrases#before} finds no noun in most of them. Each look-back is bounded
 * by a few words.
 */
final class Quantities {

    /** How many words a share phrase may have, its modifiers and "of" phrase included. */
    private static final int MAX_WORDS = 12;

    /** Words that name a share of a group: "a third", "two-thirds", "a quarter", "half". */
    private static final Set<String> FRACTIONS = Set.of("half", "third", "thirds", "quarter", "quarters", "fifth",
            "fifths", "tenth", "tenths");

    /** Words that make a number or share approximate or bounded: "at least 300", "nearly half", "just over a third". */
    private static final Set<String> APPROXIMATORS = Set.of("about", "around", "nearly", "almost", "roughly",
            "approximately", "some", "only", "just", "over", "under", "least", "most", "more", "fewer", "less", "than",
            "at", "a", "an", "all", "but", "barely", "fully", "well");

    /** Participles that follow a group asked in a poll: "those surveyed", "voters polled". */
    private static final Set<String> POLLED = Set.of("polled", "surveyed", "questioned", "asked", "interviewed",
            "sampled");

    private Quantities() {
    }

    /**
     * The share ending right before word {@code end} (or right before the cue at {@code cue}, past the
     * adverbs between) that is the subject of the cue: it opens its clause (after a mark, a conjunction
     * or a subordinator, or at {@code floor}), since a share after a verb or noun is an object ("won
     * 26%"). Null when no such share stands there.
     */
    static NounPhrase subject(List<Word> ws, int floor, int end, int cue) {
        if (cue - 1 < floor || cue >= ws.size()) {
            return null;
        }
        if (end - 1 >= floor && ws.get(end - 1).is(",")) {
            return setOff(ws, floor, end - 1);
        }
        // the reader skips adverbs before the cue, and "half" in "nearly half said" may be tagged one
        for (int e = cue; e >= end; e--) {
            int from = e - 1 < floor ? -1 : share(ws, floor, e);
            if (from >= 0 && opens(ws, floor, from)) {
                return new NounPhrase(ws, from, e, e);
            }
        }
        return null;
    }

    /**
     * "About two-thirds, 67 percent, say", "a majority of likely voters, 56%, have": a share, then its
     * figure set off by commas, {@code comma} being the comma right before the cue.
     */
    private static NounPhrase setOff(List<Word> ws, int floor, int comma) {
        int figure = share(ws, floor, comma);
        if (figure < 0 || figure - 1 <= floor || !ws.get(figure - 1).is(",")) {
            return null;
        }
        int from = share(ws, floor, figure - 1);
        return from >= 0 && opens(ws, floor, from) ? new NounPhrase(ws, from, comma, figure - 1) : null;
    }

    /**
     * "some of his rivals", "nearly six in 10 of the voters", "both the unions and the Herald": a share
     * starting at word {@code start} with what it counts, where {@link NounPhrases#after} reads no
     * phrase (it stops at the share's determiner); null when no share starts there.
     */
    static NounPhrase after(List<Word> ws, int start, int limit) {
        int k = start;
        while (k + 1 < limit && k - start < 2 && APPROXIMATORS.contains(ws.get(k).lower())
                && !NounPhrases.QUANTIFIERS.contains(ws.get(k).lower())) {
            k++; // "nearly", "at least"
        }
        if (k >= limit) {
            return null;
        }
        Word w = ws.get(k);
        String l = w.lower();
        int end;
        if (NounPhrases.QUANTIFIERS.contains(l) || FRACTIONS.contains(l)) {
            end = k + 1;
        } else if ("NUM".equals(w.pos()) && !year(w) || w.text().endsWith("%")) {
            end = k + 1;
            while (end + 1 < limit && (ws.get(end).is("in") || ws.get(end).is("of")) && "NUM".equals(ws.get(end + 1).pos())) {
                end += 2; // "six in 10"
            }
            if (end < limit && (ws.get(end).is("percent") || ws.get(end).is("%"))) {
                end++;
            }
        } else {
            return null;
        }
        int counted = end < limit && ws.get(end).is("of") ? end + 1 : end;
        NounPhrase group = NounPhrases.after(ws, counted, limit);
        if (group != null) {
            return new NounPhrase(ws, start, group.to(), group.coreTo());
        }
        return counted == end ? new NounPhrase(ws, start, end, end) : null;
    }

    /** Whether the phrase at {@code from} opens its clause. */
    private static boolean opens(List<Word> ws, int floor, int from) {
        if (from == floor) {
            return true;
        }
        Word p = ws.get(from - 1);
        // "with three in 10 saying": the subject of an absolute clause
        return p.punctuation() && !p.is("$") || "CCONJ".equals(p.pos()) || "SCONJ".equals(p.pos())
                || p.is("while") || p.is("when") || p.is("as") || p.is("with");
    }

    /** The start of a share phrase ending right before {@code end}, or -1. */
    private static int share(List<Word> ws, int floor, int end) {
        int j = end - 1;
        if (j < floor) {
            return -1;
        }
        if (POLLED.contains(ws.get(j).lower()) && j - 1 >= floor && (ws.get(j - 1).noun() || ws.get(j - 1).is("those"))) {
            j--; // "farmers polled", "those surveyed"
            if (ws.get(j).is("those") && (j - 1 < floor || !ws.get(j - 1).is("of"))) {
                return approximated(ws, floor, j); // "those surveyed said"; "31 percent of those surveyed" goes on
            }
        }
        int of = ofPhrase(ws, floor, j);
        if (of >= 0) {
            j = of - 1; // "56 percent of farmers", "none of the three", "a majority of likely voters"
        }
        int head = head(ws, floor, j, of >= 0);
        return head < 0 ? -1 : approximated(ws, floor, head);
    }

    /**
     * The "of" of a phrase "of [the] [adjectives] group" ending at {@code last} ("of the three", "of
     * likely voters", "of those polled"), or -1.
     */
    private static int ofPhrase(List<Word> ws, int floor, int last) {
        for (int x = last; x > floor && last - x < 6; x--) {
            Word w = ws.get(x);
            if (w.is("of")) {
                return x < last ? x : -1;
            }
            if (!w.noun() && !"ADJ".equals(w.pos()) && !"NUM".equals(w.pos()) && !"DET".equals(w.pos())
                    && !w.is("those") && !w.is("them") && !w.is("us")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The first word of the share whose last word is {@code j}: a number ("43", "21,000", "six in 10",
     * "26 percent", "56%"), a fraction ("half", "two-thirds") or a quantifier ("many", "both"); -1
     * when the word is none of these, or is a year with nothing to count ("in 2016 said").
     */
    private static int head(List<Word> ws, int floor, int j, boolean counted) {
        Word w = ws.get(j);
        String l = w.lower();
        if ((l.equals("percent") || l.equals("per")) && j - 1 >= floor && "NUM".equals(ws.get(j - 1).pos())) {
            return j - 1;
        }
        if (w.text().endsWith("%")) {
            return w.text().length() > 1 || j - 1 < floor || !"NUM".equals(ws.get(j - 1).pos()) ? j : j - 1; // "47 %"
        }
        if (FRACTIONS.contains(l)) {
            if (j - 2 >= floor && ws.get(j - 1).is("-") && "NUM".equals(ws.get(j - 2).pos())) {
                return j - 2; // "two-thirds"
            }
            return j;
        }
        if (NounPhrases.QUANTIFIERS.contains(l) && (!"ADV".equals(w.pos()) || counted) || l.equals("none")
                || counted && (l.equals("each") || l.equals("all") || l.equals("one"))) {
            return j;
        }
        if (!"NUM".equals(w.pos()) || year(w) && !counted) {
            return -1;
        }
        int from = j;
        // "six in 10", "three out of four": numbers joined by "in", "out", "of"
        while (from - 2 >= floor && j - from < 4 && (ws.get(from - 1).is("in") || ws.get(from - 1).is("of"))
                && "NUM".equals(ws.get(from - 2).pos())) {
            from -= 2;
            if (from - 1 >= floor && ws.get(from).is("out")) {
                from--;
            }
        }
        return from;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(18|19|20)\\d\\d");

    /** Whether a number reads as a year: four digits from 1800 to 2099. */
    private static boolean year(Word w) {
        return YEAR.matcher(w.text()).matches();
    }

    /** {@code from} moved back over the words that make a share approximate: "at least", "nearly", "just over a". */
    private static int approximated(List<Word> ws, int floor, int from) {
        int s = from;
        while (s - 1 >= floor && from - s < 3 && APPROXIMATORS.contains(ws.get(s - 1).lower())) {
            s--;
        }
        // "at" only with "least" or "most", "but" only after "all" ("all but two"): else the word joins clauses
        while (s < from && (ws.get(s).is("at") && !ws.get(s + 1).is("least") && !ws.get(s + 1).is("most")
                || ws.get(s).is("but") && (s == floor || !ws.get(s - 1).is("all")) || ws.get(s).is("than"))) {
            s++;
        }
        return s;
    }
}
