package factcheck.core.extract.attribution;

import java.util.List;
import java.util.Set;

/**
 * Uses of a cue word that report nothing, whichever table knows the word: the second half of a
 * compound written with a hyphen ("so-called", "well-known", "long-promised"), "called" or "known
 * as" giving a thing its name ("a group called Open Harbour, which …", "also known as ISIS"), a
 * passive naming ("it would be named Tropical Storm Chantal"), "shows" or "show" as a noun ("talk
 * shows", "their shows rose"), "showed up" (arrived), "states" as a noun ("swing states"), "add" as
 * making more ("adding to her lead"), going on that is no saying ("went on to win"), "written" in a
 * place ("written on the shirts"), "sought-after", the writer's own "it is important to remember",
 * "no doubt" as an adverb, speaking somewhere with no word of what about ("spoke at a rally") and a
 * passive "meant to". Each is decided from the words right around the cue.
 */
final class NotACue {

    /** Forms that name a thing after a common noun: "a movement called …", "a nurse named Ana". */
    static final Set<String> NAMING = Set.of("called", "dubbed", "named");
    /** Forms of "show" that are also the noun for a programme or an exhibition. */
    private static final Set<String> SHOWS = Set.of("shows", "show");
    /**
     * Words that may follow a name and end the naming phrase: "a group called Open Harbour, which …". A verb
     * does not: the tagger calls nouns verbs ("the ferry plan/VERB").
     */
    private static final Set<String> AFTER_NAME = Set.of("which", "that", "who", "and", "or", "in", "on", "at", "for",
            "from", "with", "to", "of", "by");

    private NotACue() {
    }

    /** Whether the cue word at {@code i} is no cue in its place; {@code quoteAfter}: a quotation follows the segment. */
    static boolean at(List<Word> ws, int i, int from, int to, boolean quoteAfter) {
        return hyphenated(ws, i, from) || naming(ws, i, from, to, quoteAfter) || programme(ws, i, from, to)
                || arrival(ws, i, to) || polities(ws, i, from, to) || increase(ws, i, to) || goingOn(ws, i, from, to)
                || inscribed(ws, i, from, to) || soughtAfter(ws, i, to) || writersAside(ws, i, from)
                || adverbialDoubt(ws, i, from, to) || speakingOnly(ws, i, to) || intended(ws, i, from, to);
    }

    /** Forms of "speak" that may only say that someone spoke somewhere. */
    private static final Set<String> SPEAK = Set.of("speak", "speaks", "spoke", "speaking");
    /** Words after which a form of "speak" gives its topic or stance: "spoke of", "spoke out", "spoke highly". */
    private static final Set<String> TOPIC = Set.of("about", "of", "on", "out", "up", "against", "favorably",
            "favourably", "highly", "warmly", "glowingly", "openly", "publicly", "candidly", "approvingly");
    /** Prepositions of place, time or audience right after "spoke": "spoke at a rally", "spoke for an hour". */
    private static final Set<String> SETTING = Set.of("at", "in", "for", "to", "from", "before", "after", "during",
            "just", "outside", "inside", "near");

    /**
     * "Lund spoke at a rally in Bergen", "Vik spoke for about 30 minutes": where or how long someone
     * spoke, with no word of what about; "spoke at the port about the tolls" and "spoke of her faith"
     * report a topic and stay cues.
     */
    static boolean speakingOnly(List<Word> ws, int i, int to) {
        if (!SPEAK.contains(ws.get(i).lower()) || i + 1 >= to || !SETTING.contains(ws.get(i + 1).lower())) {
            return false;
        }
        for (int x = i + 1; x < to && x < i + 12 && !ws.get(x).punctuation(); x++) {
            boolean when = ws.get(x).is("on") && x + 1 < to && Clauses.time(ws.get(x + 1)); // "on Sunday"
            if (TOPIC.contains(ws.get(x).lower()) && !when || x > i + 1 && ws.get(x).is("to") && ws.get(x - 1).verb()) {
                return false;
            }
            if (x > i + 1 && ws.get(x).verb() && !ws.get(x).lower().endsWith("ed")) {
                return false; // "spoke to reporters, who say …", "spoke to accept": another clause
            }
        }
        return true;
    }

