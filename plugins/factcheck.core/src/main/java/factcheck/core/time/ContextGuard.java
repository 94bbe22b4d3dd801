package factcheck.core.time;

import java.util.Set;

import factcheck.core.nlp.Token;

/**
 * Accepts or rejects readings the grammar cannot settle from words alone, using the neighbouring
 * words and, when the pipeline ran, the part-of-speech tags.
 * <ul>
 * <li>A bare month that is tagged as a verb ("She may resign", "They march") is not a month; a month
 * name after or before another capitalised word is a name ("Theresa May", "June Carter"); "May"
 * alone counts only after a preposition-like word ("in May", "since May", "early May").</li>
 * <li>A weekday followed by a capitalised word, without a preposition before it, is taken as a
 * name ("the Sunday Times"); "on Sunday Times Square was empty" still reads as a date.</li>
 * <li>A bare four-digit number followed by a plural noun is a count ("2019 people"), unless a
 * preposition precedes it ("in 2019 voters ...").</li>
 * <li>A common time word capitalised inside a sentence is a title: "This Week", "60 Minutes".</li>
 * </ul>
 */
final class ContextGuard {

    private static final Set<String> LEADS = Set.of("in", "on", "since", "until", "till", "by", "of", "from", "to",
            "through", "before", "after", "during", "early", "late", "mid", "last", "next", "this", "that", "each",
            "every", "between", "and", "or", "for", "at", "around", "about", "throughout", "following", "-", ",",
            "the", "into", "within", "as", "(", "beginning", "end", "starting");

    /** Words that make a following four-digit number a year even before a plural noun. */
    private static final Set<String> YEAR_LEADS = Set.of("in", "since", "until", "till", "by", "of", "from", "to",
            "through", "before", "after", "during", "early", "late", "mid", "for", "throughout", "between",
            "around", "about", "-");

    /** Words after a bare "March" that make it a verb: "March with us", "march on the capital". */
    private static final Set<String> IMPERATIVE_FOLLOWERS = Set.of("with", "on", "to", "for", "us", "them",
            "forward", "into", "through", "against", "together", "along", "down", "up", "out");

