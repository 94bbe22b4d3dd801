package factcheck.core.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import factcheck.core.annotation.TextRef;

/**
 * The ways news credits a quotation to its speaker outside the plain "“…,” Ruiz said": the long
 * speaker after an inverted cue ("“…,” said the harbour chief known as Nils"), "as Vik puts it", a
 * credit line after a dash ("“…” — Ana Ruiz, mayor of Porto"), a short quotation inside the subject
 * ("Lee, author of “Tides,” said"), the verb that governs a quotation ("Holm lauded the crew for
 * “…”") and a name the tagger misread before the cue ("“…,” Will/AUX wrote"). Each look is bounded
 * by the segment and a few words.
 */
final class QuoteCredits {

    /** The most words a speaker phrase after an inverted cue may have: "one well-connected Liberal familiar with …". */
    private static final int LONGEST = 12;
    /** Words that end the speaker phrase: a relative clause about the speaker follows ("…, who declined to …"). */
    static final Set<String> RELATIVE = Set.of("who", "whom", "whose", "which", "that");
    /** Parts of speech that cannot open a speaker phrase: "said on Monday", "said later", "said he", "said and". */
    private static final Set<String> NOT_OPENING = Set.of("ADP", "ADV", "PRON", "SCONJ", "CCONJ", "PART", "AUX", "VERB");

    private QuoteCredits() {
    }

    /**
     * "“…,” said the 46-year-old.", "“…,” said Ohio delegate Anna Lund, angered that …", "“…,” said
     * the harbour chief known as Nils": after a quotation that opens the sentence and runs on into an
     * inverted cue, the words after the cue up to a comma, the sentence end or a relative pronoun name
     * the speaker, whatever the tagger made of them ("delegate/VERB", "46-year-old" read as a time).
     * Words [a, to) of the segment; null when they do not look like a phrase naming someone: they open
     * with a preposition, adverb, pronoun or a time ("said Tuesday"), hold an auxiliary ("said the plan
     * was …"), hold no noun, or run longer than {@link #LONGEST} words.
     */
    static NounPhrase speakerAfterInvertedCue(List<Word> ws, int a, int to) {
        if (a >= to || NOT_OPENING.contains(ws.get(a).pos()) || ws.get(a).punctuation() || Clauses.time(ws.get(a))) {
            return null;
        }
        int b = a;
        boolean noun = false;
        while (b < to && !ws.get(b).is(",") && !ws.get(b).terminator() && !RELATIVE.contains(ws.get(b).lower())) {
            Word w = ws.get(b);
            if ("AUX".equals(w.pos()) || b - a >= LONGEST) {
                return null;
            }
            noun |= w.noun() || "NUM".equals(w.pos());
            b++;
        }
        while (b > a && ws.get(b - 1).punctuation()) {
            b--;
        }
        return noun && b > a ? new NounPhrase(ws, a, b, b) : null;
    }

    /** How far back from "put it" the "as" of "as the dean of the law school put it" may stand. */
    private static final int AS_REACH = 12;

    /**
     * "As the Herald's Tom Vik puts it, …", "as he puts it, “…”": the fixed phrase that credits the words
     * around it to the subject between "as" and "put(s) it" (the tagger often calls "puts" a noun). The
     * cue is "put(s) it", words [i, i + 2); null unless word {@code i} opens such a phrase.
     */
    static CueLexicon.Match asPutIt(List<Word> ws, int from, int to, int i) {
        if (!(ws.get(i).is("puts") || ws.get(i).is("put")) || i + 1 >= to || !ws.get(i + 1).is("it") || i == from) {
            return null;
        }
        for (int x = i - 1; x >= from && x >= i - AS_REACH; x--) {
            if (ws.get(x).is("as")) {
                return x < i - 1 ? new CueLexicon.Match(i, i + 2, CueGroup.SPEECH) : null;
            }
            if (ws.get(x).terminator() || ws.get(x).verb() && !ws.get(x).is("put")) {
                return null; // "as the mayor said he put it": another verb has this subject
            }
        }
        return null;
    }

    /** The most words of the name in a credit line: "— Ana Maria Ruiz Lopez". */
    private static final int CREDIT_NAME = 6;

