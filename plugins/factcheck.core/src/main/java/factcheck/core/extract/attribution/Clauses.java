package factcheck.core.extract.attribution;

import java.util.List;

/**
 * Finds the subject of a cue that does not stand right after it: "Ruiz, who ran the port for a
 * decade, said" (the phrase before a relative clause) and "Ruiz thanked the crew, adding" (the
 * phrase the clause opens with). Each look-back is bounded by {@link #REACH} words.
 */
final class Clauses {

    /** How far back a subject may stand from its cue. */
    static final int REACH = 30;

    private Clauses() {
    }

    /**
     * "X, who …, said": {@code comma} is the index of the comma right before the cue; the subject is
     * the noun phrase before the comma that opens the relative clause.
     */
    static NounPhrase relativeSubject(List<Word> ws, int floor, int comma) {
        for (int j = comma - 1; j > floor && j > comma - REACH; j--) {
            Word w = ws.get(j);
            if (w.is("who") || w.is("whose") || w.is("which")) {
                if (!ws.get(j - 1).is(",")) {
                    return null;
                }
                return NounPhrases.before(ws, floor, j - 1);
            }
            if (w.terminator() || w.is(";")) {
                return null;
            }
        }
        return null;
    }

    /**
     * The noun phrase the clause opens with, when a verb follows it ("Ruiz thanked …", "The mayor
     * of Lisbon, Ana Ruiz, has said …" reads its first phrase): the subject a participle or a
     * coordinated verb shares. {@code before} is the index of the word before the cue.
     */
    static NounPhrase leadingSubject(List<Word> ws, int floor, int before) {
        int start = firstWord(ws, floor, before);
        if (start < 0 || before - start > REACH) {
            return null;
        }
        NounPhrase np = NounPhrases.after(ws, start, before);
        if (np == null || np.to() >= before) {
            return null;
        }
        Word after = ws.get(np.to());
        return after.verb() || "ADV".equals(after.pos()) ? np : null;
    }

    /** The first word of the segment that is not punctuation or a conjunction, if it is at or before {@code limit}. */
    private static int firstWord(List<Word> ws, int floor, int limit) {
        int j = floor;
        while (j <= limit && (ws.get(j).punctuation() || "CCONJ".equals(ws.get(j).pos()))) {
            j++;
        }
        return j <= limit ? j : -1;
    }
}
