package factcheck.core.extract.attribution;

import java.util.List;

/**
 * A cue form that doubles as a noun ("notes", "claims", "reports", "states": the forms after "|" in
 * {@link CueVerbs}) which the tagger called a noun, read as a verb where only a verb fits: after a
 * name or personal pronoun that opens its clause, and before "that" ("Vik notes that …"), a clause
 * of its own ("Vik notes the pier was sold"), a colon ("the Herald reports: …"), or, when the name
 * follows a comma, a comma or the sentence end ("…, Vik notes.", "Farmers, Vik notes, want …"); and
 * after a phrase opened by a determiner right after a quotation, a comma or the sentence end ("“…,” the
 * filing notes."). "the Vik claims were false", "campaign notes", "his remarks" stay nouns. Each look is bounded by
 * the segment and a few words.
 */
final class NounTaggedCue {

    /** How many words the subject of a clause after the cue may have before its verb: "the port authority hid". */
    private static final int SUBJECT_WORDS = 4;

    private NounTaggedCue() {
    }

    /** Whether word {@code i} of words [from, to), a cue form tagged a noun, is a verb here. */
    static boolean at(List<Word> ws, int i, int from, int to) {
        // "the United States that week": a capitalised word is a name, and "that" before a noun no conjunction
        if (i <= from || ws.get(i).capitalised()) {
            return false;
        }
        Word before = ws.get(i - 1);
        boolean named = QuoteFrame.namedSubject(before) && !before.possessive();
        if (i + 1 < to && ws.get(i + 1).is("that") && !"DET".equals(ws.get(i + 1).pos())) {
            // "Viguerie notes that …", "the lawsuit claims that Berg lied"; not "the voting states that precede it",
            // whose "that" opens a relative clause (a verb right after it), nor "the debunked claim that"
            return named || ws.get(i).lower().endsWith("s") && determined(ws, from, i) && clauseStart(ws, i + 2, to);
        }
        if (!named && afterQuotation(ws, from, i, to)) {
            return true; // "“…,” the filing notes.": the frame of the quotation before it
        }
        NounPhrase subject = named ? NounPhrases.before(ws, from, i) : null;
        if (subject == null) {
            return false;
        }
        int s = subject.from();
        boolean afterComma = s > from && (ws.get(s - 1).is(",") || Clauses.dash(ws.get(s - 1)));
        boolean opens = s == from || afterComma || ws.get(s - 1).punctuation() || "CCONJ".equals(ws.get(s - 1).pos());
        int next = i + 1;
        if (next >= to || ws.get(next).terminator()) {
            return afterComma; // "… without his support, O'Keefe notes."
        }
        Word w = ws.get(next);
        if (w.is(",")) {
            return afterComma; // "Farmers, Vik notes, want the tolls gone"
        }
        if (w.is(":")) {
            return opens; // "Nordlys reports: …"
        }
        return opens && clauseStart(ws, next, to); // "For example, Vik notes the pier was sold"
    }

    /**
     * "the lawsuit claims that", "a new filing states that": a common noun after a determiner (and
     * adjectives) right before the cue, a written or spoken source of what follows "that".
     */
    private static boolean determined(List<Word> ws, int from, int i) {
        Word head = ws.get(i - 1);
        if (!"NOUN".equals(head.pos()) || head.possessive()) {
            return false;
        }
        int k = i - 2;
        while (k >= from && k >= i - 4 && "ADJ".equals(ws.get(k).pos())) {
            k--;
        }
        return k >= from && "DET".equals(ws.get(k).pos()) && !ws.get(k).is("that");
    }

    /**
     * "“…,” the new filing notes.", "“…,” the document claims.": the cue form ends a phrase opened by a
     * determiner that opens the words right after a closing quotation mark, and a comma or the sentence end
     * follows it.
     */
    private static boolean afterQuotation(List<Word> ws, int from, int i, int to) {
        if (!ws.get(i).lower().endsWith("s") || !determined(ws, from, i) || from < 1 || !Clauses.quoteMark(ws.get(from - 1))
                || Clauses.leftMark(ws.get(from - 1))) {
            return false;
        }
        int k = i - 2;
        while (k > from && "ADJ".equals(ws.get(k).pos())) {
            k--;
        }
        return k == from && (i + 1 >= to || ws.get(i + 1).is(",") || ws.get(i + 1).terminator());
    }

    /** Whether a clause with its own subject and verb starts at word {@code a}: "the pier was sold", "he's right". */
    private static boolean clauseStart(List<Word> ws, int a, int to) {
        if (a >= to) {
            return false;
        }
        Word w = ws.get(a);
        if (w.pos().startsWith("PRON") && SourceWords.PERSONAL_PRONOUNS.contains(w.lower().replaceAll("['\u2019].*", ""))) {
            return w.pos().contains("AUX") || a + 1 < to && ws.get(a + 1).verb();
        }
        NounPhrase subject = NounPhrases.after(ws, a, to);
        if (subject == null || subject.to() >= to || subject.to() - a > SUBJECT_WORDS) {
            return false;
        }
        Word verb = ws.get(subject.to());
        return verb.verb() && !verb.lower().endsWith("ing");
    }
}