    /**
     * "“…” — Ana Ruiz, mayor of Porto.", and in a paragraph of its own after a quoted paragraph, "- Ana
     * Ruiz.": a dash and a name credit the quotation before them. Words [from, to) of a segment that holds
     * nothing else; the cue is the dash, the source the name up to a comma or the end. Null when the
     * segment does not open with a dash, or no capitalised name of at most {@link #CREDIT_NAME} words
     * without a verb follows it.
     */
    static Reading creditLine(String text, Segment seg) {
        List<Word> ws = seg.words();
        int a = seg.from();
        if (a >= seg.to()) {
            return null;
        }
        Word first = ws.get(a);
        // "-President Obama": the tokenizer may keep the dash on the name
        boolean glued = first.text().length() > 1 && "-\u2014\u2013".indexOf(first.text().charAt(0)) >= 0
                && Character.isUpperCase(first.text().charAt(1));
        if (!glued && !(Clauses.dash(first) || first.is("-"))) {
            return null;
        }
        int nameFrom = glued ? a : a + 1;
        int b = nameFrom;
        boolean name = false;
        while (b < seg.to() && !ws.get(b).is(",") && !ws.get(b).terminator()) {
            Word w = ws.get(b);
            if (b - nameFrom >= CREDIT_NAME || "AUX".equals(w.pos()) || "VERB".equals(w.pos()) && !w.capitalised()) {
                return null; // "— and then it rained": a clause, not a name
            }
            name |= w.capitalised() && ("PROPN".equals(w.pos()) || b > nameFrom);
            b++;
        }
        if (!name || b == nameFrom || !glued && !ws.get(nameFrom).capitalised()) {
            return null;
        }
        NounPhrase np = new NounPhrase(ws, nameFrom, b, b);
        SourceKind kind = SourceClassifier.kind(np);
        int sourceStart = glued ? first.start() + 1 : np.start();
        return new Reading(TextRef.of(text, first.start(), first.start() + 1), "credit", CueTone.NEUTRAL,
                TextRef.of(text, sourceStart, np.end()), np, kind == SourceKind.NONE ? SourceKind.PERSON : kind, null,
                null, null, first.sentence(), CueGroup.SPEECH);
    }

    /** The most words (with its marks) of a quotation that may stand inside a speaker's phrase: a title, a nickname. */
    private static final int TITLE_WORDS = 8;

    /**
     * "Bill Rowe, wearing a red hat and “Lund 2020” pins, said", "the hacker known as “Falcon,” wrote":
     * segments {@code a} and {@code b} of one sentence on either side of a short quotation that stands
     * inside a phrase ({@code a} does not end in punctuation), joined into one without the quotation's
     * marks, so that the cue after the quotation finds its subject before it as if the title were plain
     * words ("known as Falcon, wrote"). Null when they are not such a pair.
     */
    static Segment acrossTitle(Segment a, Segment b) {
        return across(a, b, TITLE_WORDS);
    }

    /** {@link #acrossTitle} for a quotation of at most {@code words} words with its marks. */
    static Segment across(Segment a, Segment b, int words) {
        if (a.next() == null || a.next() != b.prev() || a.words() != b.words() || a.isEmpty() || b.isEmpty()) {
            return null;
        }
        List<Word> ws = a.words();
        Word last = ws.get(a.to() - 1);
        if (last.punctuation() || b.from() - a.to() > words || ws.get(b.from()).terminator()
                || last.sentence() != ws.get(b.from()).sentence()) {
            return null;
        }
        List<Word> joined = new ArrayList<>(ws.size());
        joined.addAll(ws.subList(0, a.to()));
        for (Word w : ws.subList(a.to(), b.from())) {
            if (!quoteMark(w)) {
                joined.add(w);
            }
        }
        int to = joined.size() + b.to() - b.from();
        joined.addAll(ws.subList(b.from(), ws.size()));
        return new Segment(joined, a.from(), to, a.prev(), b.next(), a.paragraph());
    }

    /** Whether a word is only quotation marks: “ ” " '' ‘ ’ ``. */
    private static boolean quoteMark(Word w) {
        return w.text().chars().allMatch(c -> "\u201C\u201D\"'\u2018\u2019`".indexOf(c) >= 0);
    }

