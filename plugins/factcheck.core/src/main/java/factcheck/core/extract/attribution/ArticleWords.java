package factcheck.core.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import factcheck.core.nlp.Sentence;
import factcheck.core.nlp.Token;

/**
 * The words of every body paragraph, in order. Tokens that carry a quotation mark at an edge are
 * split so the mark can be told apart from the word: the tokenizer keeps "“According" whole now and
 * then, and the quotation spans come from the raw text.
 */
final class ArticleWords {

    private static final String MARKS = "\u201C\u201D\u2018\"\u00AB\u2039";

    private final List<List<Word>> byParagraph = new ArrayList<>();
    private final List<Word> all = new ArrayList<>();

    ArticleWords(List<Sentence> sentences, int paragraphCount) {
        for (int p = 0; p < paragraphCount; p++) {
            byParagraph.add(new ArrayList<>());
        }
        for (Sentence s : sentences) {
            if (s.paragraph() < 0 || s.paragraph() >= paragraphCount) {
                continue;
            }
            List<Word> into = byParagraph.get(s.paragraph());
            for (Token t : s.tokens()) {
                split(t, into);
            }
        }
        for (int p = 0; p < paragraphCount; p++) {
            joinTitleSplits(byParagraph.get(p));
            glueAbbreviationPeriods(byParagraph.get(p));
            namesInLy(byParagraph.get(p));
            willAsName(byParagraph.get(p));
            nounsTakenForVerbs(byParagraph.get(p));
            perfectAuxiliaries(byParagraph.get(p));
            readAfterQuotation(byParagraph.get(p));
            namesTakenForVerbs(byParagraph.get(p));
        }
        byParagraph.forEach(all::addAll);
    }

    /** Titles written with a period before a name: "Sen. Ola Berg", "Gov. Ana Lie". */
    private static final Set<String> TITLES = Set.of("sen", "sens", "rep", "reps", "gov", "govs", "lt", "gen", "dr",
            "mr", "mrs", "ms", "sgt", "col", "capt", "cmdr", "adm", "maj", "prof", "rev", "atty", "supt", "sec",
            "amb", "cpl", "pvt", "hon", "insp");