    /**
     * "the remarks were meant to show …", "it is meant to appeal to …": a passive "meant" gives a
     * purpose, nobody's words.
     */
    static boolean intended(List<Word> ws, int i, int from, int to) {
        return ws.get(i).is("meant") && i > from && SegmentReader.BE.contains(ws.get(i - 1).lower()) && i + 1 < to
                && ws.get(i + 1).is("to");
    }

    /** Adjectives that make "it is … to remember" the writer's own aside: "it's important to remember that". */
    private static final Set<String> ASIDE = Set.of("important", "worth", "fair", "useful", "interesting", "helpful");

    /**
     * "It's important to remember that parties are not democracies", "it is fair to say": the writer's
     * own aside, nobody's reported words.
     */
    static boolean writersAside(List<Word> ws, int i, int from) {
        return i - 2 >= from && ws.get(i - 1).is("to") && ASIDE.contains(ws.get(i - 2).lower());
    }

    /**
     * "that will no doubt raise questions", "there would no doubt emerge …": "no doubt" as an adverb
     * (before a verb or after a modal), not a doubt someone has ("there is no doubt that …").
     */
    static boolean adverbialDoubt(List<Word> ws, int i, int from, int to) {
        if (!ws.get(i).is("doubt") || i - 1 < from || !ws.get(i - 1).is("no")) {
            return false;
        }
        boolean afterModal = i - 2 >= from && "AUX".equals(ws.get(i - 2).pos())
                && !SegmentReader.BE.contains(ws.get(i - 2).lower());
        boolean beforeVerb = i + 1 < to && ws.get(i + 1).verb();
        return afterModal || beforeVerb;
    }

    /**
     * "what's written on the shirts", "notes written in the margins", "will be written in stone": a
     * passive or a participle after its noun, with where it is written; "Holm has written on the
     * subject" (active) and "written by Holm" are the writer's words.
     */
    static boolean inscribed(List<Word> ws, int i, int from, int to) {
        if (!ws.get(i).is("written") || i == from || i + 1 >= to) {
            return false;
        }
        int p = i - 1;
        while (p > from && "ADV".equals(ws.get(p).pos())) {
            p--; // "is currently written"
        }
        Word before = ws.get(p);
        // "is written", "what's written", "notes written", "slogan/ADJ written" (the tagger's adjective)
        boolean passive = SegmentReader.BE.contains(before.lower()) || before.possessive()
                || ("NOUN".equals(before.pos()) || "ADJ".equals(before.pos())) && !before.capitalised();
        Word next = ws.get(i + 1);
        return passive && (next.is("on") || next.is("in") || next.is("into") || next.punctuation());
    }

    /** "a sought-after speaker", "delegates sought after by both camps": in demand, not asking. */
    static boolean soughtAfter(List<Word> ws, int i, int to) {
        if (!ws.get(i).is("sought") || i + 1 >= to) {
            return false;
        }
        return ws.get(i + 1).is("after") || ws.get(i + 1).is("-") && i + 2 < to && ws.get(i + 2).is("after")
                || ws.get(i + 1).is("-after");
    }

    /** Forms of "go" that "on" makes a cue of: "“…,” she went on." */
    private static final Set<String> GO = Set.of("go", "goes", "went", "going");

    /**
     * "went on to win the seat", "as the day went on": going on that is no saying. It is one after a
     * quotation or before a colon or a quotation ("She went on: …"), or before a verb of saying or
     * one the lexicon knows ("went on to say", "went on to criticize").
     */
    static boolean goingOn(List<Word> ws, int i, int from, int to) {
        if (!GO.contains(ws.get(i).lower()) || i + 1 >= to || !ws.get(i + 1).is("on")) {
            return false;
        }
        if (i > from && Clauses.time(ws.get(i - 1))) {
            return true; // "as the day went on"
        }
        if (i + 3 < to && ws.get(i + 2).is("to")) {
            String verb = ws.get(i + 3).text();
            return CueVerbs.lookup(verb).isEmpty() && !CueLexicon.knowsVerb(verb);
        }
        return false;
    }

    /** Forms of "add", which says words only with a clause or a quotation after it. */
    private static final Set<String> ADD = Set.of("add", "adds", "added", "adding");