    /** Plurals the lemmatizer tends to leave as they are. */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children", "police",
            "staff", "personnel", "cattle", "sheep", "fish", "feet", "teeth", "mice");

    /** Time words that, capitalised mid-sentence, are part of a title rather than a date. */
    private static final Set<String> TITLE_WORDS = Set.of("today", "tonight", "tomorrow", "yesterday", "now",
            "week", "minutes", "hours", "noon", "midnight");
    private static final int TITLE_REACH = 4;

    private final WordSeq w;
    private final SentenceIndex sentences;
    private final Lexicon lex = Lexicon.shared();

    ContextGuard(WordSeq words, SentenceIndex sentences) {
        this.w = words;
        this.sentences = sentences;
    }

    boolean accepts(Candidate c) {
        if (namesATitle(c.from(), c.to())) {
            return false;
        }
        return switch (c.guard()) {
            case NONE -> true;
            case BARE_MONTH -> month(c.from(), c.to());
            case WEEKDAY -> weekday(c.from(), c.to());
            case YEAR -> year(c.from(), c.to());
        };
    }

    /**
     * A common time word capitalised inside a sentence names a programme or a film: ABC's "This
     * Week", "60 Minutes", "High Noon", "USA Today". At a sentence start, or in a headline written in
     * title case, the capital says nothing.
     */
    private boolean namesATitle(int from, int to) {
        for (int k = from; k < to; k++) {
            if (w.isWord(k) && w.capitalized(k) && TITLE_WORDS.contains(w.lower(k)) && !sentenceStart(k)
                    && (quotedTitle(from) || !titleCase(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first word of a sentence, or of a quotation opened after a comma or colon ("she said,
     * \"Today we ...\""); a title in quotes follows a word instead ("CBS's \"60 Minutes\"").
     */
    private boolean sentenceStart(int k) {
        Token t = sentences.tokenAt(w.start(k));
        if (t != null && t.index() == 0) {
            return true;
        }
        int j = k - 1;
        boolean quoted = false;
        while (j >= 0 && isAny(j, "\"\u201c'\u2018`([])")) {
            quoted |= isAny(j, "\"\u201c'\u2018`");
            j--;
        }
        return j < 0 || isAny(j, ".!?:") || quoted && w.isPunct(j, ',');
    }

    /**
     * An expression opening a quotation after a word, with a capitalised word after it:
     * ABC's "This Week With David Brinkley" is a title even amid the capitals of the names around it.
     */
    private boolean quotedTitle(int from) {
        int q = from - 1;
        if (q < 1 || !isAny(q, "\"\u201c`") || !w.isWord(q - 1) && !w.isPunct(q - 1, '`')) {
            return false;
        }
        for (int k = from; k < Math.min(w.size(), from + TITLE_REACH); k++) {
            if (isAny(k, "\"\u201d'")) {
                return false;
            }
            if (w.isWord(k) && w.capitalized(k) && !TITLE_WORDS.contains(w.lower(k)) && !temporalWord(k) && k > from) {
                return true;
            }
        }
        return false;
    }

    private boolean isAny(int j, String marks) {
        for (int m = 0; m < marks.length(); m++) {
            if (w.isPunct(j, marks.charAt(m))) {
                return true;
            }
        }
        return false;
    }

    /** Most of the words around {@code k} are capitalised, as in a headline. */
    private boolean titleCase(int k) {
        int words = 0;
        int capitals = 0;
        for (int j = Math.max(0, k - TITLE_REACH); j < Math.min(w.size(), k + TITLE_REACH + 1); j++) {
            if (j != k && w.isWord(j)) {
                words++;
                capitals += w.capitalized(j) ? 1 : 0;
            }
        }
        return words >= 3 && capitals * 4 >= words * 3;
    }

    private boolean leadBefore(int i) {
        return i > 0 && LEADS.contains(w.lower(i - 1));
    }

    private boolean prepositionBefore(int i) {
        return i > 0 && YEAR_LEADS.contains(w.lower(i - 1));
    }

    private boolean temporalWord(int i) {
        String s = w.lower(i);
        return lex.starts("month", s) || lex.starts("weekday", s) || lex.starts("part", s);
    }

    private boolean capitalisedWordAt(int i) {
        return w.isWord(i) && w.capitalized(i) && !temporalWord(i);
    }

    private boolean month(int i, int to) {
        Token t = sentences.tokenAt(w.start(i));
        if (t != null && t.isVerb()) {
            return false;
        }
        if (capitalisedWordAt(to) && !w.touchesPrevious(to)) {
            return false;
        }
        if (w.is(to, "of") && w.is(to + 1, "the") && capitalisedWordAt(to + 2)) {
            return false; // "the March of the Mothers" is a name; "March of the following year" a date
        }
        if (!leadBefore(i) && IMPERATIVE_FOLLOWERS.contains(w.lower(to))) {
            return false;
        }
        if (w.is(i, "may")) {
            return leadBefore(i);
        }
        return leadBefore(i) || !capitalisedWordAt(i - 1);
    }

    private boolean weekday(int i, int to) {
        return prepositionBefore(i) || w.is(i - 1, "on") || w.is(i - 1, "last") || w.is(i - 1, "next")
                || !capitalisedWordAt(to);
    }

    private boolean year(int i, int to) {
        if (prepositionBefore(i) || !w.isWord(to) || w.capitalized(to)) {
            return true;
        }
        Token next = sentences.tokenAt(w.start(to));
        if (next != null) {
            boolean pluralNoun = "NOUN".equals(next.pos()) && (!next.lemma().equalsIgnoreCase(next.text())
                    || IRREGULAR_PLURALS.contains(w.lower(to)));
            return !pluralNoun;
        }
        return !w.lower(to).endsWith("s") && !IRREGULAR_PLURALS.contains(w.lower(to));
    }
}
