package factcheck.core.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import factcheck.core.annotation.TextRef;

/**
 * Reads the cues of one {@link Segment}: the first speech verb that has a source ("Smith said",
 * "said Smith", "it is believed") and the first "according to X". When both are there and X is a
 * document or outlet, the saying carries X as the medium it reached the writer through ("according
 * to an embassy statement, Xi remarked"), and X's account of it is a reading of its own too. Every
 * loop is bounded by the segment, every look-around by a few words.
 */
final class SegmentReader {

    /** Forms of "be" that make a participle after them passive: "is believed", "was named". */
    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    /** How many words a name may have before a headline colon: "Senator Maria Lopez Ruiz:". */
    private static final int COLON_NAME = 5;
    /** Words before a verb that shares the subject of the clause before it. */
    private static final Set<String> SHARED_SUBJECT = Set.of(",", "and", "but", "or");
    /** Objects that make "claimed" a claim of a deed or a prize, not of words. */
    private static final Set<String> NOT_SPEECH_OBJECTS = Set.of("responsibility", "credit", "victory", "ownership");
    private static final Set<String> NOTHING = Set.of("nothing", "little", "none", "anything");
    /** Words that ask or relate, never the subject of an inverted cue: "asked whom", "said what". */
    private static final Set<String> QUESTION_WORDS = Set.of("who", "whom", "what", "which", "whoever", "whatever");