    /** The most words between a verb and the quotation it governs: "lauded the harbour crew for". */
    private static final int GOVERNED_GAP = 6;
    /** Forms of "be": "was called “…”" is passive, "is “…”" a copula; neither says who spoke. */
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "\u2019s");
    /** Parts of speech that may stand between the verb and the quotation: its object and a preposition. */
    private static final Set<String> GOVERNED = Set.of("DET", "NOUN", "PROPN", "PRON", "ADJ", "ADP", "NUM", "ADV", "PART");
    /** Whom a subject may be: someone or something that can say or write words. */
    private static final Set<SourceKind> SPEAKERS = Set.of(SourceKind.PERSON, SourceKind.PRONOUN,
            SourceKind.ORGANISATION, SourceKind.OUTLET, SourceKind.DOCUMENT, SourceKind.VAGUE);

    /**
     * "Holm lauded the crew for “…”", "the Nordlys daily calls it “the pearl”", "Berg scolded him: “…”":
     * when no cue gives a quotation its speaker, the verb of the segment leading into it with only its
     * object or a preposition before the quotation, and the subject right before the verb, make the
     * reading: what the subject calls, praises or chants is the quotation. The verb is a finite form in
     * lower case, not passive; the subject a phrase that can speak. Null otherwise.
     */
    static Reading governingVerb(String text, Segment seg) {
        List<Word> ws = seg.words();
        int last = seg.to() - 1;
        if (last >= seg.from() && ws.get(last).is(":")) {
            last--;
        }
        int v = last;
        while (v >= seg.from() && last - v <= GOVERNED_GAP && !ws.get(v).verb() && !nounTaggedVerb(ws, seg.from(), v)) {
            Word w = ws.get(v);
            if (!(GOVERNED.contains(w.pos()) || w.is("for") || w.is("as")) || w.is("that")) {
                return null; // "…, and then “…”", "said that “…”": not a verb's object
            }
            v--;
        }
        if (v < seg.from() || last - v > GOVERNED_GAP || "AUX".equals(ws.get(v).pos()) || !QuoteFrame.verbForm(ws.get(v))
                && !QuoteFrame.IRREGULAR_PAST.contains(ws.get(v).lower())) {
            return null;
        }
        int k = v;
        while (k > seg.from() && VerbContext.skippable(ws.get(k - 1))) {
            if (BE.contains(ws.get(k - 1).lower())) {
                return null;
            }
            k--;
        }
        NounPhrase np = k > seg.from() && ws.get(k - 1).is(",") ? Clauses.beforeAside(ws, seg.from(), k - 1)
                : NounPhrases.before(ws, seg.from(), k);
        if (np == null || ws.get(k - 1).possessive()) {
            return null;
        }
        SourceKind kind = SourceClassifier.kind(np);
        if (!SPEAKERS.contains(kind)) {
            return null;
        }
        Word verb = ws.get(v);
        return new Reading(TextRef.of(text, verb.start(), verb.end()), verb.lower(), CueTone.NEUTRAL,
                TextRef.of(text, np.start(), np.end()), np, kind, null, null, null, verb.sentence(), CueGroup.SPEECH);
    }

    /** "The former mayor calls/NOUN it": a form in -s the tagger calls a noun, between a subject and a pronoun object. */
    private static boolean nounTaggedVerb(List<Word> ws, int from, int v) {
        Word w = ws.get(v);
        return "NOUN".equals(w.pos()) && QuoteFrame.verbForm(w) && v > from && v + 1 < ws.size()
                && "PRON".equals(ws.get(v + 1).pos()) && NounPhrases.nominal(ws.get(v - 1));
    }

    /** The most words of a name that alone stands between a quotation and its cue: "Ana Maria Ruiz". */
    private static final int NAME_WORDS = 3;

    /**
     * "“…,” Will wrote.", "“…,” From said.": words [from, k) of a segment after a quotation that runs on,
     * all capitalised and at most {@link #NAME_WORDS}, are the name of the speaker, whatever the tagger
     * made of a name that is also a word; null otherwise.
     */
    static NounPhrase nameBeforeCue(List<Word> ws, int from, int k) {
        if (k - from > NAME_WORDS) {
            return null;
        }
        for (int x = from; x < k; x++) {
            Word w = ws.get(x);
            if (!w.capitalised() || !w.text().chars().allMatch(Character::isLetter) || "PRON".equals(w.pos())
                    || "DET".equals(w.pos())) {
                return null; // "“…,” It said" and "“…,” The mayor said" are read as phrases already
            }
        }
        return new NounPhrase(ws, from, k, k);
    }
}