    /**
     * "adding to her delegate lead", "the sums add up", "added 1 million jobs", "added another title to
     * his resume": "add" that makes something more, not words. It is speech before "that", a quotation,
     * a colon or the end of the clause ("…,” he added.").
     */
    static boolean increase(List<Word> ws, int i, int to) {
        if (!ADD.contains(ws.get(i).lower()) || i + 1 >= to) {
            return false;
        }
        Word next = ws.get(i + 1);
        if (next.is("to") && i + 2 < to && ws.get(i + 2).capitalised() && !ws.get(i + 2).possessive()) {
            return false; // "“…,” Berg added to NRK": the one told
        }
        if (next.is("to") || next.is("up") || "NUM".equals(next.pos())) {
            return true;
        }
        NounPhrase object = NounPhrases.after(ws, i + 1, to);
        return object != null && object.from() == i + 1 && object.to() < to
                && (ws.get(object.to()).is("to") || ws.get(object.to()).is("into") || ws.get(object.to()).is("onto"));
    }

    /**
     * "swing states like Ohio", "in states that vote in March", "money for states": "states" is the
     * plural noun far more often than the verb. It is the verb after a pronoun ("it states that …") or
     * before a colon, a quotation or a "that" clause whose next word is no verb ("the rule states that
     * courts …"; "states that vote in March" is a relative clause).
     */
    static boolean polities(List<Word> ws, int i, int from, int to) {
        if (!ws.get(i).text().equals("states")) {
            return false;
        }
        if (i > from && "PRON".equals(ws.get(i - 1).pos())) {
            return false;
        }
        if (i + 1 >= to) {
            return true;
        }
        Word next = ws.get(i + 1);
        if (next.is(":") || Clauses.quoteMark(next)) {
            return false;
        }
        boolean complement = next.is("that") && i + 2 < to && !ws.get(i + 2).verb() && !"AUX".equals(ws.get(i + 2).pos());
        return !complement;
    }

    /** Forms of "show" that "up" makes a verb of arriving: "two hundred people showed up at the gates". */
    private static final Set<String> SHOW_FORMS = Set.of("show", "shows", "showed", "shown", "showing");

    /** "showed up", "shows up": someone arrived; nothing is shown. */
    static boolean arrival(List<Word> ws, int i, int to) {
        return SHOW_FORMS.contains(ws.get(i).lower()) && i + 1 < to && ws.get(i + 1).is("up");
    }

    /**
     * "so-called", "well-known", "long-promised": a word joined by a hyphen to the
     * word before it is half of a modifier (the tokenizer cuts the compound at the hyphen).
     */
    static boolean hyphenated(List<Word> ws, int i, int from) {
        // "self-described": the one described is the one describing; "a Lund-backed bill": Lund backs it
        return NounPhrases.secondHalf(ws, i, from) && !ws.get(i - 2).is("self") && !ws.get(i - 2).capitalised();
    }

    /**
     * "a resistance movement called the Harbour Front, which …", "a website called “Daily Tide”": "called"
     * right after a common noun that an article opens ("a", "the"), before a name or a quoted term that
     * ends the phrase. "The union called Lund a liar", "in what officials called a hate crime", "one
     * critic called Lund “a fraud”" say something of the one called: speech.
     */
    static boolean naming(List<Word> ws, int i, int from, int to, boolean quoteAfter) {
        if (passiveName(ws, i, from, to) || knownAs(ws, i, to, quoteAfter) || namedFor(ws, i, to)) {
            return true;
        }
        if (!NAMING.contains(ws.get(i).lower()) || i - 2 < from || i + 1 >= to) {
            return false;
        }
        int n = i - 1;
        if (!"NOUN".equals(ws.get(n).pos()) || ws.get(n).capitalised()) {
            return false; // "Lund called …", "they called …": a subject
        }
        while (n > from && (ws.get(n - 1).noun() || "ADJ".equals(ws.get(n - 1).pos()) || ws.get(n - 1).is("-"))) {
            n--; // "a new group", "a Facebook group", "a get-out-the-vote group"
        }
        if (n == from || !"DET".equals(ws.get(n - 1).pos()) || SourceWords.VAGUE.contains(ws.get(n - 1).lower())) {
            return false; // "what officials called", "some critics called"
        }
        boolean quoted = Clauses.quoteMark(ws.get(i + 1));
        NounPhrase name = NounPhrases.after(ws, quoted ? i + 2 : i + 1, to);
        if (name == null || name.from() != (quoted ? i + 2 : i + 1)) {
            return false;
        }
        Word first = ws.get(name.from()).is("the") && name.from() + 1 < name.to() ? ws.get(name.from() + 1)
                : ws.get(name.from());
        if (!quoted && !first.capitalised()) {
            return false; // a name has capitals: "called the ferry plan …" says something of the plan
        }
        for (int x = name.from() + 1; !quoted && x < name.to(); x++) {
            if ("NOUN".equals(ws.get(x).pos()) && !ws.get(x).capitalised() && ws.get(x - 1).capitalised()) {
                return false; // "named Rui Sousa harbour chief": a name and the office it is given
            }
        }
        int after = name.to();
        if (quoted) {
            while (after < to && (Clauses.quoteMark(ws.get(after)) || ws.get(after).is(",") || ws.get(after).is("."))) {
                after++; // “Daily Tide,” with the comma inside the marks
            }
        } else if (after < to && Clauses.quoteMark(ws.get(after))) {
            return false; // "called Lund “a fraud”": the quotation says what he is called
        }
        if (after >= to) {
            // the segment ends at a quotation: "called the plan “a gift to developers”"
            return !quoteAfter && !(to < ws.size() && Clauses.quoteMark(ws.get(to)));
        }
        Word next = ws.get(after);
        return next.punctuation() || AFTER_NAME.contains(next.lower());
    }

