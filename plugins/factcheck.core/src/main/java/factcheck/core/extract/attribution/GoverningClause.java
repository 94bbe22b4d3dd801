package factcheck.core.extract.attribution;

import java.util.List;
import java.util.Set;

import factcheck.core.extract.quote.Quote;

/**
 * The clause a quotation inside a sentence belongs to, when no cue gave it a speaker: "The ad
 * targets a “rigged system”", "Vik casts the mayor as a man who would “sell the harbour”", "The
 * board saw Lund, then 44, as “the one to fix it”". What the subject of that clause targets, casts
 * or sees is put in the quoted words, so the subject is whose words they are. Finds the verb; the
 * reader finds its subject as it does a cue's.
 */
final class GoverningClause {

    /** The most words between the verb and the quotation: "casts the mayor as a man who would". */
    private static final int GAP = 10;
    /**
     * Words that open a clause of its own between the verb and the quotation: the quotation is that
     * clause's ("blocked the bill because of “poison pills”", "left when the crowd chanted “…”").
     */
    private static final Set<String> OPENERS = Set.of("because", "when", "while", "after", "before", "if", "unless",
            "although", "though", "since", "until", "whereas", "where", "whose", "which", "whom");

    /** Pronouns that stand for someone who can speak ("it", "there", "you" seldom do here). */
    private static final Set<String> SPEAKING_PRONOUNS = Set.of("he", "she", "they", "we", "i");
    /** Fewer words in marks are a term or a title more often than someone's words ("“Seinfeld.”"). */
    private static final int MIN_WORDS = 3;

    private GoverningClause() {
    }

    /** Whether the quotation holds enough words to be someone's words rather than a term. */
    static boolean words(Quote q) {
        return q.content().text().strip().split("\\s+").length >= MIN_WORDS;
    }

    /**
     * Whether the subject the reader found for the verb can have said the quoted words: a name, an
     * organisation, outlet or document, a personal pronoun, or a phrase whose head names people
     * ("critics", "the mayor") or a thing made to carry words ("the ad"). Any other phrase the
     * reader calls vague ("there", "the vote", "delay") is no speaker, nor is a possessive ("Lund's")
     * cut from a longer subject.
     */
    static boolean speaker(Reading r) {
        return speaker(r.sourcePhrase(), r.kind());
    }

    /** Whether a phrase of this kind can have said words: see {@link #speaker(Reading)}. */
    static boolean speaker(NounPhrase np, SourceKind kind) {
        if (np == null || np.words().get(np.to() - 1).possessive()) {
            return false;
        }
        String head = np.head().lower();
        return switch (kind) {
            case PERSON, ORGANISATION, OUTLET -> !SourceWords.NOT_NAMES.contains(np.head().text());
            case DOCUMENT -> true;
            case PRONOUN -> SPEAKING_PRONOUNS.contains(head);
            case VAGUE -> SourceWords.VAGUE.contains(head) || SourceWords.ROLES.contains(head)
                    || SegmentReader.thing(np);
            default -> false;
        };
    }

    /**
     * Index of the verb of the clause leading into the segment's quotation, or -1: the nearest verb
     * before it in the same sentence, finite or a participle, in lower case, with no clause opener,
     * auxiliary or sentence end between them. A form of "be" or another auxiliary nearest the
     * quotation ("Her slogan is “…”", "who might “…”") is no verb that says whose words they are.
     */
    static int verb(Segment seg) {
        List<Word> ws = seg.words();
        int last = seg.to() - 1;
        if (last < seg.from() || ws.get(last).terminator()) {
            return -1;
        }
        if (ws.get(last).is(":")) {
            last--; // "A footnote makes that clear: “…”"
        }
        return verbBefore(seg, last);
    }

    /**
     * Index of the verb of the clause that word {@code last} of the segment ends in, or -1: the nearest
     * verb at or before it in its sentence, as {@link #verb(Segment)} reads it ("Lund met the crew in
     * hopes of …" reads "met").
     */
    static int verbBefore(Segment seg, int last) {
        List<Word> ws = seg.words();
        int sentence = ws.get(last).sentence();
        for (int v = last; v >= seg.from() && last - v <= GAP; v--) {
            Word w = ws.get(v);
            if (w.sentence() != sentence || w.terminator() || w.is(";") || w.is(":") || Clauses.dash(w)
                    || Clauses.quoteMark(w) || OPENERS.contains(w.lower()) || "AUX".equals(w.pos())) {
                return -1;
            }
            if (verbal(ws, seg.from(), v, last)) {
                return w.capitalised() || w.lower().endsWith("n't") ? -1 : v;
            }
        }
        return -1;
    }

    /**
     * A verb, or a form in -s the tagger calls a noun after a subject: before its object ("The ad
     * targets/NOUN a …", "The mayor calls/NOUN it"), or right before the quotation after a name (or
     * a capitalised word of one) or a pronoun ("the FBI lists/NOUN “…”"; after a common noun, "the
     * campaign ads “…”" is a noun).
     */
    private static boolean verbal(List<Word> ws, int from, int v, int last) {
        Word w = ws.get(v);
        if ("VERB".equals(w.pos())) {
            return true;
        }
        if (!"NOUN".equals(w.pos()) || !QuoteFrame.verbForm(w) || w.lower().endsWith("ed") || v == from) {
            return false;
        }
        Word before = ws.get(v - 1);
        if (v == last) {
            return "PROPN".equals(before.pos()) || before.capitalised() || SPEAKING_PRONOUNS.contains(before.lower());
        }
        Word after = ws.get(v + 1);
        return ("DET".equals(after.pos()) || "PRON".equals(after.pos()))
                && (NounPhrases.nominal(before) || "PRON".equals(before.pos()));
    }
}
