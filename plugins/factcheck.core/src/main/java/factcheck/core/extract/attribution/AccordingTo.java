package factcheck.core.extract.attribution;

import java.util.List;
import java.util.Set;

/**
 * The source phrase of "according to": the noun phrase after it, read more loosely than a subject
 * ("according to the most recent tally", "according to one of his aides", "according to recently
 * leaked memos") and with what describes it ("court records released Friday by the county", "figures
 * her campaign released", "a tally by the AP"). Every word of that phrase belongs to the source, so
 * no verb inside it is a cue of its own ("reported" in "according to files reported by the Herald").
 * Each look is bounded by the segment and by {@link NounPhrases#MAX_WORDS} words.
 */
final class AccordingTo {

    /** Modifiers to step over before the noun of the phrase: at most this many. */
    private static final int MODIFIERS = 4;
    /** Counting words that take "of" before the phrase they count: "one of his aides", "some of the files". */
    private static final Set<String> PART_OF = Set.of("one", "two", "some", "many", "most", "several", "each", "all",
            "none", "both", "few");

    /**
     * The phrase read, with the kind of source its noun phrase names (the words that describe it do
     * not change that kind, except that a named maker makes unnamed evidence a document).
     */
    record Phrase(NounPhrase np, SourceKind kind) {
    }

    private AccordingTo() {
    }

    /** Whether words {@code i} and {@code i + 1} are "according to", inside words [.., to). */
    static boolean at(List<Word> ws, int i, int to) {
        return i + 1 < to && ws.get(i).is("according") && ws.get(i + 1).is("to");
    }

    /**
     * The source phrase starting at word {@code start} (right after "to"), not reaching {@code to};
     * {@code leading} when "according to" opens its clause, so that the phrase ends at a comma
     * ("According to files released Friday, the mayor …"). Null when no noun follows.
     */
    static Phrase phrase(List<Word> ws, int start, int to, boolean leading) {
        if (start >= to) {
            return null; // "according to" ends the text: nothing names the source
        }
        NounPhrase np = NounPhrases.after(ws, start, to);
        if (np == null) {
            np = loose(ws, start, to);
        }
        if (np == null) {
            return null;
        }
        SourceKind kind = SourceClassifier.kind(np);
        int after = np.to();
        int by = after + 1;
        while (by < to && by <= after + 4 && !ws.get(by).is("by") && !ws.get(by).punctuation()) {
            by++; // "a survey published in 2017 by …"
        }
        boolean lead = after < to && (ws.get(after).verb() && ws.get(after).lower().endsWith("ed")
                || ws.get(after).is("on") || ws.get(after).is("in") || ws.get(after).is("by"));
        if (ws.get(Math.min(after, to - 1)).is("by")) {
            by = after;
        }
        if (by + 1 < to && lead && ws.get(by).is("by")) {
            // "a poll published by NBC News", "a report on Monday by Aftenposten" name it
            NounPhrase maker = NounPhrases.after(ws, by + 1, to);
            if (maker != null) {
                kind = kind == SourceKind.EVIDENCE ? SourceKind.DOCUMENT : kind;
                after = maker.to();
            }
        }
        after = describing(ws, after, to, leading);
        if (leading) {
            after = toComma(ws, after, to);
        }
        return new Phrase(new NounPhrase(ws, np.from(), after, np.coreTo()), kind);
    }

    /**
     * "the most recent tally", "one of his senior aides", "recently leaked memos", "complete but
     * unofficial returns": the noun phrase after at most {@link #MODIFIERS} words that modify or count
     * it, which {@link NounPhrases#after} does not step over; it starts at {@code start}.
     */
    private static NounPhrase loose(List<Word> ws, int start, int to) {
        int k = start;
        Word first = ws.get(start);
        if ("VERB".equals(first.pos()) && !first.capitalised()) {
            // "to court/VERB documents", "to figures/VERB her campaign released": the tagger reads an
            // infinitive after "to", which "according to" never takes; the word is a noun
            boolean modified = start + 1 < to && NounPhrases.nominal(ws.get(start + 1)) && !ws.get(start + 1).capitalised();
            if (!modified) {
                return new NounPhrase(ws, start, start + 1, start + 1);
            }
            k++;
        }
        for (int n = 0; k < to && n <= MODIFIERS; n++) {
            NounPhrase inner = k > start ? NounPhrases.after(ws, k, to) : null;
            if (inner != null) {
                return new NounPhrase(ws, start, inner.to(), inner.coreTo());
            }
            Word w = ws.get(k);
            boolean partOf = PART_OF.contains(w.lower()) && k + 1 < to && ws.get(k + 1).is("of");
            boolean participle = w.verb() && w.lower().endsWith("ed") && !"AUX".equals(w.pos());
            boolean modifier = "DET".equals(w.pos()) || "ADV".equals(w.pos()) || "ADJ".equals(w.pos())
                    || "NUM".equals(w.pos()) || NounPhrases.POSSESSIVES.contains(w.lower()) || participle
                    || "CCONJ".equals(w.pos()) && k > start && "ADJ".equals(ws.get(k - 1).pos());
            if (!partOf && !modifier) {
                return null;
            }
            k += partOf ? 2 : 1;
        }
        return null;
    }

