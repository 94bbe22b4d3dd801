package factcheck.core.extract.attribution;

import java.util.List;
import java.util.Set;

/**
 * Clauses and phrases put before a sentence's main clause, which hold none of its subject: "When
 * asked whom she backed, Ruiz smiled and said", "In letters to colleagues, Berg wrote", "Speaking
 * in Lund, Holm said", "But at a rally on Monday, Lee said". The main clause starts after the comma
 * that closes them. Each look-ahead is bounded by {@link Clauses#REACH} words.
 */
final class FrontedClauses {

    /** Subordinators that open a clause put before the main one: "When asked, Ruiz said", "As the storm grew, …". */
    private static final Set<String> FRONTING = Set.of("when", "while", "as", "after", "before", "since", "although",
            "though", "if", "because", "despite", "once", "whereas", "unless", "until");

    private FrontedClauses() {
    }

    /** Whether a word is a subordinator that can open a fronted clause. */
    static boolean subordinator(Word w) {
        return FRONTING.contains(w.lower());
    }

    /**
     * The start of the main clause after a clause or phrase that opens the sentence at {@code floor}
     * (after a conjunction that joins the sentence to the one before: "But when asked, …"): a
     * subordinate clause ("As the board met, Lee left"), a prepositional phrase ("In letters released
     * Monday, Berg …") or a participle's clause ("Speaking before cheering crowds, Ruiz said"), up to
     * the comma that closes it, when that comma comes before {@code before}; else {@code floor}.
     */
    static int mainClauseStart(List<Word> ws, int floor, int before) {
        int s = floor;
        while (s < before && ws.get(s).punctuation()) {
            s++;
        }
        if (s + 1 < before && "CCONJ".equals(ws.get(s).pos())) {
            s++; // "But in a call with reporters, Col. Lund said"
        }
        int lead = s;
        while (lead < before && lead - s < 3 && !FRONTING.contains(ws.get(lead).lower())
                && ("ADV".equals(ws.get(lead).pos()) || "NUM".equals(ws.get(lead).pos()) || Clauses.time(ws.get(lead)))) {
            lead++; // "Shortly after", "Two weeks after", "Even as"
        }
        if (lead > s && lead < before && ws.get(lead).is(",")) {
            return lead + 1; // "Still, the mayor, speaking in Bodø, said": a sentence adverb and its comma
        }
        // "In letters to colleagues released Monday, Berg …": an opening prepositional phrase, whose verbs
        // (participles) have no subject of the main clause, is fronted as a subordinate clause is
        boolean preposition = lead == s && lead < before && "ADP".equals(ws.get(lead).pos()) && !ws.get(lead).is("to");
        // "Speaking before cheering crowds, Ruiz said", "Asked about the tolls, Lee said": a participle's clause
        // ("According to X, …" is a cue of its own, read with the verb after it)
        // (the tagger may call a participle opening the sentence a noun: "Appearing/NOUN before crowds")
        Word first = lead < before ? ws.get(lead) : null;
        boolean participle = lead == s && first != null && !first.is("according")
                && (first.verb() && !"AUX".equals(first.pos()) && (first.lower().endsWith("ing") || first.lower().endsWith("ed"))
                        || "NOUN".equals(first.pos()) && first.lower().endsWith("ing") && lead + 1 < before
                                && "ADP".equals(ws.get(lead + 1).pos()));
        if (lead >= before || !FRONTING.contains(ws.get(lead).lower()) && !preposition && !participle) {
            return floor;
        }
        s = lead;
        boolean quoted = false;
        for (int x = s + 1; x < before && x - s <= Clauses.REACH; x++) {
            Word w = ws.get(x);
            if (Clauses.quoteMark(w)) {
                quoted = Clauses.leftMark(w) || Clauses.straightMark(w) && !quoted;
            } else if (!quoted && w.is(",")) {
                return x + 1;
            } else if (w.terminator() || w.is(";")) {
                return floor;
            } else if ((preposition || participle) && !quoted
                    && ("AUX".equals(w.pos()) || SourceWords.PERSONAL_PRONOUNS.contains(w.lower()))) {
                return floor; // "By Sunday she had cancelled the rally in Lund, …": the main clause began already
            }
        }
        return floor;
    }
}
