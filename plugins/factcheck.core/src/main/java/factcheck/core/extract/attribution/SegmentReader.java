package factcheck.core.extract.attribution;

import java.util.List;
import java.util.Set;

import factcheck.core.annotation.TextRef;

/**
 * Reads the cues of one {@link Segment}: the first speech verb that has a source ("Smith said",
 * "said Smith", "it is believed") and the first "according to X". When both are there and X is a
 * document or outlet, they make one chain ("according to an embassy statement, Xi remarked");
 * otherwise each is its own reading. Every loop is bounded by the segment, every look-around by a
 * few words.
 */
final class SegmentReader {

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that");

    private final String text;

    SegmentReader(String text) {
        this.text = text;
    }

    /** The readings of a segment; the first is the one a neighbouring quotation belongs to. */
    List<Reading> read(Segment seg) {
        List<Word> ws = seg.words();
        Reading verb = null;
        Reading according = null;
        for (int i = seg.from(); i < seg.to() && (verb == null || according == null); i++) {
            if (ws.get(i).is("according") && i + 1 < seg.to() && ws.get(i + 1).is("to")) {
                if (according == null) {
                    according = according(seg, i);
                }
            } else if (verb == null) {
                verb = verb(seg, i);
            }
        }
        if (verb != null && according != null) {
            boolean medium = according.kind() == SourceKind.DOCUMENT || according.kind() == SourceKind.OUTLET;
            if (medium && verb.kind() != SourceKind.DOCUMENT && verb.kind() != SourceKind.OUTLET) {
                return List.of(verb.withIntermediary(according.source(), according.kind()));
            }
            return List.of(verb, according);
        }
        return verb != null ? List.of(verb) : according != null ? List.of(according) : List.of();
    }

    private Reading verb(Segment seg, int i) {
        List<Word> ws = seg.words();
        int from = seg.from();
        int to = seg.to();
        Word w = ws.get(i);
        CueVerb v = CueVerbs.lookup(w.text()).orElse(null);
        if (v == null || (v.needsVerbTag() && !w.verb()) || (i > from && "DET".equals(ws.get(i - 1).pos()))) {
            return null; // not a cue, or an adjective: "the alleged attack", "an added benefit"
        }
        int end = i + 1;
        String particle = CueVerbs.particle(w.text());
        if (particle != null) {
            if (end >= to || !ws.get(end).is(particle)) {
                return null;
            }
            end++;
        }
        if (end < to && ws.get(end).is("by")) {
            return null; // "a democracy claimed by China": a participle with its agent, not speech
        }
        int k = i;
        boolean passive = false;
        while (k > from && k > i - 4 && skippable(ws.get(k - 1))) {
            passive |= BE.contains(ws.get(k - 1).lower());
            k--;
        }
        NounPhrase np = null;
        TextRef source;
        SourceKind kind;
        int lead;
        int next = end;
        if (passive) {
            // "It is believed that …" has no agent: a vague source. "The bridge is expected to …" is no speech.
            if (k <= from || !ws.get(k - 1).is("it")) {
                return null;
            }
            source = TextRef.of(text, ws.get(k - 1).start(), ws.get(end - 1).end());
            kind = SourceKind.VAGUE;
            lead = k - 2;
        } else {
            np = NounPhrases.before(ws, from, k);
            if (np == null && k > from && ws.get(k - 1).is(",")) {
                np = NounPhrases.apposition(ws, from, k - 1);
            }
            if (np != null && np.to() - np.from() == 1 && RELATIVE.contains(np.head().lower())) {
                // "Ruiz, who said …": the speaker is the phrase before the comma.
                np = np.from() - 1 > from && ws.get(np.from() - 1).is(",")
                        ? NounPhrases.before(ws, from, np.from() - 1) : null;
            }
            lead = np == null ? -1 : np.from() - 1;
            if (np == null && !"tell".equals(v.lemma()) && (k == from || ws.get(k - 1).punctuation())) {
                np = NounPhrases.after(ws, end, to); // inverted: "“…,” said Smith."
                if (np != null && np.to() < to && ws.get(np.to()).verb()) {
                    np = null; // "said the bridge would reopen": the subject of the reported clause
                }
                lead = k - 1;
                next = np == null ? end : np.to();
            }
            if (np == null) {
                return null;
            }
            source = TextRef.of(text, np.start(), np.end());
            kind = SourceClassifier.kind(np);
        }
        TextRef intermediary = null;
        SourceKind intermediaryKind = null;
        if ("tell".equals(v.lemma())) {
            NounPhrase listener = NounPhrases.after(ws, next, to); // "told Reuters", "told reporters"
            if (listener != null) {
                if (SourceClassifier.kind(listener) == SourceKind.OUTLET) {
                    intermediary = TextRef.of(text, listener.start(), listener.end());
                    intermediaryKind = SourceKind.OUTLET;
                }
                next = listener.to();
            }
        }
        if (next + 1 < to && ws.get(next).is("in")) {
            NounPhrase medium = NounPhrases.after(ws, next + 1, to); // "said in a statement"
            SourceKind mk = medium == null ? null : SourceClassifier.kind(medium);
            if (mk == SourceKind.DOCUMENT || mk == SourceKind.OUTLET) {
                if (intermediary == null) {
                    intermediary = TextRef.of(text, medium.start(), medium.end());
                    intermediaryKind = mk;
                }
                next = medium.to();
            }
        }
        // "He stated, “…”": a comma right after the cue means the words are elsewhere, not a clause here.
        TextRef content = next < to && ws.get(next).is(",") ? null : clause(ws, next, to, true);
        if (content == null && seg.prev() == null && lead >= from && ws.get(lead).is(",")) {
            content = clause(ws, from, lead, false); // "The bridge will reopen, officials said."
        }
        return new Reading(TextRef.of(text, w.start(), ws.get(end - 1).end()), v.lemma(), v.tone(), source, np, kind,
                intermediary, intermediaryKind, content, w.sentence());
    }