    /** Pronouns that are only ever objects: "told him:", "asked them:". */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "them", "us", "me");

    private final String text;

    SegmentReader(String text) {
        this.text = text;
    }

    /**
     * The readings of a segment, every cue in it; the first is the one a neighbouring quotation
     * belongs to, and it is the first cue with a source (a segment whose cues have no source gives
     * none to a quotation: the quotation stays unattributed).
     */
    List<Reading> read(Segment seg) {
        List<Word> ws = seg.words();
        List<Reading> verbs = new ArrayList<>();
        Reading according = null;
        List<Reading> polls = new ArrayList<>(1);
        int i = seg.from();
        while (i < seg.to()) {
            Reading poll = ws.get(i).is("in") ? inPoll(seg, i) : null;
            if (poll != null) {
                polls.add(poll);
                i += 2;
                continue;
            }
            if (AccordingTo.at(ws, i, seg.to())) {
                Reading r = according(seg, i);
                according = according == null ? r : according;
                // no word of the source is a cue: "according to files reported by the Herald"
                int past = r == null ? ws.get(i + 1).end() : r.source().end();
                while (i < seg.to() && ws.get(i).start() < past) {
                    i++;
                }
                continue;
            }
            Reading r = verb(seg, i, verbs);
            if (r == null) {
                i++;
                continue;
            }
            verbs.add(r);
            // an inverted cue's speaker is no cue of its own: "said the harbour chief known as Nils"
            int past = r.source() != null && r.source().start() >= r.cue().end() ? r.source().end() : r.cue().end();
            while (i < seg.to() && ws.get(i).start() < past) {
                i++;
            }
        }
        for (int r = 0; r + 1 < verbs.size(); r++) {
            Reading next = verbs.get(r + 1);
            if (!holds(verbs.get(r), next)) {
                verbs.set(r, endBefore(ws, seg, verbs.get(r), next));
            } else if (r + 2 < verbs.size()) {
                // "Lund said Berg claimed the pier was sold": the next cue's clause is the words said, which end
                // where the cue after it begins ("Asked whether she believed Berg wanted it, Lund said …")
                verbs.set(r, endBefore(ws, seg, verbs.get(r), verbs.get(r + 2)));
            }
        }
        Reading headline = headline(seg);
        if (headline != null) {
            List<Reading> out = new ArrayList<>(verbs.size() + 2);
            out.add(headline);
            out.addAll(verbs);
            if (according != null) {
                out.add(according);
            }
            out.addAll(polls);
            return out;
        }
        if (verbs.isEmpty() && according == null) {
            Reading colon = colon(seg);
            if (colon == null || polls.isEmpty()) {
                return colon == null ? polls : List.of(colon);
            }
            return List.of(colon, polls.get(0));
        }
        List<Reading> out = new ArrayList<>(verbs.size() + 1);
        Reading main = verbs.stream().filter(r -> r.source() != null).findFirst().orElse(null);
        // a cue that reports no words ("voters seem enamored with Lee, according to CNN": no clause, no quotation)
        // or that only the learned model chose is no saying the outlet passes on: the "according to" is the
        // sentence's attribution, a reading of its own
        boolean saying = main != null && !main.learned()
                && (main.content() != null || seg.prev() != null || seg.next() != null);
        if (saying && according != null && main.group() == CueGroup.SPEECH && !main.cue().text().endsWith("ly")) {
            boolean medium = according.kind() == SourceKind.DOCUMENT || according.kind() == SourceKind.OUTLET;
            if (medium && main.kind() != SourceKind.DOCUMENT && main.kind() != SourceKind.OUTLET) {
                // "According to a filing, Ruiz said …", "Ruiz said …, according to CNN": two attributions, the
                // saying (with the medium it reached the writer through, which the indirect-chain rule reports)
                // and the medium's own account of it (which the second-hand rule leaves to that chain)
                main = main.withIntermediary(according.source(), according.kind());
            }
        }
        if (main == null && according != null) {
            main = according;
            according = null;
        }
        if (main == null) {
            main = colon(seg); // "Gray, who cited his years in rugby: “…”": the cues have no source, the colon may
        }
        if (main != null) {
            out.add(main);
        }
        for (Reading r : verbs) {
            if (main == null || r.cue().start() != main.cue().start()) {
                out.add(r);
            }
        }
        if (according != null) {
            out.add(according);
        }
        out.addAll(polls);
        return out;
    }

    /**
     * "Berg leads by 12 points in the latest Nordlys poll", "In a survey released Monday, 40 percent
     * said …": a poll or survey the figures are found in is their source, "in" the cue (PolNeAR's
     * convention). Only a phrase whose head is a poll or survey word counts; null otherwise.
     */
    private Reading inPoll(Segment seg, int a) {
        List<Word> ws = seg.words();
        if (a + 1 >= seg.to()) {
            return null;
        }
        NounPhrase np = pollPhrase(ws, a + 1, seg.to());
        if (np == null) {
            np = NounPhrases.after(ws, a + 1, seg.to());
        }
        if (np == null || !POLLS.contains(np.head().lower()) || NO_POLL.contains(ws.get(a + 1).lower())) {
            return null; // "failing to top 1% in any national poll" names no poll to ask about
        }
        int after = np.to();
        boolean leading = allPunctuation(ws, seg.from(), a);
        for (int x = after; leading && x < seg.to() && x <= after + 8; x++) {
            if (ws.get(x).is(",")) {
                after = x + 1; // "In a poll released Monday, 50 percent …": the figures start after the comma
                break;
            }
        }
        TextRef content = leading ? clause(ws, after, seg.to(), false) : clause(ws, seg.from(), a, false);
        if (content == null || !figure(seg, content) && !standing(seg, content)) {
            return null; // "he rose in the polls" reports no finding of the poll's
        }
        TextRef source = TextRef.of(text, np.start(), np.end());
        return new Reading(TextRef.of(text, ws.get(a).start(), ws.get(a).end()), "in", CueTone.NEUTRAL, source, np,
                SourceClassifier.kind(np), null, null, content, ws.get(a).sentence(), CueGroup.EVIDENCE);
    }

    /** Whether the words of {@code content} hold a figure: a number, "percent" or "%". */
    private static boolean figure(Segment seg, TextRef content) {
        for (int x = seg.from(); x < seg.to(); x++) {
            Word w = seg.words().get(x);
            if (w.start() >= content.start() && w.end() <= content.end()
                    && ("NUM".equals(w.pos()) || w.is("percent") || w.text().contains("%") || w.text().matches(".*\\d.*"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "in an NRK/Aftenposten poll released Monday", "in a Bergen Tidende poll last month": the words
     * after "in" up to the first poll or survey word, when only names, modifiers and the slash or
     * hyphen of joint pollsters stand before it (the noun-phrase reader stops at the slash, and takes
     * "last month" for the head). Null when no poll word comes first.
     */
    private static NounPhrase pollPhrase(List<Word> ws, int from, int to) {
        for (int k = from; k < to && k - from < 10; k++) {
            Word w = ws.get(k);
            if (POLLS.contains(w.lower())) {
                return k > from || !"ADP".equals(w.pos()) ? new NounPhrase(ws, from, k + 1, k + 1) : null;
            }
            boolean modifier = w.noun() || "DET".equals(w.pos()) || "ADJ".equals(w.pos()) || "NUM".equals(w.pos())
                    || w.is("/") || w.is("-") || w.possessive() || w.is("'s") || w.is("\u2019s");
            if (!modifier) {
                return null;
            }
        }
        return null;
    }

    /** Words of a poll's finding that give a standing without a figure: "has a clear lead in the polls". */
    private static final Set<String> STANDINGS = Set.of("lead", "leads", "leading", "ahead", "behind", "trail", "trails",
            "trailing", "edge", "tied", "deadlocked", "front-runner", "frontrunner");

    /** Whether the words of {@code content} give a standing ({@link #STANDINGS}). */
    private static boolean standing(Segment seg, TextRef content) {
        for (int x = seg.from(); x < seg.to(); x++) {
            Word w = seg.words().get(x);
            if (w.start() >= content.start() && w.end() <= content.end() && STANDINGS.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Heads of the phrase after "in" that make it a source: "in the latest poll", "in exit polls". */
    private static final Set<String> POLLS = Set.of("poll", "polls", "polling", "survey", "surveys");
    /** Quantifiers that make the poll phrase no particular poll: "in any poll", "in no survey". */
    private static final Set<String> NO_POLL = Set.of("any", "no", "every", "each");

    /**
     * Whether the words of reading {@code r} open with the subject of the {@code next} cue, which stands
     * inside them: "Lund said Berg claimed the pier was sold" (reported speech inside reported speech).
     */
    private static boolean holds(Reading r, Reading next) {
        TextRef c = r.content();
        return c != null && next.source() != null && next.source().start() == c.start()
                && next.cue().start() < c.end();
    }

    /**
     * "Ruiz thanked the divers but told reporters …": the words of a cue end where the next cue's
     * clause begins, without the joining "but", "and" or comma.
     */
    private Reading endBefore(List<Word> ws, Segment seg, Reading r, Reading next) {
        TextRef c = r.content();
        if (c == null) {
            return r;
        }
        int stop = next.source() != null && next.source().start() > c.start() ? Math.min(next.source().start(),
                next.cue().start()) : next.cue().start();
        if (c.end() <= stop || c.start() >= stop || jointSubject(ws, seg, c, next)) {
            return r;
        }
        int last = -1;
        for (int x = seg.from(); x < seg.to() && ws.get(x).end() <= stop; x++) {
            last = x;
        }
        while (last >= 0 && ws.get(last).start() >= c.start()
                && (ws.get(last).punctuation() || "CCONJ".equals(ws.get(last).pos()))) {
            last--;
        }
        if (last < 0 || ws.get(last).start() < c.start() || linkOnly(ws, seg.from(), c.start(), last)) {
            return r.withContent(null); // "“…,” Rubio responded before adding …": "before" says nothing
        }
        return r.withContent(TextRef.of(text, c.start(), ws.get(last).end()));
    }

    /**
     * "Dahl said Berg and the union had failed to explain …": the words of the cue open with a phrase, an
     * "and" or "or", and the next cue's source; the two phrases are one subject inside those words, which
     * go on past the next cue. Any other start ("said in May and some lawmakers …") ends them there.
     */
    private static boolean jointSubject(List<Word> ws, Segment seg, TextRef content, Reading next) {
        if (next.source() == null || next.source().start() <= content.start()) {
            return false;
        }
        int first = -1;
        for (int x = seg.from(); x < seg.to() && first < 0; x++) {
            first = ws.get(x).start() == content.start() ? x : -1;
        }
        NounPhrase opening = first < 0 ? null : NounPhrases.after(ws, first, seg.to());
        int join = opening == null ? -1 : opening.to();
        return join >= 0 && join + 1 < seg.to() && (ws.get(join).is("and") || ws.get(join).is("or"))
                && ws.get(join + 1).start() == next.source().start()
                && !SourceWords.PERSONAL_PRONOUNS.contains(ws.get(join + 1).lower());
    }

    /**
     * A colon that introduces someone's words, in a segment with no other cue: "The senator's answer:
     * “…”" (the segment ends in the colon and leads into a quotation; the source is the phrase the
     * segment opens with, when it has one), or the headline style "Rubio: We will win Florida" (a
     * name of at most {@link #COLON_NAME} words opening the sentence, then the words).
     */
    private Reading colon(Segment seg) {
        List<Word> ws = seg.words();
        int last = seg.to() - 1;
        if (last < seg.from()) {
            return null;
        }
        if (seg.next() != null && ws.get(last).is(":")) {
            // the phrase right before the colon: "… - Pew Research: “…”", "The senator's answer: “…”"
            NounPhrase np = NounPhrases.before(ws, seg.from(), last);
            if (np != null && np.to() - np.from() == 1 && OBJECT_PRONOUNS.contains(np.head().lower())) {
                return null; // "Berg scolded him: “…”": the one addressed does not speak (the verb's subject does)
            }
            return colonReading(ws.get(last), np, null, np == null ? SourceKind.NONE : SourceClassifier.kind(np));
        }
        int start = seg.from();
        while (start < last && ws.get(start).punctuation()) {
            start++;
        }
        for (int x = start + 1; x <= last && x - start <= COLON_NAME; x++) {
            if (!ws.get(x).is(":")) {
                continue;
            }
            NounPhrase np = NounPhrases.before(ws, start, x);
            TextRef content = clause(ws, x + 1, seg.to(), false);
            // a name ending right at the colon: not "Editor's note:", "The Latest:", "Q:", "UPDATE:"
            Word end = np == null ? null : ws.get(np.coreTo() - 1);
            boolean named = np != null && np.from() == start && np.coreTo() == x && ws.get(start).text().length() > 1
                    && !ws.get(start).text().equals(ws.get(start).text().toUpperCase(java.util.Locale.ROOT))
                    && !"DET".equals(ws.get(start).pos()) && end.capitalised() && "PROPN".equals(end.pos());
            if (!named || (content == null && seg.next() == null)) {
                return null;
            }
            SourceKind kind = SourceClassifier.kind(np);
            return kind == SourceKind.PERSON || kind == SourceKind.ORGANISATION
                    ? colonReading(ws.get(x), np, content, kind) : null;
        }
        return null;
    }

    /**
     * "Okafor: Lagos Has To Move Faster": a headline giving a speaker's words after the name and a
     * colon ({@link Headlines}); verbs after the colon belong to the words ("Okafor: Ruiz Says …").
     */
    private Reading headline(Segment seg) {
        List<Word> ws = seg.words();
        int start = seg.from();
        while (start < seg.to() && ws.get(start).punctuation()) {
            start++;
        }
        for (int x = start + 1; x < seg.to() && x - start <= COLON_NAME; x++) {
            if (!ws.get(x).is(":")) {
                continue;
            }
            if (!Headlines.speakerColon(ws, start, x, seg.to())) {
                return null;
            }
            // the tagger reads title case badly, so its tags do not decide: the capitalised words are the name
            NounPhrase name = new NounPhrase(ws, start, x, x);
            SourceKind kind = SourceClassifier.kind(name);
            int end = seg.to();
            while (end > x + 1 && ws.get(end - 1).punctuation()) {
                end--;
            }
            TextRef content = TextRef.of(text, ws.get(x + 1).start(), ws.get(end - 1).end());
            return colonReading(ws.get(x), name, content,
                    kind == SourceKind.VAGUE || kind == SourceKind.NONE ? SourceKind.PERSON : kind);
        }
        return null;
    }

    private Reading colonReading(Word c, NounPhrase np, TextRef content, SourceKind kind) {
        TextRef source = np == null ? null : TextRef.of(text, np.start(), np.end());
        return new Reading(TextRef.of(text, c.start(), c.end()), ":", CueTone.NEUTRAL, source, np, kind, null, null,
                content, c.sentence(), CueGroup.SPEECH);
    }

    /**
     * The reading of the verb at word {@code i} that governs the quotation after the segment, cue or
     * not ("The ad targets a “…”": see {@link GoverningClause}), with its subject found as a cue's is;
     * null when it has no source. The cues before it in the segment are read first, for a verb that
     * shares their subject ("… on Tuesday, endorsing eight candidates “…”").
     */
    Reading governing(Segment seg, int i) {
        List<Reading> earlier = new ArrayList<>();
        for (Reading r : read(seg)) {
            if (r.cue().start() < seg.words().get(i).start()) {
                earlier.add(r);
            }
        }
        earlier.sort((a, b) -> Integer.compare(a.cue().start(), b.cue().start()));
        Reading r = verb(seg, i, earlier, true);
        return r == null || r.source() == null ? null : r;
    }

    private Reading verb(Segment seg, int i, List<Reading> earlier) {
        return verb(seg, i, earlier, false);
    }

    private Reading verb(Segment seg, int i, List<Reading> earlier, boolean governing) {
        List<Word> ws = seg.words();
        int from = seg.from();
        int to = seg.to();
        Word w = ws.get(i);
        CueVerb v = CueVerbs.lookup(w.text()).orElse(null);
        String particle = v == null ? null : CueVerbs.particle(w.text());
        if (particle != null && (i + 1 >= seg.to() || !ws.get(i + 1).is(particle))) {
            // "Vik pointed to the polls": not the table's "point out", but the learned lexicon knows the form; only
            // before "to" or "at", which name what is cited ("pointed it at the crowd" cites nothing)
            boolean cites = i + 1 < seg.to() && (ws.get(i + 1).is("to") || ws.get(i + 1).is("at"));
            if (!cites) {
                return null;
            }
            v = null;
        }
        int cueFrom = i;
        int end = i + 1;
        CueGroup group;
        boolean learned = false;
        if (v != null) {
            if ((v.needsVerbTag() && !w.verb() && !QuoteFrame.verbAt(seg, i) && !NounTaggedCue.at(ws, i, from, to))
                    || (i > from && "DET".equals(ws.get(i - 1).pos()) && !standingAlone(ws, i - 1, to))) {
                return null; // not a cue, or an adjective: "the alleged attack", "an added benefit"
            }
            if (particle != null) {
                end++;
            }
            group = CueLexicon.group(w.text(), v.lemma());
        } else {
            CueLexicon.Match m = CueLexicon.at(ws, from, to, i);
            if (m == null) {
                m = QuoteCredits.asPutIt(ws, from, to, i); // "As Vik puts/NOUN it, …"
            }
            if (m == null && QuoteFrame.verbAt(seg, i)) {
                m = new CueLexicon.Match(i, i + 1, CueGroup.SPEECH); // "“…,” the judge exclaimed."
            }
            if (m == null && governing) {
                // the verb whose object is the quotation: its words are the quotation, which a learned cue,
                // needing words of its own after it, would not find
                m = new CueLexicon.Match(i, i + 1, CueGroup.SPEECH);
            }
            if (m == null) {
                m = LearnedCues.at(seg, i); // "Ruiz wants …", "voters who support …": a cue in this context
                learned = m != null;
            }
            if (m == null || (!w.noun() && i > from && "DET".equals(ws.get(i - 1).pos()))) {
                return null; // "the expected result": an adjective, though "the assertion that" is a cue
            }
            v = new CueVerb(w.lower(), CueTone.NEUTRAL, false);
            cueFrom = m.from();
            end = m.to();
            group = m.group();
        }
        if (NotACue.at(ws, i, from, to, seg.next() != null) || VerbContext.attributive(ws, cueFrom, end, from, to, seg.prev() != null)) {
            return null;
        }
        int k = cueFrom;
        boolean passive = false;
        boolean state = Clauses.state(w);
        while (k > from && k > cueFrom - 4 && (VerbContext.skippable(ws.get(k - 1))
                || w.lower().endsWith("ing") && VerbContext.catenative(ws.get(k - 1))
                || state && Clauses.linking(ws.get(k - 1)))) {
            // "is believed" is passive, "are questioning" is not: a form in -ing after "be" is progressive
            // and "is worried", "are quick to" (adjectives) say what the subject thinks or does, as an active verb
            // would; so do "is convinced", "were adamant", "remains wary", which the tagger may call participles
            passive |= BE.contains(ws.get(k - 1).lower()) && !w.lower().endsWith("ing") && !"ADJ".equals(w.pos())
                    && !state && (!w.verb() || Participles.form(w)); // "were not fond/VERB of": no participle
            k--;
        }
        int pair = VerbContext.beforeAdverbialPair(ws, from, k);
        if (pair < k) {
            k = pair; // "Norway in particular feared"
            while (k > from && VerbContext.skippable(ws.get(k - 1))) {
                k--;
            }
        }
        int support = k == cueFrom ? Clauses.supportVerb(ws, from, cueFrom) : -1;
        // "Berg, making it clear that …, stood": a support verb in -ing is a participle as a cue in -ing is
        boolean supportParticiple = support >= 0 && ws.get(support).lower().endsWith("ing") && !"ADJ".equals(ws.get(support).pos());
        if (support >= 0) {
            // "Lind took issue with", "Holm made it clear that": the subject is the support verb's
            k = support;
            while (k > from && k > support - 4 && VerbContext.skippable(ws.get(k - 1))) {
                k--;
            }
        }
        NounPhrase np = null;
        Word relative = null;
        TextRef source = null;
        SourceKind kind = SourceKind.NONE;
        int lead = -1;
        int next = end;
        if ("claim".equals(v.lemma()) && end < to && (NOT_SPEECH_OBJECTS.contains(ws.get(end).lower())
                || ws.get(end).is("by"))) {
            return null; // "claimed responsibility", "the attack was claimed by …": a claim of a deed, not of words
        }
        NounPhrase giver = giver(ws, i, end, to);
        if (giver != null) {
            // "drew criticism from rivals", "support among union members": those who give it are the source (the
            // words after the cue stay its content: a learned cue needs them)
            np = giver;
        } else if (end < to && ws.get(end).is("by")) {
            // "Asked by reporters whether …, Ruiz said": a participle opening its clause is passive
            if (!passive && !(k == from && w.lower().endsWith("ed"))) {
                return null; // "a democracy claimed by China": a participle with its agent, not speech
            }
            np = NounPhrases.after(ws, end + 1, to); // "was told by aides"
            np = np != null ? np : Quantities.after(ws, end + 1, to); // "was backed by six in 10 of the voters"
            next = np == null ? end : np.to();
        } else if (passive) {
            // "It is believed that …" has no agent: a vague source. "The bridge is expected to …" names none.
            if (k > from && ws.get(k - 1).is("it") && end < to && ws.get(end).is("to")) {
                return null; // "It was forecast to reach Florida": "it" is the storm, not the dummy of "it is believed that"
            }
            if (k > from && ws.get(k - 1).is("it")) {
                source = TextRef.of(text, ws.get(k - 1).start(), ws.get(end - 1).end());
                kind = SourceKind.VAGUE;
                lead = k - 2;
            } else {
                np = Clauses.laterAgent(ws, end, to); // "was declared the winner in Ohio by the networks"
            }
        } else {
            // "continued to question": the learned cue may hold its "to"
            int toAt = k > from && ws.get(k - 1).is("to") && !w.noun() ? k - 1 : cueFrom < i && ws.get(cueFrom).is("to") ? cueFrom : -1;
            boolean infinitive = toAt >= 0;
            np = infinitive ? Clauses.infinitiveSubject(ws, from, toAt)
                    : Clauses.beforeTime(ws, from, NounPhrases.before(ws, from, k));
            if (np != null && !infinitive && k == cueFrom && np.to() == k && !w.lower().endsWith("ing")) {
                NounPhrase antecedent = Clauses.beforeRelativeClause(ws, from, np);
                np = antecedent != null ? antecedent : np; // "Farmers who praised his plan warned"
            }
            if (np == null && !infinitive) {
                np = Quantities.subject(ws, from, k, i); // "six in 10 said", "many believe"
            }
            if (np == null && !infinitive && k > from && STANDALONE.contains(ws.get(k - 1).lower())
                    && (k - 1 == from || ws.get(k - 2).punctuation() || "CCONJ".equals(ws.get(k - 2).pos())
                            || "ADV".equals(ws.get(k - 2).pos()))) {
                np = new NounPhrase(ws, k - 1, k, k); // "Another said, “…”", "Yet another wrote"
            }
            if (np == null && cueFrom == k && k > from && CueLexicon.documentNoun(ws.get(k - 1))) {
                np = NounPhrases.endingWith(ws, from, k - 1); // "opinion polls show", "polls" tagged a verb
            }
            if (np == null && k > from && (ws.get(k - 1).is(")") || ws.get(k - 1).is(",") && k - 2 > from
                    && ws.get(k - 2).is(")") && !namedAfter(ws, end, to))) {
                np = Clauses.beforeBracket(ws, from, ws.get(k - 1).is(")") ? k - 1 : k - 2); // "Lund (who has 25 seats) said"
            }
            if (np == null && k > from && (Clauses.dash(ws.get(k - 1))
                    || Clauses.spacedHyphen(ws, k - 1) && !w.lower().endsWith("ing") && !supportParticiple
                            && !"ADJ".equals(w.pos()))) {
                // a participle or adjective after a hyphen adds to the clause before it: "a task - bragging - conceding"
                np = Clauses.beforeDashAside(ws, from, k - 1); // "Sims — a teacher from Porto — says"
                if (np == null && seg.prev() != null) {
                    // "Dahl - who once vowed to “shut down” the port - said": the aside holds a quotation, and
                    // its opening dash stands in the sentence before the quotation
                    np = Clauses.beforeDashAside(ws, VerbContext.sentenceStart(ws, from), k - 1);
                }
            }
            // "Fiorina backed Lee on Monday, saying …": a participle after a comma takes the subject of the
            // clause before it (below), not the phrase the comma follows
            boolean sharedParticiple = w.lower().endsWith("ing") && k == cueFrom || supportParticiple;
            if (np == null && k > from && ws.get(k - 1).is(",") && !sharedParticiple) {
                // "Holm, who served in Iran, Turkey and France, praised": the relative clause's own list is
                // no apposition of the subject
                np = Clauses.beforeAside(ws, from, k - 1);
                if (np == null && !namedAfter(ws, end, to)) {
                    np = Clauses.roleThenName(ws, from, k - 1); // "…, a spokeswoman, Ana Lie, said"
                }
                if (np == null && (!inverted(seg, w, end) || "tell".equals(v.lemma()) || !namedAfter(ws, end, to))) {
                    // "Authorities in Troms, the county next to Finland, announced tighter controls": a phrase
                    // opening the clause and an aside before the cue make it no inverted one, unless someone
                    // is named after the cue ("The ferry docked, the crew left, said Dahl.")
                    np = Clauses.parentheticalSubject(ws, from, k - 1);
                }
                if (np == null && !inverted(seg, w, end)) {
                    np = Clauses.openingName(ws, from, k - 1); // "Mary Susan, clad in a cape that …, said"
                }
                if (np == null && seg.prev() != null && !inverted(seg, w, end)) {
                    // "The ad, titled “Unifier?”, concludes": the aside holds a quotation, and the phrase it
                    // describes stands in the sentence before the quotation
                    np = Clauses.parentheticalSubject(ws, VerbContext.sentenceStart(ws, from), k - 1);
                }
            }
            if (np == null && !infinitive && k - 1 > from && ws.get(k - 1).is("that") && relativeThat(ws.get(k - 2))) {
                np = new NounPhrase(ws, k - 1, k, k); // "a museum that promotes": the tagger may call "that" a determiner
            }
            if (np != null && np.to() - np.from() == 1 && Clauses.RELATIVES.contains(np.head().lower())) {
                int who = np.from();
                if (who - 1 > from && ws.get(who - 1).is(",")) {
                    // "Ruiz, who said …": the source is the "who" as written; its phrase (the one before the
                    // comma) says what kind of source it is and whom the speaker resolves to
                    NounPhrase antecedent = NounPhrases.before(ws, from, who - 1);
                    if (antecedent != null) {
                        relative = ws.get(who);
                    }
                    np = antecedent;
                } else {
                    // "voters who say …", "a museum that promotes …": the phrase and its relative, which the reader
                    // takes as one; after a name ("CNN who reported") the "who" as written is the source, and the
                    // name its speaker
                    NounPhrase antecedent = NounPhrases.before(ws, from, who);
                    boolean named = antecedent != null && antecedent.core().stream().anyMatch(x -> "PROPN".equals(x.pos()))
                            && ws.get(who).is("who");
                    if (named) {
                        relative = ws.get(who);
                    }
                    if (antecedent == null && (ws.get(who).text().equals("who") || ws.get(who).text().equals("that")) && who > from) {
                        // "four in 10 who said", "another that attacked": the relative alone when no phrase before it is read
                        antecedent = np;
                    }
                    np = antecedent == null || named || antecedent == np ? antecedent
                            : new NounPhrase(ws, antecedent.from(), who + 1, antecedent.coreTo());
                }
            }
            // "Lund sent a letter this week urging …", "… an email Wednesday saying …": the object before the time
            boolean ing = w.lower().endsWith("ing") || supportParticiple;
            NounPhrase object = ing && np != null && np.to() == k ? withoutTrailingTime(ws, from, np) : np;
            if (object != null && object == np && ing && np.to() == k) {
                object = Clauses.chain(ws, from, object).first(); // "spent the run-up to the vote in Lund portraying"
            }
            int objectOf = object == null ? -1 : object.from() - 1;
            if (objectOf > from && (NounPhrases.POSSESSIVES.contains(ws.get(objectOf).lower())
                    || "ADP".equals(ws.get(objectOf).pos()) && "VERB".equals(ws.get(objectOf - 1).pos()))) {
                objectOf--; // "revised her statement explaining", "put out a statement saying"
            }
            if (objectOf - 2 > from && ws.get(objectOf).is("of") && (ws.get(objectOf - 1).is("much")
                    || ws.get(objectOf - 1).is("most") || ws.get(objectOf - 1).is("all"))) {
                objectOf -= 2; // "spent much of his speech defending"
            }
            if (np != null && sharedParticiple && np.to() == k && objectOf > from
                    && "VERB".equals(ws.get(objectOf).pos()) && !ws.get(objectOf).capitalised()
                    && !ws.get(objectOf).lower().endsWith("ing")
                    && relative == null && (thing(object) || SPEND.contains(ws.get(objectOf).lower())
                            || object.head().is("turns"))) {
                // "All three candidates issued statements condemning the attacks": a participle after its
                // verb's object shares the subject of that verb
                NounPhrase subject = Clauses.mainSubject(ws, VerbContext.sentenceStart(ws, from), object.from());
                if (subject != null) {
                    np = subject;
                }
            }
            if (np != null && sharedParticiple && np.to() == k && relative == null
                    && Clauses.adverbialObject(ws, from, np)) {
                // "Lee opened a rally in Lund blasting the council", "Berg was on NRK talking about …": a
                // participle after where or when something happened shares the subject of the clause
                NounPhrase subject = Clauses.mainSubject(ws, VerbContext.sentenceStart(ws, from), np.from());
                if (subject != null && subject.to() < np.from()) {
                    np = subject;
                }
            }
            if (np == null && cueFrom > from && runsInto(seg)) {
                np = QuoteCredits.nameBeforeCue(ws, from, cueFrom); // "“…,” Will/AUX wrote.", "“…,” From/ADP said."
            }
            lead = np == null ? -1 : np.from() - 1;
            boolean participle = w.lower().endsWith("ing") || supportParticiple;
            // "Ruiz called it “a farce,” denounced …": a verb right after a quotation inside a sentence
            boolean afterQuote = k == from && seg.prev() != null
                    && ws.get(VerbContext.sentenceStart(ws, from)).start() < seg.prev().start();
            // "Its plan is “reckless,” said Berg, a lecturer": after a quotation that runs on inside the
            // sentence, a speech verb with a phrase after it and no verb after the phrase is inverted
            boolean invertedAfterQuote = afterQuote && runsInto(seg) && inverted(seg, w, end);
            if (np == null && !"tell".equals(v.lemma()) && !participle
                    && (k == from && (!afterQuote || invertedAfterQuote) || k > from && ws.get(k - 1).punctuation()
                            && (!ws.get(k - 1).is(",") || inverted(seg, w, end)))) {
                np = NounPhrases.after(ws, end, to); // inverted: "“…,” said Smith."
                if (np == null) {
                    np = NounPhrases.mistaggedRole(ws, end, to); // "said pollster/VERB Ann Lunde"
                }
                // "said Ruiz following the vote": a participle after the phrase is no reported clause's verb
                if (np != null && (np.to() < to && ws.get(np.to()).verb() && !ws.get(np.to()).lower().endsWith("ing")
                        || Clauses.time(np.head()) && !inCompound(np)
                        || QUESTION_WORDS.contains(np.head().lower()))) {
                    // "said the bridge would reopen": the subject of the reported clause; "said Tuesday"; "asked whom"
                    np = null;
                }
                if (np == null && k == from && !afterQuote && runsInto(seg)) {
                    np = QuoteCredits.speakerAfterInvertedCue(ws, end, to); // "“…,” said the 46-year-old."
                }
                lead = k - 1;
                next = np == null ? end : np.to();
                if (np != null && next < to && (ws.get(next).is("who") || ws.get(next).is("whose")
                        || k == from && seg.prev() != null && !ws.get(next).is("that"))) {
                    // "“…,” said a port official who oversaw the inquiry": the clause describes the source;
                    // "“…,” said Ruiz following the vote": after a quotation the words said are the quotation's
                    next = to;
                }
            }
            if (np == null && participle && k == cueFrom && k - 1 > from && ws.get(k - 1).is("for") && !learned
                    && !governing) {
                // "Lund criticized Berg for saying …", "thanked the crew for insisting …": whoever is criticized,
                // praised or thanked for saying something said it, not the one who criticizes. Only for a verb
                // of saying: in "ripped Berg for acting as “the judge”" the words in marks are the critic's
                np = Clauses.objectBeforeFor(ws, from, k - 1);
            }
            if (np == null && participle && k - 2 >= from && ws.get(k - 2).is(":")
                    && ("ADP".equals(ws.get(k - 1).pos()) || "SCONJ".equals(ws.get(k - 1).pos()))) {
                // "…: By refusing to admit any fault, Lund and Dahl made it worse": after a colon the
                // participle opens a clause of its own, whose subject follows it
                np = Clauses.subjectAfterOpening(ws, k - 1, k, to);
            }
            if (np == null && (afterQuote || k > from && (SHARED_SUBJECT.contains(ws.get(k - 1).lower())
                    || Clauses.timeAfterConjunction(ws, from, k)
                    || participle && ("ADP".equals(ws.get(k - 1).pos()) || "SCONJ".equals(ws.get(k - 1).pos())
                            || (Clauses.dash(ws.get(k - 1)) || Clauses.spacedHyphen(ws, k - 1))
                                    && !QuoteFrame.PREPOSITIONAL.contains(w.lower()))))) {
                // (a participle after a dash, as after a comma: "Ruiz flipped on the spot – saying …", "… - in
                // effect conceding …")
                // "Ruiz thanked the crew, adding …", "Ruiz smiled and said …", "Ruiz left but told …",
                // "Ruiz ended it by saying …": the subject of the clause before.
                Reading before = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
                int sentence = seg.prev() == null ? from : VerbContext.sentenceStart(ws, from);
                int main = FrontedClauses.mainClauseStart(ws, sentence, k - 1);
                int joined = Clauses.lastJoinedClause(ws, main, k - 1);
                if (before != null && joined > sentence && before.cue().start() < ws.get(joined).start()) {
                    // "When asked whom she backed, Holm smiled and said": "asked" is not this clause's; nor is
                    // "say" in "Workers say …, and the union has sued, saying"
                    before = null;
                }
                if (before != null && !participle && !"CCONJ".equals(ws.get(Math.max(from, k - 1)).pos())
                        && relativeOfPhrase(before)) {
                    // "Holm, who calls the plan “a farce,” said": the relative clause has closed; the verb
                    // after it is the main clause's, whose subject is the phrase the "who" stands for
                    NounPhrase antecedent = before.sourcePhrase();
                    return reading(w, cueFrom, end, v, group, TextRef.of(text, antecedent.start(), antecedent.end()),
                            antecedent, before.kind(), seg, next, lead, ws);
                }
                // "Marsh threw her support behind Lee, saying …": the owner of a noun cue ("her support") is
                // no subject; the participle takes the clause's subject below
                boolean owner = before != null && before.sourcePhrase() != null
                        && (NounPhrases.POSSESSIVES.contains(before.sourcePhrase().head().lower())
                                || before.sourcePhrase().words().get(before.sourcePhrase().to() - 1).possessive());
                if (before != null && before.source() != null && !owner && "CCONJ".equals(ws.get(k - 1).pos())
                        && !(participle && before.cue().text().endsWith("ing"))
                        && embedded(ws, from, before) && insidePredicate(ws, joined, k - 1, before)) {
                    // "Berg refused to say whom Holm backed but said …", "Ruiz complained Lind had attacked him
                    // and questioned …": the cue before stands in a clause inside the main clause's predicate,
                    // whose subject the joined verb shares (below)
                    before = null;
                }
                if (before != null && before.source() != null && !owner) {
                    Reading shared = reading(w, cueFrom, end, v, group, before.source(), before.sourcePhrase(),
                            before.kind(), seg, next, lead, ws);
                    if (learned) {
                        return shared == null || shared.content() == null ? null : shared.asLearned();
                    }
                    return shared;
                }
                // a quotation may stand between the subject and this verb: "Ruiz called it “a farce,” then
                // said …" reads the sentence from its start
                np = Clauses.mainSubject(ws, joined, k - 1);
                if (np == null && main > sentence) {
                    np = Clauses.mainSubject(ws, sentence, k - 1);
                }
                if (np == null && (participle || state || k == cueFrom && "ADJ".equals(w.pos())) && ws.get(k - 1).is(",")) {
                    // "Salceda, citing the data, said …", "Berg, wary of the cost, voted no": an aside of the phrase
                    // opening the clause
                    np = Clauses.openingPhrase(ws, from, k - 1);
                }
                if (np == null && afterQuote) {
                    // "Joe Lund, host of NRK’s “Dagsrevyen,” suggested …": the name the sentence opens with
                    np = Clauses.openingName(ws, VerbContext.sentenceStart(ws, from), k - 1);
                }
            }
            if (np == null && participle && seg.prev() == null) {
                // "In describing the plan, Holm said …", "After thanking the crowd, she left": a participle
                // opening the sentence shares the subject of the main clause after it
                np = Clauses.subjectAfterOpening(ws, from, k, to);
            }
            int hope = np != null || governing ? -1 : Clauses.inHopeOf(ws, from, cueFrom);
            int host = hope > from ? GoverningClause.verbBefore(seg, hope - 1) : -1;
            Reading hoper = host < 0 ? null : verb(seg, host, earlier, true);
            if (hoper != null && hoper.sourcePhrase() != null) {
                // "Lund met the workers in hopes of persuading them": the hope is that of the subject of the
                // clause it ends ("…, because some stayed home in hopes turnout would drop": of "some"), unless
                // that clause is a relative one ("protested at the hotel where the board met, in hopes that …")
                NounPhrase subject = hoper.sourcePhrase();
                boolean relativeClause = subject.from() > from
                        && relativeOpener(ws.get(subject.from() - 1))
                        || subject.to() - subject.from() == 1 && relativeOpener(subject.head());
                np = relativeClause ? Clauses.mainSubject(ws, VerbContext.sentenceStart(ws, from), hope) : subject;
            }
            if (np == null && infinitive && seg.prev() == null && toAt - 1 >= from
                    && ws.get(toAt - 1).lower().endsWith("ing")) {
                // "Continuing to explain his view, Dahl rejected …": the infinitive of a participle opening the
                // sentence shares the subject of the main clause after it, as the participle does
                np = Clauses.subjectAfterOpening(ws, from, toAt - 1, to);
            }
        }
        if (np != null) {
            source = relative != null ? TextRef.of(text, relative.start(), relative.end())
                    : TextRef.of(text, np.start(), np.end());
            kind = SourceClassifier.kind(np);
        }
        Reading r = reading(w, cueFrom, end, v, group, source, np, kind, seg, next, lead, ws);
        if (r == null) {
            return null; // "Ruiz said nothing"
        }
        if (learned && (r.content() == null || kind == SourceKind.EVIDENCE)) {
            // "Ruiz spoke strongly": a word the model chose, with nothing said, reports nothing; and "my research
            // has focused on …" is no unnamed evidence: evidence cues come from the lexicon ("polls show")
            return null;
        }
        if (np == null && kind == SourceKind.VAGUE && r.content() == null) {
            return null; // "if it is deemed against the law": no clause, so no one is said to believe anything
        }
        return learned ? r.asLearned() : r;
    }

    /** A reading of the cue at words [cueFrom, end) with its listener, medium and reported clause. */
    private Reading reading(Word w, int cueFrom, int end, CueVerb v, CueGroup group, TextRef source, NounPhrase np,
            SourceKind kind, Segment seg, int next, int lead, List<Word> ws) {
        int from = seg.from();
        int to = seg.to();
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
        boolean describedMedium = false;
        if (next + 1 < to && ws.get(next).is("in")) {
            NounPhrase medium = medium(ws, next + 1, to); // "said in a statement", "in a televised address"
            SourceKind mk = medium == null ? null : SourceClassifier.kind(medium);
            boolean carrier = mk == SourceKind.DOCUMENT || mk == SourceKind.OUTLET;
            if (carrier || medium != null && thing(medium)) {
                // "in a statement" is a medium the words reached the writer through; "in a speech" only says how
                if (intermediary == null && carrier) {
                    intermediary = TextRef.of(text, medium.start(), medium.end());
                    intermediaryKind = mk;
                }
                next = medium.to();
                // "said in a video statement released on Monday": a participle after the medium describes it
                // or a relative clause: "continued in the speech, which was broadcast live"
                describedMedium = next < to && ("VERB".equals(ws.get(next).pos()) && ws.get(next).lower().endsWith("ed")
                        || ws.get(next).is("which"));
            }
        }
        // "He stated, “…”": a comma right after the cue means the words are elsewhere, not a clause here.
        TextRef content = describedMedium || next < to && ws.get(next).is(",") ? null : clause(ws, next, to, true);
        for (int x = next; describedMedium && x < to && x < next + 6 && !ws.get(x).punctuation(); x++) {
            if (ws.get(x).is("that")) {
                content = clause(ws, x + 1, to, true); // "said in a statement released Monday that the port …"
                break;
            }
        }
        if (content == null && !describedMedium && next < to && !ws.get(next).is(",")) {
            NounPhrase object = NounPhrases.after(ws, next, to); // "has denied the report", "criticised the plan"
            content = object == null || object.to() - object.from() == 1 && "PRON".equals(object.head().pos())
                    ? null : TextRef.of(text, object.start(), object.end());
            if (content == null && NOTHING.contains(ws.get(next).lower())) {
                return null; // "Ruiz said nothing": a cue that reports no words
            }
        }
        if (content != null && source != null && runsInto(seg) && next < to && !ws.get(next).is("that")
                && (Clauses.time(ws.get(next)) || WHEN_AFTER_CUE.contains(ws.get(next).lower()) || lastParticiple(ws, next, to))) {
            // "“…,” Ruiz said Saturday.", "“…,” Berg wrote after the vote": when, not what was said; "“…,” she
            // recalls thinking.": how the quoted words came, not other words
            content = null;
        }
        if (content == null && seg.prev() == null && lead >= from && ws.get(lead).is(",")) {
            content = clause(ws, from, lead, false); // "The bridge will reopen, officials said."
            if (content == null && next < to && ws.get(next).is(",")) {
                content = clause(ws, from, to, false); // "The bridge, Ruiz said, will reopen in May."
            }
        }
        return new Reading(TextRef.of(text, ws.get(cueFrom).start(), ws.get(end - 1).end()), v.lemma(), v.tone(), source,
                np, kind, intermediary, intermediaryKind, content, w.sentence(), group);
    }

    private Reading according(Segment seg, int a) {
        List<Word> ws = seg.words();
        boolean leading = allPunctuation(ws, seg.from(), a);
        AccordingTo.Phrase phrase = AccordingTo.phrase(ws, a + 2, seg.to(), leading);
        if (phrase == null) {
            return null;
        }
        NounPhrase np = phrase.np();
        TextRef source = TextRef.of(text, np.start(), np.end());
        SourceKind kind = phrase.kind();
        int after = np.to();
        boolean trailing = allPunctuation(ws, after, seg.to()) && a > seg.from() && ws.get(a - 1).is(",");
        TextRef content = leading ? clause(ws, after, seg.to(), false)
                : trailing ? clause(ws, seg.from(), a - 1, false) : clause(ws, seg.from(), seg.to(), false);
        return new Reading(TextRef.of(text, ws.get(a).start(), ws.get(a + 1).end()), "according to",
                CueTone.NEUTRAL, source, np, kind, null, null, content, ws.get(a).sentence(), CueGroup.SPEECH);
    }

    /** Words that open a time or circumstance right after a cue: "said last week", "wrote after the vote". */
    private static final Set<String> WHEN_AFTER_CUE = Set.of("after", "before", "when", "while", "as", "since", "during",
            "until", "last", "this", "earlier", "later", "recently", "early", "late", "once");

    /**
     * Forms of "spend", whose object is a stretch of time or talk that the subject fills with the
     * participle after it: "spent much of his speech defending", "spent the week urging".
     */
    private static final Set<String> SPEND = Set.of("spend", "spends", "spent");

    /** Whether word {@code k} is a participle in -ing that ends its clause: "recalls thinking." */
    static boolean lastParticiple(List<Word> ws, int k, int to) {
        return ws.get(k).verb() && ws.get(k).lower().endsWith("ing")
                && (k + 1 >= to || ws.get(k + 1).terminator() || ws.get(k + 1).is(","));
    }

    /**
     * The phrase after "in" that may be the medium of a cue: "a statement"; with participles and
     * adjectives before its noun ("a televised announcement", "a newly released video"), which the
     * noun-phrase reader stops at (the tagger calls "televised" a verb).
     */
    private static NounPhrase medium(List<Word> ws, int start, int to) {
        NounPhrase np = NounPhrases.after(ws, start, to);
        if (np != null && np.to() < to && !ws.get(np.to()).verb()) {
            return np;
        }
        int k = start < to && "DET".equals(ws.get(start).pos()) ? start + 1 : start;
        int first = k;
        while (k < to && k < first + 3 && ("ADJ".equals(ws.get(k).pos()) || "ADV".equals(ws.get(k).pos())
                || "VERB".equals(ws.get(k).pos()) && ws.get(k).lower().endsWith("ed"))) {
            k++;
        }
        NounPhrase noun = k > first ? NounPhrases.after(ws, k, to) : null;
        return noun == null || noun.from() != k ? np : new NounPhrase(ws, start, noun.to(), noun.coreTo());
    }

    /** Whether a word opens a relative clause, whose verb's subject is not the main clause's: "who", "where". */
    private static boolean relativeOpener(Word w) {
        return QuoteCredits.RELATIVE.contains(w.lower()) || w.is("where") || w.is("when");
    }

    /** Things made to carry words, beyond the documents: "issued statements condemning", "ran ads saying". */
    private static final Set<String> MEDIA = Set.of("ad", "ads", "advert", "adverts", "advertisement", "advertisements",
            "message", "messages", "video", "videos", "resolution", "petition", "speech", "speeches", "remarks", "emails",
            "posts", "tweets", "spot", "response", "responses", "reply", "replies", "rebuttal", "retort", "sign", "signs",
            "banner", "banners", "caption");

    /**
     * Whether a phrase names a thing made to carry words, not someone who could speak: "statements",
     * "newspaper ads", "a letter", with no name or number in it.
     */
    static boolean thing(NounPhrase np) {
        String head = np.head().lower();
        String one = head.endsWith("s") ? head.substring(0, head.length() - 1) : head; // "petitions", "articles"
        boolean plain = np.core().stream().noneMatch(x -> "NUM".equals(x.pos()) || "PROPN".equals(x.pos()));
        return plain && (SourceWords.DOCUMENTS.contains(head) || MEDIA.contains(head) || SourceWords.DOCUMENTS.contains(one)
                || MEDIA.contains(one));
    }

    /**
     * {@link VerbContext#inverted}, except that a phrase running right into the quotation the segment
     * leads into is the subject of the quoted words: "…, said Cummings “worked to the end.”"
     */
    private static boolean inverted(Segment seg, Word w, int end) {
        List<Word> ws = seg.words();
        if (!VerbContext.inverted(ws, w, end, seg.to())) {
            return false;
        }
        NounPhrase np = NounPhrases.after(ws, end, seg.to());
        // "“…,” said the 46-year-old. “…”": a sentence ending after the phrase keeps the next quotation apart
        boolean ends = np != null && np.to() < ws.size() && ws.get(np.to()).terminator();
        return seg.next() == null || np == null || np.to() < seg.to() || ends;
    }

    /**
     * Whether a reading's source opens a clause inside another one: after a verb ("complained Lind had
     * attacked him"), after "that", "who" or "which" ("questions on who Holm backed"), after a common
     * noun ("the problems Lind had"). Its cue is then no verb of the main clause.
     */
    private static boolean embedded(List<Word> ws, int from, Reading before) {
        int s = -1;
        for (int x = from; x < ws.size() && ws.get(x).start() <= before.source().start(); x++) {
            s = x;
        }
        if (s <= from || ws.get(s).start() != before.source().start() || before.source().start() > before.cue().start()) {
            return false;
        }
        Word p = ws.get(s - 1);
        // "There are voters who …", "leaving Lund excited": after "be" or a participle the phrase is an object
        return p.verb() && !"AUX".equals(p.pos()) && !p.capitalised() && !BE.contains(p.lower())
                && !p.lower().endsWith("ing") || Clauses.RELATIVES.contains(p.lower()) || p.is("whom")
                || "NOUN".equals(p.pos()) && !p.capitalised();
    }

    /**
     * Whether the source of the reading {@code before} stands after the subject of the main clause in
     * words [floor, end): that reading is inside the main clause's predicate (an object, a reported or
     * embedded clause), so a verb joined to the main clause does not share its source.
     */
    private static boolean insidePredicate(List<Word> ws, int floor, int end, Reading before) {
        NounPhrase main = Clauses.mainSubject(ws, floor, end);
        return main != null && before.source().start() >= main.end() && before.cue().start() > main.end();
    }

    /**
     * Whether the phrase right after a cue names someone who could speak: "said Dahl", "wrote the
     * Herald"; not "noted that …", whose "that" opens what was said.
     */
    private static boolean namedAfter(List<Word> ws, int end, int to) {
        NounPhrase np = end < to && ws.get(end).is("that") ? null : NounPhrases.after(ws, end, to);
        SourceKind kind = np == null ? SourceKind.NONE : SourceClassifier.kind(np);
        return kind == SourceKind.PERSON || kind == SourceKind.ORGANISATION || kind == SourceKind.OUTLET
                || kind == SourceKind.PRONOUN;
    }

    /** Whether the head of a phrase is part of a compound with a hyphen: "year" in "the 46-year-old" is no time. */
    private static boolean inCompound(NounPhrase np) {
        List<Word> ws = np.words();
        for (int x = np.from(); x + 1 < np.to(); x++) {
            if (ws.get(x) == np.head() && ws.get(x + 1).is("-") && ws.get(x + 1).start() == ws.get(x).end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Determiners that stand alone as pronouns: "another said", "some argue", "both agreed". The
     * tagger calls them determiners, and a cue after a determiner is mostly an adjective ("the alleged
     * attack").
     */
    private static final Set<String> STANDALONE = Set.of("another", "some", "both", "many", "few", "several", "others",
            "each", "all", "neither", "most", "one", "this");

    /**
     * Whether the determiner at {@code det} stands alone as the subject of the cue after it: it is one
     * of {@link #STANDALONE} and no noun or adjective follows the cue for it to modify ("some alleged
     * attackers").
     */
    private static boolean standingAlone(List<Word> ws, int det, int to) {
        int after = det + 2;
        return STANDALONE.contains(ws.get(det).lower())
                && (after >= to || !ws.get(after).noun() && !"ADJ".equals(ws.get(after).pos()));
    }

    /** Words that open a time phrase with its head: "this week", "last month", "next year". */
    private static final Set<String> TIME_OPENERS = Set.of("this", "last", "next", "that", "early", "late");

    /**
     * The phrase {@code np} without the time it ends in, when one ends it: "a letter" for "a letter this
     * week" or "an email Wednesday" (read as one phrase or as the time alone); {@code np} when no time
     * ends it or nothing is left before the time.
     */
    private static NounPhrase withoutTrailingTime(List<Word> ws, int from, NounPhrase np) {
        int cut = np.to();
        while (cut > np.from() && Clauses.time(ws.get(cut - 1))) {
            cut--;
        }
        if (cut == np.to()) {
            return np;
        }
        while (cut > from && TIME_OPENERS.contains(ws.get(cut - 1).lower())) {
            cut--;
        }
        NounPhrase object = NounPhrases.before(ws, from, cut);
        return object != null ? object : np;
    }

    /** Nouns whose "of" phrase names who gives them: "the support of 40 percent", "the endorsement of the Herald". */
    private static final Set<String> GIVEN_OF = Set.of("support", "backing", "endorsement", "endorsements");

    /**
     * "drew criticism from rivals", "strong support among farmers", "won the endorsement of the Herald":
     * the phrase after a noun cue and "from" or "among" (or "of", after a noun of {@link #GIVEN_OF}),
     * who voice or hold what the noun names; null otherwise. The subject of the clause only receives it.
     */
    private static NounPhrase giver(List<Word> ws, int cue, int end, int to) {
        Word w = ws.get(cue);
        if (!w.noun() || end + 1 >= to) {
            return null;
        }
        int d = cue - 1;
        while (d > 0 && cue - d < 4 && "ADJ".equals(ws.get(d).pos())) {
            d--;
        }
        Word p = ws.get(end);
        // "his endorsement of Lund" names whom the owner endorses: only "the support of …" names who gives it
        boolean giving = p.is("from") || p.is("among") || p.is("of") && GIVEN_OF.contains(w.lower()) && ws.get(d).is("the");
        NounPhrase np = giving ? NounPhrases.after(ws, end + 1, to) : null;
        np = np != null || !giving ? np : Quantities.after(ws, end + 1, to); // "support from six in 10 of the voters"
        return np == null || Clauses.time(np.head()) ? null : np;
    }

    /** Pronouns a relative "that" may follow: "nothing that suggests", "another that attacked". */
    private static final Set<String> THAT_ANTECEDENTS = Set.of("nothing", "something", "anything", "everything",
            "another", "one", "those", "others");

    /**
     * Whether a "that" right before a cue after {@code w} opens a relative clause: after a noun or
     * such a pronoun ("reports that question", "nothing that suggests"), not after a verb ("said that").
     */
    private static boolean relativeThat(Word w) {
        return w.noun() && !w.verb() || THAT_ANTECEDENTS.contains(w.lower()) || "NUM".equals(w.pos());
    }

    /** Whether a reading's source is a "who" or "which" standing for the phrase before its comma: "Holm, who said". */
    private static boolean relativeOfPhrase(Reading r) {
        return r.source() != null && r.sourcePhrase() != null && Attribution.relativePronoun(r.source().text())
                && r.sourcePhrase().start() < r.source().start();
    }

    /** Whether a quotation's words end so that the sentence runs on after it: "“A,” said Berg". */
    /**
     * Whether the quotation before the segment runs on into it: its words end in a comma, question or
     * exclamation mark, dash or ellipsis, or the segment opens with a comma the writer put outside the
     * marks ("“What hurts most”, Dahl said, “is …”") or with a speech verb, the comma left out.
     */
    static boolean runsInto(Segment seg) {
        if (seg.prev() == null || seg.from() >= seg.to()) {
            return seg.prev() != null && runsOn(seg.prev());
        }
        Word first = seg.words().get(seg.from());
        // "“… to humans” said Ola Vik": a speech verb in lower case right after the marks, the comma left out
        boolean speechVerb = !first.capitalised() && CueVerbs.lookup(first.text()).isPresent();
        return runsOn(seg.prev()) || first.is(",") || speechVerb;
    }

    static boolean runsOn(factcheck.core.extract.quote.Quote q) {
        String c = q.content().text().strip();
        if (c.endsWith("[,]")) {
            return true; // "“… will heal us[,]” she told": an editor's comma in brackets
        }
        return !c.isEmpty() && ",?!\u2014\u2013-\u2026".indexOf(c.charAt(c.length() - 1)) >= 0;
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
        if (afterVerb && a < b && "CCONJ".equals(ws.get(a).pos())) {
            return null; // "“…,” Berg barked and left": a second deed, not what was said
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

    /** Whether words from offset {@code start} to word {@code last} are only conjunctions, prepositions or adverbs. */
    private static boolean linkOnly(List<Word> ws, int from, int start, int last) {
        for (int x = last; x >= from && ws.get(x).start() >= start; x--) {
            String pos = ws.get(x).pos();
            if (!"SCONJ".equals(pos) && !"ADP".equals(pos) && !"ADV".equals(pos)) {
                return false;
            }
        }
        return true;
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
