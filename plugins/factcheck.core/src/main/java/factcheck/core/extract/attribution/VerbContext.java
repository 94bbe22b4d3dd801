package factcheck.core.extract.attribution;

import java.util.List;
import java.util.Set;

/**
 * The words around a cue verb that decide how {@link SegmentReader} reads it: whether it is an
 * adjective ("the alleged thief"), inverted ("…, said Ruiz."), which words before it to step over
 * ("has repeatedly said"), and where its sentence starts. Each look is bounded by the segment or by
 * {@link Clauses#REACH} words.
 */
final class VerbContext {

    /** Auxiliaries the tagger often calls verbs: "Ruiz has/VERB repeatedly accused …". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "can", "could",
            "should", "may", "might", "must", "does", "do", "did");
    /** Participles that take "of" only in the passive: "people accused of fraud" are not speaking. */
    private static final Set<String> PASSIVE_OF = Set.of("accused", "suspected", "convicted", "charged");

    private VerbContext() {
    }

    /**
     * "misconduct by the alleged thief", "into alleged misconduct", "people accused of crimes": a
     * participle used as an adjective before a noun, or a passive with "of", describes and reports nothing.
     */
    static boolean attributive(List<Word> ws, int cueFrom, int end, int from, int to, boolean afterQuote) {
        Word w = ws.get(cueFrom);
        if (!w.lower().endsWith("ed") || end != cueFrom + 1) {
            return false;
        }
        Word prev = cueFrom == from ? null : ws.get(cueFrom - 1);
        // no subject or auxiliary before it: "over alleged plots", "protecting alleged abusers"
        boolean gerund = prev != null && prev.lower().endsWith("ing") && prev.text().length() > 5 && !prev.capitalised();
        // after a quotation or a mark the participle is an inverted cue: "“…” tweeted Mayor Ruiz"
        // "several alleged accomplices": a quantifier before the participle is a determiner, not a subject
        boolean counted = prev != null && NounPhrases.QUANTIFIERS.contains(prev.lower());
        boolean afterNoSubject = prev == null ? !afterQuote : !prev.punctuation() && (gerund || counted || !("AUX".equals(prev.pos())
                || NounPhrases.nominal(prev) || "PRON".equals(prev.pos()) || "ADV".equals(prev.pos())));
        boolean beforeNoun = end < to && (ws.get(end).noun() || "ADJ".equals(ws.get(end).pos()));
        // "slammed the plan and accused Ruiz of …": after "and" a participle right before a name is the
        // second verb of the clause; "protesters and alleged thieves" has a common noun after it (the tagger
        // calls some names nouns: "Sanders/NOUN", so a capital mid-sentence counts as a name)
        boolean joinedVerb = prev != null && "CCONJ".equals(prev.pos()) && end < to
                && ("PROPN".equals(ws.get(end).pos()) || ws.get(end).capitalised());
        boolean passiveOf = end < to && ws.get(end).is("of") && PASSIVE_OF.contains(w.lower());
        return afterNoSubject && beforeNoun && !joinedVerb || passiveOf;
    }

    /**
     * Whether a cue after a comma is inverted: "…, said Ruiz.", "…, said Ruiz after the race." A speech
     * verb of the hand-written table and a phrase after it with no verb after the phrase in its clause;
     * "Roffman, an analyst, recalled many calls with Trump" ("recalled" is learned) and "…, said
     * Obamacare so far has worked" are not.
     */
    static boolean inverted(List<Word> ws, Word cue, int end, int to) {
        if (CueVerbs.lookup(cue.text()).isEmpty()) {
            return false;
        }
        NounPhrase np = NounPhrases.after(ws, end, to);
        if (np == null) {
            return false;
        }
        if (np.to() < to && (ws.get(np.to()).is("who") || ws.get(np.to()).is("whose") || describing(ws, np, to))) {
            // "…, said an engineer who was briefed", "…, said a protester using the name Kari": the verb after
            // is the relative clause's or describes the source, no reported clause's
            return true;
        }
        for (int x = np.to(); x < to && !ws.get(x).punctuation(); x++) {
            if (ws.get(x).verb()) {
                return false; // the phrase is the subject of the reported clause
            }
        }
        return true;
    }

    /**
     * "a protester using the name Kari", "officials investigating the crash": a participle in -ing right
     * after the phrase, with its object or preposition, describes the phrase; not after a possessive
     * ("said Ohio's remaining days …", where the phrase goes on).
     */
    private static boolean describing(List<Word> ws, NounPhrase np, int to) {
        Word w = ws.get(np.to());
        if (!w.verb() || !w.lower().endsWith("ing") || w.is("being") || ws.get(np.to() - 1).possessive()
                || np.to() + 1 >= to) {
            return false;
        }
        String next = ws.get(np.to() + 1).pos();
        return "DET".equals(next) || "ADP".equals(next) || "PRON".equals(next);
    }

    /**
     * The index of the first word of the sentence that word {@code i} is in, looking back at most
     * {@link Clauses#REACH} words (a paragraph-long sentence must not make every cue read it again).
     */
    static int sentenceStart(List<Word> ws, int i) {
        int x = i;
        while (x > 0 && i - x < Clauses.REACH && ws.get(x - 1).sentence() == ws.get(i).sentence()) {
            x--;
        }
        return x;
    }

    /** Verbs that take an -ing form of the cue, sharing their subject: "Ruiz began asking …". */
    private static final Set<String> CATENATIVES = Set.of("began", "begun", "begin", "begins", "started", "start",
            "starts", "kept", "keep", "keeps", "continued", "continue", "continues", "resumed");

    /** Whether a word is a verb such as "began" in "began asking", which a cue in -ing continues. */
    static boolean catenative(Word w) {
        return CATENATIVES.contains(w.lower());
    }

    /**
     * Two-word adverbials that may stand between a subject and its verb with no commas: "Norway in
     * particular feared", "Lund in turn argued", "critics for years said".
     */
    private static final Set<String> ADVERBIAL_PAIRS = Set.of("in particular", "in fact", "of course", "in turn",
            "at first", "at least", "for now", "in part", "by contrast", "in response", "in return", "so far",
            "at times", "in private", "in public", "for years", "for decades", "for months", "for weeks");

    /** Index k - 2 when words [k - 2, k) are such an adverbial (not the sentence's first words), else k. */
    static int beforeAdverbialPair(List<Word> ws, int from, int k) {
        if (k - 3 < from) {
            return k;
        }
        String pair = ws.get(k - 2).lower() + " " + ws.get(k - 1).lower();
        return ADVERBIAL_PAIRS.contains(pair) ? k - 2 : k;
    }

    /**
     * Words between a subject and its cue verb: "has", "repeatedly", "not" in "has not repeatedly said";
     * a contracted negation the tokenizer keeps whole ("isn’t", "didn't").
     */
    static boolean skippable(Word w) {
        // "have long argued", "would likely say": the tagger calls "long" and "likely" adjectives; "Lee and Ruiz
        // both stressed"
        return "ADV".equals(w.pos()) || "AUX".equals(w.pos())
                || AUXILIARIES.contains(w.lower()) && !"PROPN".equals(w.pos()) // "Will/PROPN wrote": a name
                || w.is("not")
                || w.lower().endsWith("n't") || w.lower().endsWith("n\u2019t") || w.is("long") || w.is("both")
                || w.is("likely");
    }
}