    private Reading according(Segment seg, int a) {
        List<Word> ws = seg.words();
        NounPhrase np = NounPhrases.after(ws, a + 2, seg.to());
        if (np == null) {
            return null;
        }
        boolean leading = allPunctuation(ws, seg.from(), a);
        boolean trailing = allPunctuation(ws, np.to(), seg.to()) && a > seg.from() && ws.get(a - 1).is(",");
        TextRef content = leading ? clause(ws, np.to(), seg.to(), false)
                : trailing ? clause(ws, seg.from(), a - 1, false) : clause(ws, seg.from(), seg.to(), false);
        return new Reading(TextRef.of(text, ws.get(a).start(), ws.get(a + 1).end()), "according to",
                CueTone.NEUTRAL, TextRef.of(text, np.start(), np.end()), np, SourceClassifier.kind(np), null, null,
                content, ws.get(a).sentence());
    }

    /** The words [a, b) as a reported clause, or null when they hold no verb. */
    private TextRef clause(List<Word> ws, int a, int b, boolean afterVerb) {
        for (int x = a; x + 1 < b; x++) {
            if (ws.get(x).is(",") && ws.get(x + 1).is("according")) {
                b = x; // "…, according to the US" is a cue of its own
                break;
            }
        }
        while (a < b && ws.get(a).punctuation()) {
            a++;
        }
        if (afterVerb) {
            // "said on Monday that the bridge …": the clause starts after "that".
            for (int x = a; x < b && x < a + 6 && !ws.get(x).verb(); x++) {
                if (ws.get(x).is("that") && (x == a || "SCONJ".equals(ws.get(x).pos()))) {
                    a = x + 1;
                    break;
                }
            }
        }
        while (b > a && ws.get(b - 1).punctuation()) {
            b--;
        }
        for (int x = a; x < b; x++) {
            if (ws.get(x).verb()) {
                return TextRef.of(text, ws.get(a).start(), ws.get(b - 1).end());
            }
        }
        return null;
    }

    private static boolean skippable(Word w) {
        return "ADV".equals(w.pos()) || "AUX".equals(w.pos()) || w.is("not") || w.is("n't");
    }

    private static boolean allPunctuation(List<Word> ws, int a, int b) {
        for (int x = a; x < b; x++) {
            if (!ws.get(x).punctuation()) {
                return false;
            }
        }
        return true;
    }
}