    /** "a street named for Ali", "a prize named after its founder": a name's origin, nobody's words. */
    static boolean namedFor(List<Word> ws, int i, int to) {
        return ws.get(i).is("named") && i + 1 < to && (ws.get(i + 1).is("for") || ws.get(i + 1).is("after"));
    }

    /**
     * "the Islamic State, also known as ISIS", "the hacker known as “Guccifer”", "Mr. Lund, known as
     * Jens": "known as" before a name or a quoted term gives another name, as "a group called X" does;
     * nobody is said to say anything. "not known as reliable" (a reputation) is not a name.
     */
    static boolean knownAs(List<Word> ws, int i, int to, boolean quoteAfter) {
        if (!ws.get(i).is("known") || i + 1 >= to || !ws.get(i + 1).is("as")) {
            return false;
        }
        if (i + 2 >= to) {
            return quoteAfter; // the segment ends at "as" and a quotation follows: "known as “Nightjar”"
        }
        Word name = ws.get(i + 2);
        return name.capitalised() && !"PRON".equals(name.pos()) || Clauses.quoteMark(name);
    }

    /**
     * "If it strengthened, it would be named Tropical Storm Chantal", "she was named Person of the Year":
     * a passive "named" or "dubbed" before a name gives a name or a title; nobody is said to say anything.
     */
    static boolean passiveName(List<Word> ws, int i, int from, int to) {
        String w = ws.get(i).lower();
        if (!w.equals("named") && !w.equals("dubbed") || i == from || !SegmentReader.BE.contains(ws.get(i - 1).lower()) || i + 1 >= to) {
            return false;
        }
        Word next = ws.get(i + 1);
        Word name = next.is("the") && i + 2 < to ? ws.get(i + 2) : next;
        return name.capitalised() && !"PRON".equals(name.pos());
    }

    /**
     * "morning news shows", "talk shows", "their shows rose": "shows" after a modifier that is no poll
     * or record ("the poll shows" reports a finding), or after a possessive, with no object after it
     * ("the video shows Holm leaving"). The tagger's noun or verb tag does not decide: it gives both.
     */
    static boolean programme(List<Word> ws, int i, int from, int to) {
        Word w = ws.get(i);
        if (!SHOWS.contains(w.lower()) || i == from) {
            return false;
        }
        if (i + 1 < to) {
            Word next = ws.get(i + 1);
            boolean object = !next.punctuation() && !"CCONJ".equals(next.pos())
                    && (!"ADP".equals(next.pos()) || next.is("that")) && !(next.verb() && !next.capitalised());
            if (object || next.is(":")) {
                return false; // "the video shows Holm leaving", "the survey shows that …": a verb with its object
            }
        }
        Word before = ws.get(i - 1);
        boolean modifier = ("NOUN".equals(before.pos()) || "ADJ".equals(before.pos())) && !before.capitalised()
                && !CueLexicon.documentNoun(before);
        return modifier || NounPhrases.POSSESSIVES.contains(before.lower());
    }
}