    /**
     * The sentence detector ends a sentence at "Sen." in "…, said Sen. Ola Berg of Troms.", at the
     * initial in "Ana K. Berg said" and at the abbreviation in "the N.R.K. reporter said". The words
     * before such a split are given the sentence of the words after it, so the reader sees one
     * sentence (its subject, its cue and its inverted source) as the writer wrote it.
     */
    private static void joinTitleSplits(List<Word> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            Word w = words.get(i);
            Word next = words.get(i + 1);
            if (w.sentence() == next.sentence()
                    || !(next.capitalised() && titlePeriod(words, i) || abbreviationSplit(words, i))) {
                continue;
            }
            int sentence = w.sentence();
            for (int j = i; j >= 0 && words.get(j).sentence() == sentence; j--) {
                Word x = words.get(j);
                words.set(j, new Word(x.start(), x.end(), x.text(), x.pos(), next.sentence()));
            }
        }
    }

    /** Whether word i ends in a title's period: "Gov." as one word, or "Sen" and ".". */
    static boolean titlePeriod(List<Word> words, int i) {
        String t = words.get(i).text();
        if (t.length() > 1 && t.endsWith(".")) {
            return TITLES.contains(t.substring(0, t.length() - 1).toLowerCase(Locale.ROOT));
        }
        return t.equals(".") && i > 0 && words.get(i - 1).end() == words.get(i).start()
                && TITLES.contains(words.get(i - 1).lower()) && words.get(i - 1).capitalised();
    }

    /**
     * Whether the period of word i ends an abbreviation the sentence goes on after: a lower-case word
     * follows an abbreviation written with periods or a single letter ("the F.B.I. director", "the
     * U.N. has"), or a name follows a first name's initial ("Ana K. Berg"; a sentence does not end in
     * an initial, though it may end in "Malcolm X. The …", whose next word is no name).
     */
    private static boolean abbreviationSplit(List<Word> words, int i) {
        String t = words.get(i).text();
        String abbreviation;
        if (t.equals(".") && i > 0 && words.get(i - 1).end() == words.get(i).start()) {
            abbreviation = words.get(i - 1).text();
        } else if (t.length() > 1 && t.endsWith(".")) {
            abbreviation = t.substring(0, t.length() - 1);
        } else {
            return false;
        }
        if (!ABBREVIATION.matcher(abbreviation).matches()) {
            return false; // "Sen." is a title (titlePeriod); "said." ends a sentence
        }
        Word next = words.get(i + 1);
        if (!next.text().isEmpty() && Character.isLowerCase(next.text().charAt(0))) {
            return true;
        }
        int initial = t.equals(".") ? i - 1 : i;
        return abbreviation.length() == 1 && Character.isUpperCase(abbreviation.charAt(0)) && initial > 0
                && words.get(initial - 1).capitalised() && words.get(initial - 1).text().chars().allMatch(Character::isLetter)
                && next.capitalised() && next.noun();
    }

    /**
     * "F.B.I" and "." as the tokenizer cuts "the F.B.I. director", "B" and "." in "Ana B. Berg": inside
     * a sentence the period belongs to the abbreviation or initial, and is no sentence end to the
     * phrase readers. Only where {@link #abbreviationSplit} holds: in "for the U.S. Officials said" the
     * detector may have missed the end of a sentence.
     */
    private static void glueAbbreviationPeriods(List<Word> words) {
        for (int i = words.size() - 2; i > 0; i--) {
            Word w = words.get(i);
            Word prev = words.get(i - 1);
            if (w.text().equals(".") && prev.end() == w.start() && words.get(i + 1).sentence() == w.sentence()
                    && abbreviationSplit(words, i)) {
                // an initial is part of a name, whatever the tagger made of the letter ("H/X")
                boolean initial = prev.text().length() == 1 && prev.capitalised();
                words.set(i - 1, new Word(prev.start(), w.end(), prev.text() + ".", initial ? "PROPN" : prev.pos(),
                        prev.sentence()));
                words.remove(i);
            }
        }
    }

    /**
     * "Will called for …", "as Will wrote": the tagger reads the name as the modal. A modal opening a
     * sentence is followed by its subject ("Will the port reopen?"), never by a past form, and inside a
     * sentence it is never capitalised, except in a title-case headline ("Americans Will Rise").
     */
    private static void willAsName(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!w.text().equals("Will") || !"AUX".equals(w.pos())) {
                continue;
            }
            boolean opens = i == 0 || words.get(i - 1).sentence() != w.sentence()
                    || Clauses.quoteMark(words.get(i - 1));
            Word next = i + 1 < words.size() && words.get(i + 1).sentence() == w.sentence() ? words.get(i + 1) : null;
            if (next == null || next.capitalised()) {
                continue; // "Americans Will Rise": a title-case headline's modal
            }
            boolean past = next.lower().endsWith("ed") || QuoteFrame.IRREGULAR_PAST.contains(next.lower())
                    || next.is("said");
            if (!opens || "VERB".equals(next.pos()) && past) {
                words.set(i, new Word(w.start(), w.end(), w.text(), "PROPN", w.sentence()));
            }
        }
    }

    /**
     * The tagger reads the head of a subject as a verb when a verb follows it: "The Ipsos poll/VERB also
     * finds", "People familiar with her thinking/VERB say". A word after an article, a demonstrative or a
     * possessive (perhaps with nouns and adjectives between) that is followed, past adverbs only, by a
     * verb of its own is the noun the determiner opens: two verbs in a row do not share a subject there.
     * Not for a participle's form ("the people elected said", "the letter sent yesterday warned" are reduced
     * relatives, which the phrase reader keeps), nor for a verb that takes a bare infinitive ("The study
     * helps explain"), nor before an -ing ("the vote began counting").
     */
    private static void nounsTakenForVerbs(List<Word> words) {
        for (int i = 1; i + 1 < words.size(); i++) {
            Word w = words.get(i);
            if (!"VERB".equals(w.pos()) || w.capitalised() || Participles.form(w) || w.lower().endsWith("en")
                    || CLOSED_WORDS.contains(w.lower()) || BARE_INFINITIVE_VERBS.contains(w.lower())
                    || !w.text().chars().allMatch(Character::isLetter) || !determinedAt(words, i)) {
                continue;
            }
            int j = i + 1;
            while (j < words.size() && words.get(j).sentence() == w.sentence() && "ADV".equals(words.get(j).pos())
                    && j <= i + 2) {
                j++;
            }
            if (j >= words.size() || words.get(j).sentence() != w.sentence()) {
                continue;
            }
            Word next = words.get(j);
            if ("VERB".equals(next.pos()) && !next.capitalised() && !next.lower().endsWith("ing")) {
                words.set(i, new Word(w.start(), w.end(), w.text(), "NOUN", w.sentence()));
            }
        }
    }

    /**
     * "Twitter/ADV acknowledged that …", "Wong/VERB said": a capitalised word the tagger calls a verb or an
     * adverb, opening its sentence before a verb of saying or a past form, is a name (a sentence opening
     * with a verb in the imperative or a participle, "Asked about it, Lund said", has no second verb right
     * after it; an adverb that opens sentences, "Also", "Later", is left alone).
     */
    private static void namesTakenForVerbs(List<Word> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            Word w = words.get(i);
            boolean opens = i == 0 || words.get(i - 1).sentence() != w.sentence() || Clauses.quoteMark(words.get(i - 1));
            boolean tag = "VERB".equals(w.pos())
                    || "ADV".equals(w.pos()) && !w.lower().endsWith("ly") && !OPENING_ADVERBS.contains(w.lower());
            if (opens && tag && w.capitalised() && w.text().chars().allMatch(Character::isLetter)
                    && !w.lower().endsWith("ing") && !w.lower().endsWith("ed") && speechAfter(words, i)) {
                words.set(i, new Word(w.start(), w.end(), w.text(), "PROPN", w.sentence()));
            }
        }
    }

    /**
     * "The campaign had/VERB encouraged Dahl", "supporters of the bill have/VERB rejected": the tagger now
     * and then reads the auxiliary of a perfect as the main verb, and the subject reader, which steps over
     * auxiliaries to the subject, stops at it. "have", "has" or "had" right before a past participle (past
     * adverbs only) is the auxiliary.
     */
    private static void perfectAuxiliaries(List<Word> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            Word w = words.get(i);
            if (!"VERB".equals(w.pos()) || !PERFECT.contains(w.lower())) {
                continue;
            }
            int j = i + 1;
            while (j < words.size() && j <= i + 2 && words.get(j).sentence() == w.sentence()
                    && "ADV".equals(words.get(j).pos())) {
                j++;
            }
            if (j < words.size() && words.get(j).sentence() == w.sentence() && pastParticiple(words.get(j))) {
                words.set(i, new Word(w.start(), w.end(), w.text(), "AUX", w.sentence()));
            }
        }
    }

    private static final Set<String> PERFECT = Set.of("have", "has", "had");

    private static boolean pastParticiple(Word w) {
        return "VERB".equals(w.pos()) && !w.capitalised() && Participles.form(w);
    }

    /**
     * "“…,” the editorial read/NOUN.": after a quotation, a phrase opened by an article and then "read" or
     * "reads" at the end of the clause is the frame that credits the quotation to a text; the tagger takes
     * the verb for the noun ("a good read").
     */
    private static void readAfterQuotation(List<Word> words) {
        for (int i = 2; i < words.size(); i++) {
            Word w = words.get(i);
            if (!(w.is("read") || w.is("reads")) || w.verb() || w.capitalised()) {
                continue;
            }
            boolean ends = i + 1 >= words.size() || words.get(i + 1).sentence() != w.sentence()
                    || words.get(i + 1).terminator() || words.get(i + 1).is(",") || words.get(i + 1).is(":");
            int d = i - 1;
            while (d > 0 && i - d <= 4 && (words.get(d).noun() || "ADJ".equals(words.get(d).pos()))) {
                d--;
            }
            if (ends && d < i - 1 && d > 0 && "DET".equals(words.get(d).pos())
                    && Clauses.quoteMark(words.get(d - 1)) && !Clauses.leftMark(words.get(d - 1))) {
                words.set(i, new Word(w.start(), w.end(), w.text(), "VERB", w.sentence()));
            }
        }
    }

    /** Verbs that take a bare infinitive: "The study helps/VERB explain" is a verb before a verb. */
    private static final Set<String> BARE_INFINITIVE_VERBS = Set.of("help", "helps", "let", "lets", "make", "makes",
            "go", "goes", "dare", "dares", "need", "needs");

    /** Determiners that open a noun phrase and nothing else ("her" may be an object: "told her"). */
    private static final Set<String> OPENERS = java.util.stream.Stream.concat(
            NounPhrases.POSSESSIVES.stream().filter(p -> !p.equals("her")),
            java.util.stream.Stream.of("the", "a", "an", "this", "these", "those", "every", "each"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether word i ends a phrase a determiner opens, with at most three nouns or adjectives between:
     * "the Ipsos poll", "with her thinking" ("her" only after a preposition), "Lund’s thinking".
     */
    private static boolean determinedAt(List<Word> words, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4 && words.get(k).sentence() == words.get(i).sentence(); k--) {
            Word d = words.get(k);
            if (OPENERS.contains(d.lower()) || d.is("her") && k > 0 && "ADP".equals(words.get(k - 1).pos())
                    || d.possessive()) {
                return true;
            }
            if (!d.noun() && !"ADJ".equals(d.pos())
                    || "PROPN".equals(d.pos()) && k > 0 && "NOUN".equals(words.get(k - 1).pos())) {
                return false; // "The memo Dahl wrote warns": a name after a noun opens a relative clause of its own
            }
        }
        return false;
    }

    /**
     * The tagger reads a name or noun in -ly as an adverb: "Mrs. Schlafly/ADV said", "Megyn Kelly/ADV
     * wrote", "Another Clinton ally/ADV, …, told". A capitalised word in -ly after a name or a title,
     * with no capitalised word after it (a headline's "Trump Finally Wins" is an adverb), is part of
     * the name; one opening its sentence is a name when a speech verb or a past form follows it,
     * perhaps after an adverb ("Schlafly also noted"), where an opening adverb is followed by a comma,
     * the clause's subject or another verb ("Clearly, …", "Early polls show", "Preemptively attacking
     * …"). "ally" is never an adverb.
     */
    private static void namesInLy(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!"ADV".equals(w.pos()) || !w.lower().endsWith("ly")
                    || !w.text().chars().allMatch(Character::isLetter)) {
                continue;
            }
            boolean name;
            if (!w.capitalised()) {
                name = w.is("ally");
            } else {
                boolean opens = i == 0 || words.get(i - 1).sentence() != w.sentence()
                        || Clauses.quoteMark(words.get(i - 1));
                Word prev = opens ? null : words.get(i - 1);
                boolean headline = i + 1 < words.size() && words.get(i + 1).capitalised();
                boolean afterName = prev != null && ("PROPN".equals(prev.pos()) || titlePeriod(words, i - 1));
                name = afterName && !headline || opens && speechAfter(words, i);
            }
            if (name) {
                words.set(i, new Word(w.start(), w.end(), w.text(), w.capitalised() ? "PROPN" : "NOUN", w.sentence()));
            }
        }
    }

    /**
     * Whether a speech verb or a past form follows word i in its sentence, right after it or after one
     * adverb of those that part a subject from its verb.
     */
    private static boolean speechAfter(List<Word> words, int i) {
        for (int x = i + 1; x < words.size() && x <= i + 2 && words.get(x).sentence() == words.get(i).sentence(); x++) {
            Word next = words.get(x);
            if ("VERB".equals(next.pos()) && !next.capitalised()) {
                return next.lower().endsWith("ed") || CueVerbs.lookup(next.text()).isPresent();
            }
            if (!"ADV".equals(next.pos())
                    || !BETWEEN_NAME_AND_VERB.contains(next.lower()) && !next.lower().endsWith("ly")) {
                return false; // "Nearly half/ADV said": a quantity, not a name
            }
        }
        return false;
    }

    /** Adverbs that stand between a subject and its verb: "Schlafly also noted", "Kelly later wrote". */
    private static final Set<String> BETWEEN_NAME_AND_VERB = Set.of("also", "then", "later", "again", "once", "never",
            "still", "first", "often", "since", "long", "too");

    /**
     * Adverbs that open a sentence before a verb with no subject between: "Also noted:", "When asked …",
     * "Enough said."
     */
    private static final Set<String> OPENING_ADVERBS = java.util.stream.Stream.concat(BETWEEN_NAME_AND_VERB.stream(),
            java.util.stream.Stream.of("earlier", "now", "here", "there", "instead", "so", "thus", "hence", "however",
                    "meanwhile", "yesterday", "today", "tonight", "tomorrow", "ago", "not", "just", "even", "only",
                    "further", "together", "else", "otherwise", "perhaps", "maybe", "almost", "nearly", "soon", "ever",
                    "already", "yet", "indeed", "rather", "somehow", "anyway", "next", "last", "finally", "when",
                    "whenever", "where", "wherever", "while", "how", "why", "enough", "as", "well", "back", "away", "off",
                    "out", "up", "sometimes", "twice", "seldom", "please", "therefore", "nevertheless", "nonetheless"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** An initial or an abbreviation written with periods, without its last period: "B", "F.B.I", "a.m". */
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("\\p{L}(\\.\\p{L})*");

    List<Word> paragraph(int p) {
        return p >= 0 && p < byParagraph.size() ? byParagraph.get(p) : List.of();
    }

    List<Word> all() {
        return all;
    }

    private static void split(Token t, List<Word> into) {
        String text = t.text();
        int from = 0;
        int to = text.length();
        List<Word> tail = new ArrayList<>(1);
        while (from < to - 1 && MARKS.indexOf(text.charAt(from)) >= 0) {
            into.add(new Word(t.start() + from, t.start() + from + 1, text.substring(from, from + 1), "PUNCT", t.sentence()));
            from++;
        }
        while (to - 1 > from && isClosing(text.charAt(to - 1))) {
            tail.add(0, new Word(t.start() + to - 1, t.start() + to, text.substring(to - 1, to), "PUNCT", t.sentence()));
            to--;
        }
        // The tagger joins tags of contracted tokens ("city's" is NOUN+PART): the first names the word.
        String pos = t.pos().indexOf('+') > 0 ? t.pos().substring(0, t.pos().indexOf('+')) : t.pos();
        String word = text.substring(from, to);
        if (CLOSED_TAGS.contains(pos) && !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                && word.chars().allMatch(Character::isLetter) && !CLOSED_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
            pos = "PROPN"; // "Hough/SCONJ said", "Ash/SCONJ described": a name the tagger took for a function word
        }
        if ("ADP".equals(pos) && word.length() > 4 && word.chars().allMatch(Character::isLowerCase)
                && !CLOSED_WORDS.contains(word) && !OTHER_PREPOSITIONS.contains(word)) {
            pos = "NOUN"; // "the port inspector/ADP general": a noun the tagger took for a preposition
        }
        if (ARTICLES.contains(word) && !"DET".equals(pos)) {
            pos = "DET"; // "said a/SCONJ protester using …": in lower case the articles are nothing else
        }
        into.add(new Word(t.start() + from, t.start() + to, word, pos, t.sentence()));
        into.addAll(tail);
    }

    /** Prepositions of more than four letters not among {@link #CLOSED_WORDS}, which names seldom take. */
    private static final Set<String> OTHER_PREPOSITIONS = Set.of("alongside", "aboard", "pending", "barring", "circa",
            "betwixt", "nearer");

    /** The articles in lower case ("A" may be a letter: "Plan A"). */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** Tags of closed word classes, whose few words are listed in {@link #CLOSED_WORDS}. */
    private static final Set<String> CLOSED_TAGS = Set.of("SCONJ", "ADP", "AUX", "CCONJ", "DET", "PRON", "PART");

    /** The function words of the closed classes: any other capitalised word tagged so is a name. */
    private static final Set<String> CLOSED_WORDS = Set.of(
            // subordinators and prepositions
            "after", "although", "as", "because", "before", "if", "once", "since", "than", "that", "though", "till",
            "unless", "until", "when", "whenever", "where", "whereas", "wherever", "whether", "while", "whilst", "lest",
            "about", "above", "across", "against", "along", "amid", "amidst", "among", "amongst", "around", "at",
            "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by", "despite", "down", "during",
            "except", "for", "from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "out", "outside",
            "over", "past", "per", "through", "throughout", "to", "toward", "towards", "under", "underneath", "unlike",
            "up", "upon", "via", "with", "within", "without", "according", "given", "including", "following",
            "regarding", "concerning", "considering", "excluding", "notwithstanding", "versus", "vs", "save", "plus",
            "minus", "next", "opposite", "round", "worth", "ago", "so", "yet", "then", "now", "how", "why",
            // auxiliaries
            "be", "is", "am", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does", "did",
            "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought", "get", "got",
            // conjunctions, determiners, pronouns, particles
            "and", "or", "but", "nor", "both", "either", "neither", "the", "a", "an", "this", "these", "those", "my",
            "your", "his", "her", "its", "our", "their", "some", "any", "no", "every", "each", "all", "another", "other",
            "such", "what", "which", "whose", "many", "much", "few", "several", "most", "more", "less", "little", "own",
            "half", "i", "me", "you", "he", "him", "she", "it", "we", "us", "they", "them", "myself", "yourself",
            "himself", "herself", "itself", "ourselves", "themselves", "who", "whom", "whoever", "whatever",
            "whichever", "someone", "anyone", "everyone", "nobody", "one", "ones", "none", "something", "anything",
            "nothing", "everything", "somebody", "anybody", "everybody", "not", "there", "here", "mine", "yours",
            "hers", "ours", "theirs", "same", "enough", "only", "just", "even", "also", "too", "very");

    private static boolean isClosing(char c) {
        return c == '\u201D' || c == '"' || c == '\u201C' || c == '\u00BB' || c == '\u203A';
    }
}
