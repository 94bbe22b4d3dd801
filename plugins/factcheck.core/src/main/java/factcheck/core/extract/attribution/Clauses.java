package factcheck.core.extract.attribution;

import java.util.List;
import java.util.Set;

/**
 * Finds the subject of a cue that does not stand right after it: "Ruiz, who ran the port for a
 * decade, said" (the phrase before a relative clause), "Ruiz, 57, a welder, said" (a name with
 * appositions) and "Ruiz thanked the crew, adding" (the subject of the sentence's first verb). Each
 * look-back is bounded by {@link #REACH} words.
 */
final class Clauses {

    /** How far back a subject may stand from its cue. */
    static final int REACH = 30;

    private Clauses() {
    }

    /**
     * The subject "for" opens before an infinitive, when the phrase before "to" ends in it and can speak:
     * "wrong for Berg", "enough for voters"; null otherwise.
     */
    private static NounPhrase forSubject(List<Word> ws, int floor, NounPhrase object) {
        for (int f = object.to() - 2; f >= Math.max(floor, object.from() - 1); f--) {
            if (!ws.get(f).is("for")) {
                continue;
            }
            NounPhrase np = NounPhrases.after(ws, f + 1, object.to());
            if (np == null || np.to() != object.to()) {
                return null;
            }
            SourceKind kind = SourceClassifier.kind(np);
            boolean speaks = kind == SourceKind.PERSON || kind == SourceKind.ORGANISATION || kind == SourceKind.PRONOUN
                    || SourceWords.VAGUE.contains(np.head().lower());
            return speaks ? np : null;
        }
        return null;
    }

    /**
     * "Holm, who served in Iran, praised", "Ted Lund, a founder of the institute, welcomed": the subject
     * before an aside that ends at {@code comma}, the comma right before the verb (a relative clause, an
     * apposition or several), with the aside; null when there is none.
     */
    static NounPhrase beforeAside(List<Word> ws, int floor, int comma) {
        NounPhrase np = relativeSubject(ws, floor, comma);
        if (np == null) {
            np = NounPhrases.apposition(ws, floor, comma);
        }
        return np != null ? np : appositions(ws, floor, comma);
    }

