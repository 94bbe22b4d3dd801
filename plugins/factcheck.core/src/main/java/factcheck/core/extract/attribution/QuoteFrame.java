package factcheck.core.extract.attribution;

import java.util.List;
import java.util.Set;

/**
 * Verbs that their place beside a quotation makes verbs of saying, whatever the verb: "“…,” Okafor
 * notes.", "“…,” the judge exclaimed in court.", "“…,” retorted the mayor.", "The governor retorted:
 * “…”". Reporters use hundreds of such verbs (charged, quipped, groused, answers), each too rare to
 * learn, and the tagger often calls the present form a noun ("Okafor notes/NOUN"); the frame is what
 * says they report the quotation. Only the bare frame counts: a subject phrase and the verb (or the
 * verb and its subject), then nothing but the sentence end, a comma, "and" or an adjunct ("in a speech");
 * or a participle after a comma right before the quotation ("…, shouting “…”").
 */
final class QuoteFrame {

    /** Adjuncts that may follow the verb of a frame: "charged on Monday", "wrote in a post". */
    private static final Set<String> ADJUNCT_POS = Set.of("ADP", "ADV");

    /**
     * Past forms without "-ed" that report words in the frame: "“…,” the statement read.", "“…,” she
     * began.", "“…,” the choir sang." (general English; the frame, not the word, makes them speech).
     */
    static final Set<String> IRREGULAR_PAST = Set.of("read", "began", "sang", "spoke", "swore", "wrote");

    /** Participles that work as prepositions: "…, including “Lilyhammer”" names, it does not say. */
    static final Set<String> PREPOSITIONAL = Set.of("including", "regarding", "concerning", "following",
            "according", "featuring", "excluding", "involving", "during", "starring", "titled", "entitled", "reading");

    private QuoteFrame() {
    }

    /** Whether word {@code i} of the segment is the verb of a quotation frame. */
    static boolean verbAt(Segment seg, int i) {
        List<Word> ws = seg.words();
        Word w = ws.get(i);
        if (!verbForm(w)) {
            return participleBefore(seg, i);
        }
        return after(seg, i) || before(seg, i);
    }

    /**
     * "Lars shared the news, writing “…”", "Protesters interrupted her, shouting: “…”": a participle
     * after a comma that ends the segment (or stands before its closing colon) leads into the quotation;
     * its subject is the clause's.
     */
    private static boolean participleBefore(Segment seg, int i) {
        List<Word> ws = seg.words();
        Word w = ws.get(i);
        int last = seg.to() - 1;
        // the tagger often calls such a participle a noun ("writing/NOUN “…”"); after a comma it is none
        if (seg.next() == null || i <= seg.from() || !ws.get(i - 1).is(",") || !("VERB".equals(w.pos()) || w.noun())
                || w.capitalised() || !w.lower().endsWith("ing") || w.lower().length() < 6
                || PREPOSITIONAL.contains(w.lower())) {
            return false;
        }
        return i == last || i == last - 1 && (ws.get(last).is(":") || ws.get(last).is(","));
    }

    /**
     * "“…,” Okafor notes." or "“…,” exclaimed the judge.": the segment follows a quotation that runs
     * on into it (its words end in a comma, question or exclamation mark, or a dash) and opens with the
     * frame.
     */
    private static boolean after(Segment seg, int i) {
        if (!SegmentReader.runsInto(seg)) {
            return false;
        }
        List<Word> ws = seg.words();
        int start = seg.from();
        while (start < seg.to() && ws.get(start).punctuation()) {
            start++;
        }
        if (i > start) {
            NounPhrase np = NounPhrases.before(ws, start, i);
            if (np == null || np.from() != start || ws.get(i - 1).possessive()) {
                return false;
            }
            // a verb the tagger calls a noun ("notes") only right after a name or pronoun: "Okafor notes."
            if (!ws.get(i).verb() && !namedSubject(ws.get(i - 1))) {
                return false;
            }
            return adjunctOnly(ws, i + 1, seg.to());
        }
        if (!ws.get(i).verb()) {
            return false;
        }
        NounPhrase np = NounPhrases.after(ws, i + 1, seg.to());
        return np != null && adjunctOnly(ws, np.to(), seg.to());
    }

    /**
     * "The governor retorted: “…”", "Then Okafor answered, “…”": the segment leads into a quotation
     * and ends in the verb and a colon or comma, with the subject phrase right before the verb, or
     * "and" (and adverbs) before a verb that shares the clause's subject ("… and then boomed, “…”").
     */
    private static boolean before(Segment seg, int i) {
        List<Word> ws = seg.words();
        int last = seg.to() - 1;
        if (seg.next() == null || i != last - 1 || !(ws.get(last).is(":") || ws.get(last).is(","))) {
            return false;
        }
        // the tagger calls some present forms nouns: "Ola Vik sings/NOUN, “…”" right after a name is a verb
        if (!ws.get(i).verb() && !(i > seg.from() && namedSubject(ws.get(i - 1)) && !ws.get(i - 1).possessive())) {
            return false;
        }
        int joined = i - 1;
        while (joined > seg.from() && joined > i - 3 && "ADV".equals(ws.get(joined).pos())) {
            joined--; // "and then boomed", "but later wrote"
        }
        if (joined > seg.from() && ws.get(i).verb() && "CCONJ".equals(ws.get(joined).pos())) {
            return true; // "She thanked the town and then boomed, “…”": the verb shares the clause's subject
        }
        NounPhrase np = NounPhrases.before(ws, seg.from(), i);
        if (np == null || ws.get(i - 1).possessive()) {
            return false;
        }
        // the phrase opens the sentence or a clause of its own: not "a sign that read:"
        return np.from() == seg.from() || ws.get(np.from() - 1).punctuation()
                || "ADV".equals(ws.get(np.from() - 1).pos());
    }

    /** A past or present verb form in lower case: "charged", "quips", "notes", "read"; not "saying" or "Said". */
    static boolean verbForm(Word w) {
        String l = w.lower();
        if (w.capitalised() || l.length() < 4 || !l.chars().allMatch(Character::isLetter)) {
            return false;
        }
        boolean form = l.endsWith("ed") || l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us");
        return form && (w.verb() || "NOUN".equals(w.pos())) || IRREGULAR_PAST.contains(l) && w.verb();
    }

    /** A name (the tagger may call it an adjective: "Viguerie/ADJ notes/NOUN") or a personal pronoun. */
    static boolean namedSubject(Word w) {
        return "PROPN".equals(w.pos()) || w.capitalised() && !"DET".equals(w.pos()) && !"PRON".equals(w.pos())
                && w.text().chars().allMatch(Character::isLetter)
                || "PRON".equals(w.pos()) && SourceWords.PERSONAL_PRONOUNS.contains(w.lower());
    }

    /** Words [a, to) are only the sentence end, or open with a comma, a preposition or an adverb. */
    private static boolean adjunctOnly(List<Word> ws, int a, int to) {
        if (a >= to) {
            return true;
        }
        Word w = ws.get(a);
        // "“…,” she recalls thinking.": a participle of thought or speech ending the frame says how the words came
        boolean participle = SegmentReader.lastParticiple(ws, a, to);
        // "“…,” Berg barked and left.": a verb joined by "and" is the same speaker's next deed
        return w.terminator() || w.is(",") || ADJUNCT_POS.contains(w.pos()) && !w.is("that") || Clauses.time(w)
                || "CCONJ".equals(w.pos()) || participle;
    }
}