    /**
     * Where the words describing the source end, from word {@code after} (the end of its noun phrase):
     * a participle ("released Friday", "provided to the Times"), "by" and the maker, or a clause with
     * its own subject and no "that" ("figures her campaign released"), each up to the next comma or the
     * end of the segment. A leading "according
     * to" needs that comma: without one the words may already be what the source says.
     */
    private static int describing(List<Word> ws, int after, int to, boolean leading) {
        if (after >= to) {
            return after;
        }
        Word w = ws.get(after);
        boolean participle = w.verb() && !"AUX".equals(w.pos()) && (w.lower().endsWith("ed") || w.lower().endsWith("en"));
        // not a relative clause: "a poll that shows …", "aides who requested anonymity" hold cues of their own
        boolean opens = participle || w.is("by") || ownSubject(ws, after, to);
        if (!opens) {
            return after;
        }
        int stop = after;
        while (stop < to && stop - after < NounPhrases.MAX_WORDS && !ws.get(stop).is(",") && !ws.get(stop).terminator()
                && !AccordingTo.at(ws, stop, to)) {
            stop++;
        }
        boolean comma = stop < to && ws.get(stop).is(",");
        boolean closed = comma || stop == to || ws.get(stop).terminator();
        if (!closed || leading && !comma) {
            return after;
        }
        while (stop > after && ws.get(stop - 1).punctuation()) {
            stop--;
        }
        return stop;
    }

    /**
     * "According to “Salt and Stone: A History of Lund” by Ola Vik, the pier …": an opening "according
     * to" whose phrase the noun-phrase reader ended early (at a title's colon, a name it does not know)
     * runs to the comma that ends it, when no verb stands before that comma.
     */
    private static int toComma(List<Word> ws, int after, int to) {
        for (int k = after; k < to && k - after < NounPhrases.MAX_WORDS; k++) {
            Word w = ws.get(k);
            if (w.is(",")) {
                return k;
            }
            if (w.verb() || w.terminator() || at(ws, k, to)) {
                return after;
            }
        }
        return after;
    }

    /**
     * "her campaign released", "Mr. Dahl filed": a short phrase with a verb right after it, opening a
     * clause that describes the source without "that".
     */
    private static boolean ownSubject(List<Word> ws, int after, int to) {
        Word w = ws.get(after);
        boolean opens = "DET".equals(w.pos()) || NounPhrases.POSSESSIVES.contains(w.lower()) || "PROPN".equals(w.pos())
                || "PRON".equals(w.pos()) && SourceWords.PERSONAL_PRONOUNS.contains(w.lower());
        if (!opens) {
            return false;
        }
        NounPhrase subject = NounPhrases.after(ws, after, to);
        int v = subject == null ? after + 1 : subject.to();
        return v < to && "VERB".equals(ws.get(v).pos()) && v - after <= 4;
    }

    /**
     * Whether a segment ends inside the phrase after "according to", its noun still to come: the
     * quotation after it is part of the source ("according to the “Ferries First” plan she released",
     * "according to “Harbour Days” by Ola Berg"), so the reader should see both parts as one.
     */
    static boolean runsIntoQuote(Segment seg) {
        if (seg.next() == null) {
            return false;
        }
        List<Word> ws = seg.words();
        for (int a = seg.to() - 2; a >= seg.from() && a >= seg.to() - 2 - MODIFIERS; a--) {
            if (at(ws, a, seg.to())) {
                for (int k = a + 2; k < seg.to(); k++) {
                    Word w = ws.get(k);
                    if (w.noun() || w.punctuation() || w.verb()) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