    /**
     * "X, who …, said": {@code comma} is the index of the comma right before the cue; the subject is
     * the noun phrase before the comma that opens the relative clause.
     */
    static NounPhrase relativeSubject(List<Word> ws, int floor, int comma) {
        for (int j = comma - 1; j > floor && j > comma - REACH; j--) {
            Word w = ws.get(j);
            if ((w.is("whom") || w.is("which")) && j - 3 > floor && ws.get(j - 1).is("of") && ws.get(j - 3).is(",")) {
                // "two senators, both of whom opposed the deal, are backing", "many of whom": the quantity is the
                // relative clause's subject, the phrase before its comma the main clause's
                return NounPhrases.before(ws, floor, j - 3);
            }
            if (relativeWho(w) || w.is("which")) {
                if (!ws.get(j - 1).is(",")) {
                    return appositionWithRelative(ws, floor, j, comma);
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
     * "Vik, a former council member who won fame in the 2019 race, believes": a name, then an apposition
     * whose relative clause (its "who" at {@code who}) runs up to the comma before the cue. The name with
     * its apposition is the subject, as "Vik, a nurse from Bergen," is; null when no name, nor a phrase
     * opening the clause, stands before the apposition's comma ("at the roll call, another governor who …,
     * Ana Lie": a list, not a name).
     */
    private static NounPhrase appositionWithRelative(List<Word> ws, int floor, int who, int comma) {
        NounPhrase role = NounPhrases.before(ws, floor, who);
        if (role == null) {
            return null;
        }
        int open = role.from() - 1;
        while (open > floor && role.from() - open <= 3 && roleModifier(ws.get(open))) {
            open--; // "a registered/VERB Democrat who …": the tagger's verb is the role's participle
        }
        if (open <= floor || !ws.get(open).is(",")) {
            return null;
        }
        NounPhrase name = NounPhrases.before(ws, floor, open);
        if (name == null) {
            return null;
        }
        boolean named = name.core().stream().anyMatch(x -> "PROPN".equals(x.pos()));
        if (!named) {
            // "The nurse of four years, a registered Democrat who asked not to be named, said": a phrase that
            // opens its clause is described by the apposition as a name is
            name = withPostmodifiers(ws, floor, name);
            named = opensClause(ws, floor, name.from()) && !time(name.head());
        }
        return named ? new NounPhrase(ws, name.from(), comma, name.coreTo()) : null;
    }

    /** A word that may open a role before its noun: an article, an adjective, a number, a participle in -ed. */
    private static boolean roleModifier(Word w) {
        return "DET".equals(w.pos()) || "ADJ".equals(w.pos()) || "NUM".equals(w.pos())
                || "VERB".equals(w.pos()) && w.lower().endsWith("ed") && !w.capitalised();
    }

    /**
     * Words for a state of mind that follow "be" like a passive participle or an adjective: "Lee is
     * convinced that …", "aides were adamant that …". The subject holds the view (it is no one's
     * target, as in "the plan was criticised"); general English, the experiencer-subject adjectives and
     * participles of feeling and certainty.
     */
    private static final Set<String> STATES = Set.of("convinced", "persuaded", "adamant", "assured", "confident",
            "wary", "eager", "reluctant", "startled", "outraged", "angered", "inclined", "keen", "worried", "concerned",
            "pleased", "disappointed", "frustrated", "alarmed", "dismayed", "upset", "surprised", "shocked", "troubled",
            "skeptical", "sceptical", "hopeful", "optimistic", "pessimistic", "certain", "sure", "unsure", "doubtful",
            "determined", "insistent", "outspoken", "careful", "quick", "anxious", "unconvinced", "satisfied", "relieved",
            "furious", "incensed", "appalled", "baffled", "puzzled", "unhappy", "happy", "glad", "proud", "afraid");

    /** Verbs that link a subject to a state as "be" does: "Lee remains convinced", "aides seemed wary". */
    private static final Set<String> LINKING = Set.of("remain", "remains", "remained", "seem", "seems", "seemed",
            "appear", "appears", "appeared", "grow", "grows", "grew", "become", "becomes", "became", "feel", "feels",
            "felt", "stay", "stays", "stayed");

    /** Whether a cue word names a state of mind of the subject: "convinced" in "Lee is convinced that". */
    static boolean state(Word w) {
        return STATES.contains(w.lower());
    }

    /** Whether a word links a subject to a state of mind before it: "remains" in "Lee remains convinced". */
    static boolean linking(Word w) {
        return LINKING.contains(w.lower());
    }

    /**
     * Support verbs: with a noun of saying or thinking as their object they make it the subject's own
     * act ("took issue with", "made the suggestion", "cast doubt on", "voiced concern", "left no doubt").
     * General English; verbs that weigh someone else's words ("rejected the claim") are not among them.
     * Their participles too: "Lund railed against Berg, taking aim at …" reads the subject before "taking".
     */
    private static final Set<String> SUPPORT_VERBS = Set.of("take", "takes", "took", "taken", "make", "makes", "made",
            "give", "gives", "gave", "given", "offer", "offers", "offered", "voice", "voices", "voiced", "express",
            "expresses", "expressed", "raise", "raises", "raised", "leave", "leaves", "left", "have", "has", "had",
            "cast", "casts", "issue", "issues", "issued", "lodge", "lodged", "levied", "levelled", "leveled", "avoid",
            "avoids", "avoided", "pay", "paid", "put", "puts", "hold", "holds", "held", "taking", "making", "giving",
            "voicing", "expressing", "raising", "casting", "paying", "holding");

    /** Particles of phrasal verbs a cue may begin with: "out against", "up about". */
    private static final Set<String> PARTICLES = Set.of("out", "up", "off", "down", "back");

    /** Forms of "make" that take "it" before a cue adjective: "made it clear", "makes it plain", "making it clear". */
    private static final Set<String> MAKE = Set.of("make", "makes", "made", "making");

    /** Words between a support verb and its noun: "made no mention", "took strong issue", "gave all assurances". */
    private static boolean nounModifier(Word w) {
        return "DET".equals(w.pos()) || "ADJ".equals(w.pos()) || "NUM".equals(w.pos()) || w.is("no") || w.is("all")
                || w.is("any") || w.is("some") || w.is("much") || w.is("little");
    }

    /**
     * "Lind took issue with …", "Berg made the suggestion that …", "Holm made it clear that …": the
     * index of the support verb whose object the cue at {@code cue} is (the cue a noun, or an
     * adjective after "it" and "make"), so that its subject is read before that verb; -1 otherwise. A
     * support verb in -ing ("taking aim at", "making it clear") is found too; the reader reads it as a
     * participle, whose subject is the clause's.
     */
    static int supportVerb(List<Word> ws, int floor, int cue) {
        Word w = ws.get(cue);
        if (PARTICLES.contains(w.lower()) && cue - 1 > floor && "VERB".equals(ws.get(cue - 1).pos())
                && !ws.get(cue - 1).capitalised()) {
            return cue - 1; // "Lind has come out against …", "women speak up about …": the verb of the particle
        }
        int j = cue;
        Set<String> verbs = SUPPORT_VERBS;
        if (w.is("it") || j - 1 > floor && ws.get(j - 1).is("it") && !w.noun()) {
            j = w.is("it") ? j : j - 1; // "made it clear": only "make" takes "it" so
            verbs = MAKE;
        } else if (w.noun()) {
            while (j > floor && cue - j < 3 && nounModifier(ws.get(j - 1))) {
                j--;
            }
        } else {
            return -1;
        }
        if (j - 1 <= floor) {
            return -1;
        }
        Word v = ws.get(j - 1);
        return verbs.contains(v.lower()) && !v.capitalised() ? j - 1 : -1;
    }

    /**
     * Prepositions of place, time or medium: the phrase after one says where or when, not who. Not
     * "to", "from", "over", "after": "a letter to Lee explaining", "money from voters seeking" describe it.
     */
    private static final Set<String> CIRCUMSTANCE = Set.of("in", "on", "at", "around", "across", "during",
            "throughout", "inside", "outside", "near");

    /**
     * Whether the phrase {@code np} is the object of a preposition of place, time or medium ("a rally
     * in Lund", "on NRK", "in April"), so that a participle right after it does not describe it.
     */
    static boolean adverbialObject(List<Word> ws, int floor, NounPhrase np) {
        return np.from() > floor && CIRCUMSTANCE.contains(ws.get(np.from() - 1).lower());
    }

    /**
     * "Farmers who have praised his plan warned …", "Officials who spoke with NRK said …": the phrase
     * {@code np} before the cue is the object in a relative clause (a "who" or "which", or a "that"
     * after a noun, then a verb, then the phrase, with no mark between); the cue is the main clause's
     * verb, whose subject is the phrase the relative clause describes. Null otherwise.
     */
    static NounPhrase beforeRelativeClause(List<Word> ws, int floor, NounPhrase np) {
        if (np.to() - np.from() == 1 && SourceWords.PERSONAL_PRONOUNS.contains(np.head().lower())
                && !OBJECTS.contains(np.head().lower())) {
            return null; // "the work she promised": a subject pronoun is the cue's own subject
        }
        boolean verb = false;
        for (int r = np.from() - 1; r > floor && np.from() - r <= REACH; r--) {
            Word w = ws.get(r);
            if (w.punctuation() || "SCONJ".equals(w.pos()) && !w.is("that") || FrontedClauses.subordinator(w) || w.is("than")) {
                return null; // "when he yelled", "than most people imagined": another clause
            }
            boolean relative = w.is("who") || w.is("which") || w.is("that") && ws.get(r - 1).noun();
            if (relative) {
                NounPhrase antecedent = verb ? NounPhrases.before(ws, floor, r) : null;
                return antecedent != null && !time(antecedent.head()) && !antecedent.head().verb() ? antecedent : null;
            }
            verb |= w.verb() && !w.capitalised();
        }
        return null;
    }

    /** How far after a passive cue its agent may stand: "was criticised in March for the tolls by …". */
    private static final int AGENT_REACH = 12;

    /**
     * "Lind was declared the winner in Ohio by the networks", "Berg has been attacked on the tolls by
     * Holm": the agent of a passive cue after the words that complete it, from {@code end} (the word
     * after the cue). Null when a mark that ends the clause, a conjunction, a finite verb or "that"
     * comes first, or the phrase after "by" is a time or a deed ("by saying").
     */
    static NounPhrase laterAgent(List<Word> ws, int end, int to) {
        for (int x = end; x + 1 < to && x - end < AGENT_REACH; x++) {
            Word w = ws.get(x);
            if (w.terminator() || w.is(";") || w.is(":") || quoteMark(w) || dash(w) || w.is("that")
                    || "CCONJ".equals(w.pos()) || "SCONJ".equals(w.pos())
                    || w.verb() && !(x > end && ws.get(x - 1).is("to"))) {
                return null;
            }
            if (w.is("by")) {
                Word next = ws.get(x + 1);
                NounPhrase agent = next.lower().endsWith("ing") ? null : NounPhrases.after(ws, x + 1, to);
                return agent == null || time(agent.head()) ? null : agent;
            }
        }
        return null;
    }

    /** Heads of a time phrase that stands between a subject and its verb: "Ruiz on Monday said". */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "week", "weekend", "month", "year", "morning",
            "afternoon", "evening", "night", "past", "weeks", "months", "years", "days", "day", "hours", "decades");

    /** Whether a word is a day or a stretch of time: "Tuesday" in "said Tuesday" is when, not who. */
    static boolean time(Word w) {
        return TIME_WORDS.contains(w.lower());
    }

    /** Nouns an infinitive completes rather than gives a purpose to: "a chance to say", "his plan to argue". */
    private static final Set<String> COMPLEMENT_NOUNS = Set.of("chance", "chances", "opportunity", "right", "decision",
            "plan", "plans", "effort", "efforts", "attempt", "bid", "move", "call", "calls", "pressure", "promise",
            "pledge", "vow", "threat", "push", "need", "ability", "willingness", "refusal", "failure", "reason", "way",
            "time", "power", "desire", "order", "orders", "request", "permission", "invitation");

    /** Verbs that make their object do something, which the tagger may call nouns: "force Lee to admit". */
    private static final Set<String> CAUSATIVES = Set.of("force", "forces", "forced", "drive", "drives", "drove",
            "lead", "leads", "led", "leading", "push", "pushes", "pushed", "urge", "urges", "urged", "prompt",
            "prompts", "prompted", "cause", "causes", "caused", "pressure", "pressured", "leave", "leaves", "leaving",
            "left", "encourage", "encouraged", "allow", "allowed", "get", "got", "compel", "compelled");

    /** Objective pronouns that can be the subject of an infinitive: "urged her to say". */
    private static final Set<String> OBJECTS = Set.of("him", "her", "them", "us", "me");

    /**
     * The subject of a cue in the infinitive, {@code to} being the index of its "to": "Ruiz refused to
     * say" and "voters are likely to say" read the subject of the verb or adjective before "to"; "urged
     * Ruiz to say" and "led them to say" read the person before "to". Null when none of these stands
     * there ("a chance to say", "words to say").
     */
    static NounPhrase infinitiveSubject(List<Word> ws, int floor, int to) {
        if (to - 1 < floor) {
            return null;
        }
        Word before = ws.get(to - 1);
        if (OBJECTS.contains(before.lower()) || NounPhrases.QUANTIFIERS.contains(before.lower())
                && to - 2 >= floor && (ws.get(to - 2).verb() || CAUSATIVES.contains(ws.get(to - 2).lower()))) {
            return new NounPhrase(ws, to - 1, to, to); // "urged her to say", "caused many to wonder"
        }
        if (before.verb() && !before.capitalised() || "ADJ".equals(before.pos())) {
            // a capitalised "verb" is a name the tagger misread: "took to Twitter/VERB to say"
            int k = to - 1;
            while (k > floor && k > to - 5 && VerbContext.skippable(ws.get(k - 1))) {
                k--; // "are slightly more likely to", "has long wanted to"
            }
            NounPhrase subject = beforeTime(ws, floor, NounPhrases.before(ws, floor, k));
            if (subject == null && k == to - 1 && before.lower().endsWith("ing") && k - 1 > floor
                    && ("SCONJ".equals(ws.get(k - 1).pos()) || "ADP".equals(ws.get(k - 1).pos())
                            || ws.get(k - 1).is(",") || dash(ws.get(k - 1)))) {
                // "Lund said the port was too small, while trying to explain her plan": the participle's
                // subject is the clause's before it
                subject = mainSubject(ws, floor, k - 1);
            }
            if (subject == null && k - 1 > floor && ws.get(k - 1).is("to")) {
                return infinitiveSubject(ws, floor, k - 1); // "she will have to continue to stress": the first verb's
            }
            if (subject == null && k > floor && "CCONJ".equals(ws.get(k - 1).pos())) {
                // "Holm distanced himself from the bill and moved to stress …": the joined verb's subject
                subject = mainSubject(ws, floor, k - 1);
            }
            if (subject != null && k == to - 1 && before.lower().endsWith("ing")
                    && adverbialObject(ws, floor, subject)) {
                // "Nurses spent a week at a camp in Lund trying to persuade …": a participle after where
                // something happened shares the subject of the clause, as a participle cue does
                NounPhrase main = mainSubject(ws, floor, subject.from());
                subject = main != null && main.to() < subject.from() ? main : subject;
            }
            return subject;
        }
        if (before.is(",") || "ADV".equals(before.pos()) || time(before)) {
            // "Lee chimed in, breaking with the chair, to argue", "Berg stood here to say", "… on Sunday to
            // explain": an infinitive of purpose shares the subject of the main clause
            return mainSubject(ws, floor, to);
        }
        NounPhrase object = NounPhrases.before(ws, floor, to);
        Word first = object == null ? null : object.words().get(object.from());
        if (object != null && object.to() - object.from() > 1 && CAUSATIVES.contains(first.lower()) && !first.capitalised()) {
            // "This leads/NOUN experts to suspect": the tagger made the causative and its object one noun phrase
            object = new NounPhrase(ws, object.from() + 1, object.to(), Math.max(object.coreTo(), object.from() + 1));
        }
        SourceKind kind = object == null ? SourceKind.NONE : SourceClassifier.kind(object);
        int of = object == null ? -1 : object.from() - 1;
        if (of > floor && NounPhrases.POSSESSIVES.contains(ws.get(of).lower())) {
            of--;
        }
        if (object != null && object.head().is("way") && of > floor && ws.get(of).is("of")) {
            return mainSubject(ws, floor, of); // "Lee went out of his way to say": the idiom's subject
        }
        if (object != null && COMPLEMENT_NOUNS.contains(object.head().lower())) {
            return null;
        }
        if (object != null && object.from() > floor && ws.get(object.from() - 1).is("by")
                && (kind == SourceKind.PERSON || kind == SourceKind.ORGANISATION)) {
            return object; // "attempts by Rudy Lee to encourage"
        }
        NounPhrase forSubject = object == null ? null : forSubject(ws, floor, object);
        if (forSubject != null) {
            return forSubject; // "it may be enough for Lund and Berg to agree on …": "for" opens the infinitive's subject
        }
        if (object != null && object.from() > floor && (ws.get(object.from() - 1).verb()
                || CAUSATIVES.contains(ws.get(object.from() - 1).lower()))
                && (kind == SourceKind.PERSON || kind == SourceKind.ORGANISATION
                        || SourceWords.VAGUE.contains(object.head().lower()))) {
            return object; // "forced Ruiz to admit", "leading some to question"
        }
        // "Lee visited the union's office in Oslo to encourage …": an infinitive of purpose after its
        // clause's object shares that clause's subject; "a chance to say" is no purpose
        return object == null ? null : mainSubject(ws, floor, object.from());
    }

    /**
     * "Ruiz on Monday said", "Ruiz later Thursday told", "The council last week voted": a phrase before
     * the verb that is a time is no source; the subject is the phrase before it (and its preposition or
     * adverbs). Any other phrase, or a time with no phrase before it, is returned as it is.
     */
    static NounPhrase beforeTime(List<Word> ws, int floor, NounPhrase np) {
        if (np == null) {
            return null;
        }
        if (!TIME_WORDS.contains(np.head().lower())) {
            return beforeAdverbial(ws, floor, np);
        }
        int j = np.from();
        while (j > floor && j > np.from() - 4 && ("ADP".equals(ws.get(j - 1).pos()) || "ADV".equals(ws.get(j - 1).pos())
                || ws.get(j - 1).is("last") || ws.get(j - 1).is("this") || ws.get(j - 1).is("less")
                || ws.get(j - 1).is("more") || ws.get(j - 1).is("than"))) {
            j--;
        }
        if (j > floor && RELATIVES.contains(ws.get(j - 1).lower())) {
            return new NounPhrase(ws, j - 1, j, j); // "Lund, who last year threatened …": the "who" is the subject
        }
        if (j - 1 > floor && ws.get(j - 1).verb() && ws.get(j - 1).lower().endsWith("ed")) {
            // "A news report published Wednesday said", "a poll released this week found": the phrase the
            // participle and its time describe, with them as written
            NounPhrase head = NounPhrases.before(ws, floor, j - 1);
            if (head != null) {
                return new NounPhrase(ws, head.from(), np.to(), head.coreTo());
            }
        }
        boolean timeOnly = j < np.from() || np.words().subList(np.from(), np.to()).stream().allMatch(x -> time(x)
                || "DET".equals(x.pos()) || "NUM".equals(x.pos()) || x.is("last") || x.is("next") || x.is("earlier"));
        if (j > floor && timeOnly && "CCONJ".equals(ws.get(j - 1).pos())) {
            return null; // "Lind objected but on Tuesday wrote": the verb shares the subject of the clause before
        }
        if (j > floor && timeOnly && ws.get(j - 1).is(",")) {
            // "Ana Lind, the port's director, on Tuesday called": the name and its appositions before the time
            // "McArthur, from Toronto, Canada, on Tuesday admitted": the phrase opening the clause, not "Toronto, Canada"
            NounPhrase named = parentheticalSubject(ws, floor, j - 1);
            if (named == null) {
                named = NounPhrases.apposition(ws, floor, j - 1);
            }
            if (named == null) {
                named = appositions(ws, floor, j - 1);
            }
            return named;
        }
        int s = j;
        while (s > floor && s > j - 3 && (j < np.from() || timeOnly) && VerbContext.skippable(ws.get(s - 1))) {
            s--; // "friends have in the past said", "Police had last month charged"
        }
        NounPhrase subject = j == np.from() && s == j ? timeAfterName(ws, floor, np, timeOnly)
                : NounPhrases.before(ws, floor, s);
        return subject != null ? subject : np;
    }

    /**
     * "Ms. Lind a month later announced", "The union two weeks ago said": a time phrase right after a
     * phrase that names someone is when; that phrase is the subject. Null otherwise.
     */
    private static NounPhrase timeAfterName(List<Word> ws, int floor, NounPhrase time, boolean timeOnly) {
        if (!timeOnly || time.from() <= floor || !ws.get(time.from() - 1).noun() && !"PRON".equals(ws.get(time.from() - 1).pos())) {
            return null;
        }
        NounPhrase subject = NounPhrases.before(ws, floor, time.from());
        if (subject != null && !opensClause(ws, floor, subject.from())) {
            subject = listSubject(ws, floor, subject); // "A group of doctors, nurses and teachers this week wrote"
        }
        return subject != null && !time(subject.head()) && opensClause(ws, floor, subject.from()) ? subject : null;
    }

    /** How many items a list of phrases that is a subject may hold before its last one. */
    private static final int LIST_ITEMS = 6;

    /**
     * "A group of doctors, nurses and teachers": the whole list that {@code last} ends, from its first
     * phrase (the core), when that phrase opens the clause; null otherwise.
     */
    private static NounPhrase listSubject(List<Word> ws, int floor, NounPhrase last) {
        NounPhrase first = last;
        for (int items = 0; items < LIST_ITEMS && first.from() - 1 > floor && ws.get(first.from() - 1).is(",");
                items++) {
            NounPhrase previous = NounPhrases.before(ws, floor, first.from() - 1);
            if (previous == null || time(previous.head())) {
                return null;
            }
            first = previous;
        }
        return first != last && opensClause(ws, floor, first.from())
                ? new NounPhrase(ws, first.from(), last.to(), first.coreTo()) : null;
    }

    /** Prepositions a subject's chain of phrases is not read across: a comparison or an agent is not where. */
    private static final Set<String> NO_CHAIN = Set.of("than", "as", "like", "by", "despite", "unlike", "including",
            "after", "before", "since", "until", "amid", "following", "over", "against");

    /**
     * A chain of phrases joined by prepositions that ends in a given phrase: its {@code first} phrase, the
     * {@code object} of the first preposition (null when there is no chain), and whether a participle
     * stood before a preposition ("a source speaking to NRK").
     */
    record Chain(NounPhrase first, NounPhrase object, boolean participle) {
    }

    /** "the run-up to the vote in Lund": the chain of phrases and prepositions that {@code np} ends. */
    static Chain chain(List<Word> ws, int floor, NounPhrase np) {
        NounPhrase first = np;
        NounPhrase object = null;
        boolean participle = false;
        for (int links = 0; links < CHAIN_LINKS; links++) {
            int p = first.from() - 1;
            if (p <= floor || !"ADP".equals(ws.get(p).pos()) && !ws.get(p).is("to")
                    || NO_CHAIN.contains(ws.get(p).lower())) {
                break;
            }
            Word before = ws.get(p - 1);
            boolean ing = before.verb() && !before.capitalised() && before.lower().endsWith("ing");
            NounPhrase previous = NounPhrases.before(ws, floor, ing ? p - 1 : p);
            if (previous == null || time(previous.head()) || previous.words().subList(previous.from(), previous.to())
                    .stream().noneMatch(x -> x.noun() || "PRON".equals(x.pos()))) {
                break; // "much of the run-up" is a phrase; a lone adjective is not
            }
            participle |= ing;
            object = first;
            first = previous;
        }
        return new Chain(first, object, participle);
    }

    /**
     * Index of the "in" of "in hopes of", "in the hope that" when the cue at {@code cue} is that hope, an
     * adverbial of the clause it ends, so that the hoper is the clause's subject; -1 otherwise.
     */
    static int inHopeOf(List<Word> ws, int floor, int cue) {
        int h = ws.get(cue).is("the") && cue + 1 < ws.size() ? cue + 1 : cue; // the lexicon's cue "the hope"
        if (!ws.get(h).is("hope") && !ws.get(h).is("hopes")) {
            return -1;
        }
        int in = h - 1 >= floor && ws.get(h - 1).is("the") ? h - 2 : h - 1;
        return in >= floor && ws.get(in).is("in") ? in : -1;
    }

    /**
     * Stems of verbs that judge someone for a deed: their "for" gives the reason, done by the one judged
     * ("criticized Berg for saying"). Other verbs' "for" gives a purpose ("detained him for questioning").
     */
    private static final Set<String> JUDGING = Set.of("critici", "prais", "thank", "blam", "fault", "scold",
            "chastis", "chastiz", "rebuk", "attack", "slam", "accus", "rip", "credit", "applaud", "commend", "knock",
            "mock", "lambast", "berat", "condemn", "denounc", "castigat", "reprimand", "censur", "su", "fire",
            "punish", "reward", "hono", "congratulat", "admir", "forgiv", "ridicul", "assail", "hammer", "blast",
            "pay", "paid", "hit", "chid", "taunt", "bash", "excoriat", "single");

    /**
     * The object of the verb before the "for" at {@code forAt}, when it is someone who could have said
     * something: "criticized Berg for saying", "thanked the crew for insisting", "blamed him for
     * suggesting". Null when no verb's object stands there ("was criticized for saying", "apologized
     * for saying": the subject is the one who said it) or the object cannot speak ("gave Berg two
     * warnings for dismissing").
     */
    static NounPhrase objectBeforeFor(List<Word> ws, int floor, int forAt) {
        NounPhrase object = NounPhrases.before(ws, floor, forAt);
        if (object == null || object.from() - 1 < floor || object.to() != forAt) {
            return null;
        }
        Word verb = ws.get(object.from() - 1);
        if (!"VERB".equals(verb.pos()) || verb.capitalised() || JUDGING.stream().noneMatch(verb.lower()::startsWith)) {
            return null; // "detained him for questioning": what the police do with him, not what he says
        }
        boolean pronoun = object.to() - object.from() == 1 && OBJECTS.contains(object.head().lower());
        SourceKind kind = SourceClassifier.kind(object);
        return pronoun || GoverningClause.speaker(object, kind) && kind != SourceKind.DOCUMENT ? object : null;
    }

    /** How many phrases after prepositions may stand between a subject and its verb. */
    private static final int CHAIN_LINKS = 3;

    /**
     * "Nurses inside the hospital in Bergen have booed", "A police source speaking to NRK said": the
     * phrase right before a verb is the object of a preposition (or of a participle and its
     * preposition) that follows the subject; the first phrase of the chain, when it opens the clause,
     * is the subject. A place or time opened by a determiner says where or when ("Nurses inside the
     * hospital"), and the first phrase alone is the source; a bare name ("Nurses in Bergen") or any other
     * link ("Aides to Lund") belongs to it. Null when {@code np} is no such object or the chain does not
     * reach the clause's start.
     */
    static NounPhrase chainSubject(List<Word> ws, int floor, NounPhrase np) {
        Chain chain = chain(ws, floor, np);
        NounPhrase first = chain.first();
        if (chain.object() == null || !opensClause(ws, floor, first.from())
                || "PRON".equals(first.head().pos()) && !SourceWords.PERSONAL_PRONOUNS.contains(first.head().lower())) {
            return null;
        }
        NounPhrase object = chain.object();
        boolean participle = chain.participle();
        boolean where = participle || CIRCUMSTANCE.contains(ws.get(object.from() - 1).lower())
                && (DETERMINERS.contains(ws.get(object.from()).lower()) || time(object.head()));
        return where ? first : new NounPhrase(ws, first.from(), np.to(), first.coreTo());
    }

    /**
     * Whether the words before {@code k} are a conjunction (or comma) and then only a time adverbial:
     * "… but on Tuesday wrote", "… and last week said". The verb at k shares the subject before.
     */
    static boolean timeAfterConjunction(List<Word> ws, int floor, int k) {
        for (int x = k - 1; x > floor && k - x <= 5; x--) {
            Word w = ws.get(x);
            if ("CCONJ".equals(w.pos()) || w.is(",")) {
                return x < k - 1 && ws.subList(x + 1, k).stream().anyMatch(Clauses::time);
            }
            if (!"ADP".equals(w.pos()) && !"ADV".equals(w.pos()) && !"DET".equals(w.pos()) && !"NUM".equals(w.pos())
                    && !time(w) && !w.is("last")) {
                return false;
            }
        }
        return false;
    }

    /** Relative pronouns: the subject of their clause ("who last year said"), or joined to a phrase ("voters who"). */
    static final Set<String> RELATIVES = Set.of("who", "which", "that");

    /** Prepositions that open an adverbial between a subject and its verb: "Lee in a radio interview said". */
    private static final Set<String> ADVERBIAL = Set.of("in", "on", "during", "through", "via", "throughout");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "its", "this", "that",
            "our", "my", "your");

    /**
     * "Lee in a radio interview said", "The board on its website wrote": a phrase after such a
     * preposition, opened by a determiner, is where or how, not who; the subject is the phrase before
     * the preposition, when that phrase opens its clause. "Officials in Ohio said": a bare name after
     * the preposition belongs to the source, whose core is the phrase before it. Any other phrase is
     * returned as it is.
     */
    private static NounPhrase beforeAdverbial(List<Word> ws, int floor, NounPhrase np) {
        int p = np.from() - 1;
        if (p <= floor || !ADVERBIAL.contains(ws.get(p).lower())) {
            NounPhrase chained = chainSubject(ws, floor, np);
            return chained != null ? chained : np;
        }
        if (RELATIVES.contains(ws.get(p - 1).lower())) {
            return new NounPhrase(ws, p - 1, p, p); // "Berg, who in two earlier rulings had made clear …"
        }
        NounPhrase subject = NounPhrases.before(ws, floor, p);
        if (subject == null || !subject.head().noun() && !"PRON".equals(subject.head().pos()) || time(subject.head())
                || !opensClause(ws, floor, subject.from()) && !ws.get(subject.from() - 1).is(",")
                || "PRON".equals(subject.head().pos()) && subject.to() - subject.from() == 1
                        && !SourceWords.PERSONAL_PRONOUNS.contains(subject.head().lower())) {
            NounPhrase chained = chainSubject(ws, floor, np);
            return chained != null ? chained : np;
        }
        if (np.head().capitalised() && !time(np.head()) && DETERMINERS.contains(ws.get(np.from()).lower())) {
            return np; // "Longtime Imus in the Morning writer Rob Lee": a name ends the phrase, a title opens it
        }
        boolean determined = DETERMINERS.contains(ws.get(np.from()).lower()) || time(np.head());
        return determined ? subject : new NounPhrase(ws, subject.from(), np.to(), subject.coreTo());
    }

    /**
     * "Forbes, however, says", "Ruiz, in a letter to the board, wrote", "Ana Ruiz, a nurse in Porto,
     * said": a phrase opening its clause, then words set off by commas, then the cue. {@code comma} is
     * the comma right before the cue; the words between the two commas hold no verb of their own unless
     * a subordinator or preposition opens them ("Ruiz, while touring the port, said"): "The port
     * reopened, the crew left, said Ruiz" is no subject with a parenthesis. A nominal parenthesis is an
     * apposition and part of the source; any other is not.
     */
    static NounPhrase parentheticalSubject(List<Word> ws, int floor, int comma) {
        boolean quoted = false;
        for (int open = comma - 1; open > floor && open > comma - REACH; open--) {
            Word w = ws.get(open);
            if (quoteMark(w)) {
                // read backwards, a closing mark opens the quoted words: "titled “Unifier?”," ends no sentence
                quoted = leftMark(w) ? false : straightMark(w) ? !quoted : true;
                continue;
            }
            if (quoted) {
                continue;
            }
            if (w.terminator() || w.is(";") || w.is(":")) {
                return null;
            }
            if (!w.is(",")) {
                continue;
            }
            NounPhrase np = withPostmodifiers(ws, floor, NounPhrases.before(ws, floor, open));
            if (np == null || !opensClause(ws, floor, np.from()) || !aside(ws, open + 1, comma)) {
                continue; // "Ruiz, 57, a welder, said": the name is before an earlier comma
            }
            boolean nominal = NounPhrases.nominal(ws.get(open + 1)) || "DET".equals(ws.get(open + 1).pos());
            return nominal ? new NounPhrase(ws, np.from(), comma, np.coreTo()) : np;
        }
        return null;
    }

    /**
     * "Six papers in Ohio", "Editorial pages across the country": the phrase {@code np} with the
     * phrases before it that it describes after prepositions (the {@link #chain} it ends), when {@code np}
     * does not open its clause by itself and the chain's first phrase does.
     */
    private static NounPhrase withPostmodifiers(List<Word> ws, int floor, NounPhrase np) {
        if (np == null || opensClause(ws, floor, np.from())) {
            return np;
        }
        NounPhrase first = chain(ws, floor, np).first();
        return first != np && opensClause(ws, floor, first.from())
                ? new NounPhrase(ws, first.from(), np.to(), first.coreTo()) : np;
    }

    /**
     * Whether words [from, to) can be an aside: no verb, or one after a word that subordinates it, or
     * in a relative clause after a phrase.
     */
    private static boolean aside(List<Word> ws, int from, int to) {
        if (from >= to) {
            return false;
        }
        Word first = ws.get(from);
        if ("SCONJ".equals(first.pos()) || "ADP".equals(first.pos()) || relativeWho(first) || first.is("which")
                || first.is("when") || first.is("while")
                || "ADV".equals(first.pos()) && to - from == 1) {
            return true;
        }
        int v = from;
        while (v + 1 < to && v - from < 2 && "ADV".equals(ws.get(v).pos())) {
            v++; // "Lund, later claiming …, said"
        }
        Word verb = ws.get(v);
        if ((NotACue.NAMING.contains(verb.lower()) || TITLING.contains(verb.lower())) && v + 1 < to
                && quoteMark(ws.get(v + 1))) {
            return true; // "The ad, titled “Unifier?”, concludes": a name in marks, no one's words
        }
        if (verb.verb() && !verb.capitalised() && (verb.lower().endsWith("ing") || verb.lower().endsWith("ed"))
                && noQuotation(ws, from, to)) {
            // "Ruiz, speaking in Porto, said", "Lund, later claiming – again falsely – that …, said"; "Ruiz,
            // clearly tired, said" is read below
            return true;
        }
        for (int x = from; x < to; x++) {
            Word w = ws.get(x);
            if (x > from && (w.is("who") || w.is("which"))) {
                return true; // "Emanuel, an oncologist who advised Obama, said": a relative clause may hold verbs
            }
            if (w.verb() && !w.capitalised() || leftMark(w) || straightMark(w)) {
                return false;
            }
        }
        return true;
    }

    /** Participles that give a title, besides those of {@link NotACue#NAMING}: "titled “…”", "billed as “…”". */
    private static final Set<String> TITLING = Set.of("titled", "entitled", "nicknamed", "billed", "labelled", "labeled",
            "branded");

    /**
     * "Salceda, citing the data, said": the phrase that opens the clause and ends at {@code comma},
     * the subject an aside in -ing shares with the verb after it; a time ("Yesterday, citing …") is none.
     */
    static NounPhrase openingPhrase(List<Word> ws, int floor, int comma) {
        NounPhrase np = NounPhrases.before(ws, floor, comma);
        np = np == null ? null : withPostmodifiers(ws, floor, np); // "Farmers in Troms, fearing the cost, …"
        return np != null && opensClause(ws, floor, np.from()) && !time(np.head()) ? np : null;
    }

    /**
     * Whether words [from, to) hold no quotation mark, comma or sentence end (a dash may set off a word or
     * two; a comma between a place and its region, "Wilmington, N.C.", parts nothing).
     */
    private static boolean noQuotation(List<Word> ws, int from, int to) {
        for (int x = from; x < to; x++) {
            Word w = ws.get(x);
            // "at a rally in Wilmington, N.C.": a comma between a place and its region parts nothing
            boolean region = w.is(",") && x > from && x + 1 < to && ws.get(x - 1).capitalised() && ws.get(x + 1).capitalised();
            if (quoteMark(w) || w.is(",") && !region || w.terminator() || w.is(";") || w.is(":")) {
                return false;
            }
        }
        return true;
    }

    /** "who", "whose" and "who" contracted with a verb ("who's thinking", "who'd served"). */
    static boolean relativeWho(Word w) {
        String t = w.lower().replace('\u2019', '\'');
        return t.equals("who") || t.equals("whose") || t.equals("who's") || t.equals("who'd") || t.equals("who've")
                || t.equals("who'll");
    }

    /**
     * Whether the phrase at {@code from} opens its clause: at the floor, after a mark or a conjunction,
     * or after the comma that closes a clause fronted before the main one ("In Lund, Ana Lie, a nurse, said").
     */
    private static boolean opensClause(List<Word> ws, int floor, int from) {
        if (from - 1 >= floor && "ADV".equals(ws.get(from - 1).pos()) && ws.get(from - 1).capitalised()) {
            from--; // "Even the biggest hawks, like …, say", "Only a dozen senators, of 54, …": an adverb opening the sentence
        }
        return from == floor || ws.get(from - 1).punctuation() && !ws.get(from - 1).is(",")
                || "CCONJ".equals(ws.get(from - 1).pos())
                || "SCONJ".equals(ws.get(from - 1).pos()) // "As Ola Berg, an expert on …, put it": a subordinate clause
                || ws.get(from - 1).is(",") && FrontedClauses.mainClauseStart(ws, floor, from) == from;
    }

    /**
     * "Protest groups say the rules are strict, and the union has sued the city, saying …": the start
     * of the last main clause joined by a comma and a conjunction before {@code before}, when a
     * phrase and a verb open it; else {@code floor}.
     */
    static int lastJoinedClause(List<Word> ws, int floor, int before) {
        boolean quoted = false;
        int start = floor;
        for (int x = floor; x + 2 < before; x++) {
            Word w = ws.get(x);
            if (quoteMark(w)) {
                quoted = leftMark(w) || straightMark(w) && !quoted;
            } else if (!quoted && (w.is(",") && "CCONJ".equals(ws.get(x + 1).pos()) || w.is(";"))) {
                int s = w.is(";") ? x + 1 : x + 2;
                NounPhrase np = NounPhrases.after(ws, s, before);
                int v = np == null ? -1 : np.to();
                while (v >= 0 && v < before && VerbContext.skippable(ws.get(v))) {
                    v++;
                }
                if (v >= 0 && v < before && ws.get(v).verb()) {
                    start = s;
                }
            }
        }
        return start;
    }

    /** Whether word x is joined by a hyphen to the word before or after it: "right-wing", "Oslo-based". */
    private static boolean compoundPart(List<Word> ws, int x, int floor, int to) {
        Word w = ws.get(x);
        boolean after = x + 2 < to && ws.get(x + 1).is("-") && ws.get(x + 1).start() == w.end()
                && ws.get(x + 2).start() == ws.get(x + 1).end();
        return after || NounPhrases.secondHalf(ws, x, floor);
    }

    /**
     * The subject of the sentence's first verb before {@code before}: "But days later, Ruiz reversed
     * herself, telling …" reads "Ruiz"; the subject a participle or a coordinated verb shares.
     */
    static NounPhrase mainSubject(List<Word> ws, int floor, int before) {
        for (int x = floor; x < before && x - floor <= REACH; x++) {
            if (ws.get(x).is("\u201c")) {
                break;
            }
            if (ws.get(x).is("\u201d")) {
                floor = x + 1; // the sentence opened inside someone's words: "“… in Paris proves it,” Lee says, warning …"
                break;
            }
        }
        floor = FrontedClauses.mainClauseStart(ws, floor, before);
        boolean quoted = false;
        for (int x = floor; x < before && x - floor <= REACH; x++) {
            Word w = ws.get(x);
            if (quoteMark(w)) {
                // "“I think it will,” Berg said, adding": a verb inside someone's words has its own subject
                quoted = leftMark(w) || straightMark(w) && !quoted;
                continue;
            }
            String contracted = quoted ? null : NounPhrases.contractedPronoun(w);
            if (contracted != null && SourceWords.PERSONAL_PRONOUNS.contains(contracted) && !contracted.equals("it")
                    && (x == floor || ws.get(x - 1).punctuation() || "CCONJ".equals(ws.get(x - 1).pos()))) {
                // "She's a nurse but concedes …": subject and verb in one word ("It's" is mostly "it" of nothing)
                return new NounPhrase(ws, x, x + 1, x + 1);
            }
            if (quoted || !w.verb() || w.capitalised()) {
                continue; // "Wang/VERB Yi", "Otieno/VERB left": a capitalised "verb" is a name (or opens a sentence)
            }
            if (compoundPart(ws, x, floor, before)) {
                continue; // "right-wing leaders", "Oslo-based firms": half of a modifier, no verb
            }
            if (x > floor && ws.get(x - 1).is("to")) {
                continue; // "Berg urges voters not to trust the press and cites …": an infinitive has no subject here
            }
            int k = x;
            while (k > floor && ("AUX".equals(ws.get(k - 1).pos()) || "ADV".equals(ws.get(k - 1).pos()))) {
                k--;
            }
            NounPhrase np = beforeTime(ws, floor, NounPhrases.before(ws, floor, k));
            if (np == null && k > floor && ws.get(k - 1).is(",")) {
                np = appositions(ws, floor, k - 1);
            }
            if (np == null && k > floor && ws.get(k - 1).is(",")) {
                np = openingName(ws, floor, k - 1); // "On Thursday, Ana Lie, a nurse, addressed …"
            }
            if (np == null && k > floor && ws.get(k - 1).is(",")) {
                np = parentheticalSubject(ws, floor, k - 1); // "Lund, during a meeting in Oslo, said …"
            }
            if (np == null && k == x && k > floor && ws.get(k - 1).is(",") && w.lower().endsWith("ing")) {
                continue; // "Ola Lind, speaking on NRK, called …": the aside's participle; the subject is the next verb's
            }
            if (np != null && np.to() - np.from() == 1 && np.from() - 1 > floor && ws.get(np.from() - 1).is(",")
                    && (np.head().is("who") || np.head().is("which")) && closes(ws, x, before)) {
                // "Berg, who has led the union since 2004, arrived late and acknowledged": the relative
                // clause closes before the cue, which shares the subject of the main clause
                NounPhrase antecedent = NounPhrases.before(ws, floor, np.from() - 1);
                return antecedent != null ? antecedent : np;
            }
            Word last = np == null ? null : ws.get(np.to() - 1);
            int comma = np == null || !relativeWho(last) && !last.is("which") ? -1 : closingComma(ws, x, before);
            if (comma >= 0) {
                // "Ola Berg, the doctor who caught fire last year, used his address to call …": the relative
                // clause of an apposition closes before the cue; the subject is the name with its apposition
                NounPhrase named = beforeAside(ws, floor, comma);
                return named != null ? named : np;
            }
            return np;
        }
        return null;
    }

    /** The comma outside quotation marks that closes a relative clause in [from, to), or -1. */
    private static int closingComma(List<Word> ws, int from, int to) {
        boolean quoted = false;
        for (int x = from; x < to; x++) {
            Word w = ws.get(x);
            if (quoteMark(w)) {
                quoted = leftMark(w) || straightMark(w) && !quoted;
            } else if (!quoted && w.is(",")) {
                return x;
            } else if (w.terminator() || w.is(";")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a comma outside quotation marks stands in words [from, to): a relative clause closing. */
    private static boolean closes(List<Word> ws, int from, int to) {
        boolean quoted = false;
        for (int x = from; x < to; x++) {
            Word w = ws.get(x);
            if (quoteMark(w)) {
                quoted = leftMark(w) || straightMark(w) && !quoted;
            } else if (!quoted && (w.is(",") || dash(w))
                    || w.is(",") && x + 1 < ws.size() && (ws.get(x + 1).is("\u201d") || straightMark(ws.get(x + 1)))) {
                return true; // "Holm, who calls it “a farce,” said": the comma inside the marks closes it too
            }
        }
        return false;
    }

    /**
     * "While saying he respects Holm, Berg doubted …", "Citing the data, Ruiz said": the subject of the
     * main clause after a clause that opens the sentence with the verb at {@code verb} (only
     * subordinators, prepositions and adverbs before it): the phrase after the comma that closes the
     * opening clause, when a verb follows it. Null otherwise.
     */
    static NounPhrase subjectAfterOpening(List<Word> ws, int floor, int verb, int to) {
        for (int x = floor; x < verb; x++) {
            Word w = ws.get(x);
            if (!w.punctuation() && !"ADP".equals(w.pos()) && !"SCONJ".equals(w.pos()) && !"ADV".equals(w.pos())) {
                return null;
            }
        }
        boolean quoted = false;
        for (int c = verb + 1; c < to && c - verb <= REACH; c++) {
            Word w = ws.get(c);
            if (quoteMark(w)) {
                quoted = leftMark(w) || straightMark(w) && !quoted;
                continue;
            }
            if (w.terminator() || w.is(";") || w.is(":")) {
                return null;
            }
            if (quoted || !w.is(",")) {
                continue;
            }
            if (c + 1 < to && (ws.get(c + 1).is("which") || ws.get(c + 1).is("who") || ws.get(c + 1).is("whose"))) {
                continue; // "In rejecting the bid, which came late, the board said": a relative clause comes first
            }
            NounPhrase np = NounPhrases.after(ws, c + 1, to);
            if (np == null || time(np.head())) {
                return null;
            }
            int v = np.to();
            if (v < to && ws.get(v).is(",")) {
                int close = v + 1; // "Ruiz, a nurse, said": an apposition up to its comma
                while (close < to && close - v <= 8 && !ws.get(close).is(",") && !ws.get(close).terminator()) {
                    close++;
                }
                if (close < to && ws.get(close).is(",")) {
                    v = close + 1;
                }
            }
            while (v < to && VerbContext.skippable(ws.get(v))) {
                v++;
            }
            return v < to && ws.get(v).verb() && !ws.get(v).lower().endsWith("ing") ? np : null;
        }
        return null;
    }

    /** “ or the `` of older wire copy: a mark that only opens. */
    static boolean leftMark(Word w) {
        return w.is("\u201c") || w.is("``");
    }

    /** " or the '' of older newspaper copy: a mark that opens or closes. */
    static boolean straightMark(Word w) {
        return w.is("\"") || w.is("''");
    }

    static boolean quoteMark(Word w) {
        return leftMark(w) || w.is("\u201d") || straightMark(w);
    }

    /**
     * "Ana Ruiz, 57, a welder from Porto, said": the name and everything set off by commas after it,
     * up to {@code comma}, the comma right before the cue. Null unless the first phrase holds a proper noun.
     */
    static NounPhrase appositions(List<Word> ws, int floor, int comma) {
        int j = comma;
        NounPhrase named = null;
        int parts = 0;
        while (parts < 4) {
            if (j - 2 > floor && "NUM".equals(ws.get(j - 1).pos()) && ws.get(j - 2).is(",")) {
                j -= 2; // an age: "Ruiz, 57, said"
                parts++;
                continue;
            }
            NounPhrase np = NounPhrases.before(ws, floor, j);
            if (np == null) {
                return null;
            }
            parts++;
            if (np.core().stream().anyMatch(w -> "PROPN".equals(w.pos()))) {
                named = np;
            }
            if (np.from() - 1 > floor && ws.get(np.from() - 1).is(",") && named != null && parts > 1
                    && FrontedClauses.mainClauseStart(ws, floor, np.from()) == np.from()) {
                // "Before cheering crowds, Ana Ruiz, 57, said": the comma closes a fronted clause, not an apposition
                return new NounPhrase(ws, named.from(), comma, named.coreTo());
            }
            if (np.from() - 1 <= floor || !ws.get(np.from() - 1).is(",")) {
                // the chain must open its clause: "cut two routes on Friday, saying" is no apposition
                int open = np.from();
                if (open - 1 >= floor && NounPhrases.POSSESSIVES.contains(ws.get(open - 1).lower())) {
                    open--; // "Her brother, Mateusz, 41, said"
                }
                boolean opens = open == floor || ws.get(open - 1).punctuation()
                        || "CCONJ".equals(ws.get(open - 1).pos());
                return opens && parts > 1 && named != null ? new NounPhrase(ws, named.from(), comma, named.coreTo()) : null;
            }
            j = np.from() - 1;
        }
        return null;
    }

    /** Words that open a role before the name it introduces: "a spokeswoman, Ana Lie,", "the chief, Ola Berg,". */
    private static final Set<String> ROLE_OPENERS = Set.of("a", "an", "the");

    /**
     * "The port reopened in May, a spokeswoman, Ana Lie, said", "…, the campaign chief, Ola Berg,
     * suggested": a role opened by an article (or a possessive) and the name it introduces, set off by
     * commas up to {@code comma}, the comma right before the cue. Unlike {@link #appositions}, the pair
     * need not open its clause: the comma before the role may close the clause the cue reports. Null
     * unless the role's head is a common noun and the name holds a proper noun.
     */
    static NounPhrase roleThenName(List<Word> ws, int floor, int comma) {
        NounPhrase name = NounPhrases.before(ws, floor, comma);
        if (name == null || name.from() - 1 <= floor || !ws.get(name.from() - 1).is(",")
                || name.core().stream().noneMatch(w -> "PROPN".equals(w.pos()))) {
            return null;
        }
        NounPhrase role = NounPhrases.before(ws, floor, name.from() - 1);
        if (role == null || role.head().capitalised() || !role.head().noun() || time(role.head())) {
            return null;
        }
        int open = role.from();
        if (open - 1 > floor && NounPhrases.POSSESSIVES.contains(ws.get(open - 1).lower())) {
            open--; // "her main rival, Ola Berg,"
        } else if (!ROLE_OPENERS.contains(ws.get(open).lower())) {
            return null; // "in Oslo, Bergen, Ana Lie said": a list, not a role
        }
        return open - 1 > floor && ws.get(open - 1).is(",") ? new NounPhrase(ws, open, comma, name.coreTo()) : null;
    }

    /**
     * Whether the word at {@code x} is a hyphen with a space on either side, typed for a dash: "Ana Lie -
     * the mayor's niece - told"; not the hyphen of "Oslo-based".
     */
    static boolean spacedHyphen(List<Word> ws, int x) {
        return x > 0 && x + 1 < ws.size() && ws.get(x).is("-") && ws.get(x - 1).end() < ws.get(x).start()
                && ws.get(x).end() < ws.get(x + 1).start();
    }

    /**
     * "Lund (who has 25 seats to date) said", "Sen. Ola Berg (a Bergen Democrat so young he was taken
     * for an intern) says", "Sen. Ana Lie (D-Ore.), said": the phrase before a bracket that closes at
     * {@code close}, right before the cue or its comma, with the bracket; null unless the phrase opens
     * its clause.
     */
    static NounPhrase beforeBracket(List<Word> ws, int floor, int close) {
        if (close - 1 <= floor || !ws.get(close).is(")")) {
            return null;
        }
        for (int open = close - 1; open > floor && close - open <= REACH; open--) {
            Word w = ws.get(open);
            if (w.is(")") || w.terminator() && !w.is(".")) {
                return null; // the periods of "(D-Ore.)" are abbreviations', and the segment bounds the sentence
            }
            if (w.is("(")) {
                NounPhrase np = NounPhrases.before(ws, floor, open);
                return np != null && opensClause(ws, floor, np.from()) && !time(np.head())
                        ? new NounPhrase(ws, np.from(), close + 1, np.coreTo()) : null;
            }
        }
        return null;
    }

    /** A dash that sets off an aside: "—", "–" or "--". */
    static boolean dash(Word w) {
        return w.is("\u2014") || w.is("\u2013") || w.is("--");
    }

    /**
     * "Sims — a teacher from Porto — says", "Lee — who chairs the board — told": the phrase before the
     * dash that opens the aside closing at {@code close}, the subject of the cue after it.
     */
    static NounPhrase beforeDashAside(List<Word> ws, int floor, int close) {
        for (int d = close - 1; d > floor && close - d <= REACH; d--) {
            if (dash(ws.get(d)) || spacedHyphen(ws, d) && spacedHyphen(ws, close)) {
                NounPhrase np = d - 1 >= floor ? NounPhrases.before(ws, floor, d) : null;
                String head = np == null ? "" : np.head().text();
                // "OSLO - When the polls closed, …": a hyphen after a dateline opens no aside
                return !dash(ws.get(d)) && head.equals(head.toUpperCase(java.util.Locale.ROOT)) ? null : np;
            }
            if (ws.get(d).terminator()) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Mary Susan, clad in a red cape that spelled her name, said": the named phrase the sentence opens
     * with, when a comma follows it and the words up to {@code before} (the comma or quotation before
     * the cue) describe it. Null unless the phrase holds a proper noun and ends within {@link #REACH} words of the cue.
     */
    static NounPhrase openingName(List<Word> ws, int floor, int before) {
        int s = floor;
        while (s < before && ws.get(s).punctuation()) {
            s++;
        }
        if (s < before && "ADP".equals(ws.get(s).pos())) {
            // "On Thursday, Ana Lie, …": an opening adverbial up to its comma comes before the name
            int c = s + 1;
            while (c < before && c - s <= 5 && !ws.get(c).is(",")) {
                c++;
            }
            s = c < before && ws.get(c).is(",") ? c + 1 : s;
        }
        NounPhrase np = NounPhrases.after(ws, s, before);
        if (np == null || np.to() >= before || !ws.get(np.to()).is(",") || before - np.to() > REACH) {
            return null;
        }
        // "This Sunday, Zapata crossed …, called": a time opening the sentence is no name
        return np.core().stream().anyMatch(w -> "PROPN".equals(w.pos())) && !time(np.head()) ? np : null;
    }
}
