package factcheck.core.extract.attribution;

import java.util.List;
import java.util.Set;

/**
 * Reads the noun phrase before a cue ("Mayor Ana Ruiz said"), after it ("said the mayor",
 * "according to an embassy statement") and appositions ("Ana Ruiz, the mayor, said"). Greedy and
 * bounded: a phrase is at most {@link #MAX_WORDS} words, so the reading stays linear.
 */
final class NounPhrases {

    static final int MAX_WORDS = 12;

    /** Prepositions that continue a phrase: "experts at X", "a spokesperson for X", "people familiar with X". */
    private static final Set<String> LINKS = Set.of("of", "for", "at", "with", "from");
    /**
     * Possessive pronouns open a phrase after a cue as a determiner does ("said his oldest friend"); before
     * one the phrase leaves them out, so that "its source said" stays as vague as "source said".
     */
    static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my", "your");
    /** After a cue "at" starts an adverbial ("said Ruiz at a news conference"), not part of the source. */
    private static final Set<String> LINKS_AFTER = Set.of("of", "for", "with", "from");

    private NounPhrases() {
    }

    /** Words that can sit inside a noun phrase. */
    static boolean nominal(Word w) {
        return switch (w.pos()) {
            case "NOUN", "PROPN", "ADJ", "NUM" -> true;
            case "PART" -> w.is("'s") || w.is("\u2019s");
            // the tokenizer cuts "Shanklin-Hawkins" into "Shanklin" and "-Hawkins"
            case "PUNCT" -> w.text().length() > 1 && w.text().charAt(0) == '-' && Character.isUpperCase(w.text().charAt(1));
            // The tagger calls some name parts verbs ("Wang/VERB Yi"): a capitalised word mid-sentence is a name.
            default -> w.capitalised() && !w.punctuation() && !"PRON".equals(w.pos()) && !"DET".equals(w.pos())
                    && !"ADP".equals(w.pos()) && !"CCONJ".equals(w.pos()) && !"SCONJ".equals(w.pos());
        };
    }

    /** The second half of a compound written with a hyphen: "based" in "Oslo-based", "old" in "46-year-old". */
    private static boolean hyphenated(List<Word> words, int k, int to) {
        Word prev = k > 0 ? words.get(k - 1) : null;
        return to > 0 && prev != null && prev.is("-") && prev.end() == words.get(k).start() && !words.get(k).punctuation();
    }

    /**
     * Whether word {@code i} is the second half of a compound written with a hyphen and no spaces
     * ("based" in "Oslo-based", "wing" in "right-wing"); the tokenizer cuts such compounds at the hyphen.
     */
    static boolean secondHalf(List<Word> ws, int i, int from) {
        if (i - 2 < from) {
            return false;
        }
        Word hyphen = ws.get(i - 1);
        Word first = ws.get(i - 2);
        return hyphen.is("-") && hyphen.end() == ws.get(i).start() && first.end() == hyphen.start()
                && !first.punctuation() && !ws.get(i).punctuation();
    }

    /** Pronouns that contract with a verb: "he's", "they’re", "I'd" (the tokenizer keeps them one word). */
    private static final Set<String> CONTRACTING = Set.of("he", "she", "it", "they", "we", "i", "you", "that", "there");

    /** Whether a word is a pronoun contracted with a verb: "he's", "she’ll", "they're". */
    static boolean contracted(Word w) {
        return contractedPronoun(w) != null;
    }

    /** The pronoun of a word contracted with a verb ("she" of "She’s"), or null. */
    static String contractedPronoun(Word w) {
        String l = w.lower().replace('\u2019', '\'');
        int apostrophe = l.indexOf('\'');
        String pronoun = apostrophe > 0 && apostrophe < l.length() - 1 ? l.substring(0, apostrophe) : null;
        return pronoun != null && CONTRACTING.contains(pronoun) ? pronoun : null;
    }

    /** A name of letters and digits the tagger reads as a function word: "L2", "G7". */
    private static boolean code(Word w) {
        return w.capitalised() && w.text().chars().anyMatch(Character::isDigit) && w.text().chars().allMatch(Character::isLetterOrDigit);
    }

    /** The phrase ending right before word {@code end} (exclusive), not reaching before {@code floor}. */
    static NounPhrase before(List<Word> words, int floor, int end) {
        int k = end - 1;
        if (k < floor) {
            return null;
        }
        Word last = words.get(k);
        if ("PRON".equals(last.pos()) || SourceWords.VAGUE.contains(last.lower()) && "DET".equals(last.pos())) {
            if (k - 2 >= floor && words.get(k - 1).is("of") && (QUANTIFIERS.contains(words.get(k - 2).lower())
                    || "NUM".equals(words.get(k - 2).pos()) || words.get(k - 2).is("one") || words.get(k - 2).is("each"))) {
                return new NounPhrase(words, k - 2, end, end); // "One of them said", "most of us believe"
            }
            return new NounPhrase(words, k, end, end);
        }
        int from = end;
        int coreFrom = -1;
        boolean mistagged = mistaggedHead(words, end);
        while (k >= floor && end - k <= MAX_WORDS) {
            Word w = words.get(k);
            if (k == end - 1 && mistagged) {
                from = k;
                k--;
                continue;
            }
            int open = w.is(")") ? bracketOpen(words, floor, k) : -1;
            if (open >= 0) {
                // "Sen. Ana Ruiz (D-Ore.) said": a party and state tag after a name belongs to it, not to the core
                from = open;
                coreFrom = open;
                k = open - 1;
                continue;
            }
            // "right-wing leaders", "Oslo-based firms": the halves of a modifier written with a hyphen, whatever
            // their tags ("right/ADV", "based/VERB"), belong to the phrase
            boolean glued = from == k + 1 && !w.punctuation() && (words.get(from).is("-") && words.get(from).start() == w.end()
                    || secondHalf(words, k, floor));
            if (nominal(w) || glued || (w.is("-") && k > floor && from < end && (nominal(words.get(k - 1))
                    || words.get(k - 1).end() == w.start() && w.end() == words.get(k + 1).start()
                            && !words.get(k - 1).punctuation()))
                    || from < end && k > floor && ArticleWords.titlePeriod(words, k)) {
                from = k; // "Sen. Ola Berg": the period of a title is part of the name
            } else if (POSSESSIVES.contains(w.lower()) && "PRON".equals(w.pos()) && from < end
                    && !hasNoun(words, from, end)) {
                // "his recent remarks" before the noun cue "remarks": the owner is the phrase
                return new NounPhrase(words, k, k + 1, k + 1);
            } else if (("DET".equals(w.pos()) || POSSESSIVES.contains(w.lower()) && "PRON".equals(w.pos())) && from < end) {
                from = k; // "his advisers", as "the advisers": a possessive pronoun determines the phrase
                boolean linked = k - 2 >= floor && LINKS.contains(words.get(k - 1).lower())
                        && nominal(words.get(k - 2));
                if (!linked) {
                    break; // "the matter" in "people familiar with the matter" goes on; "the mayor" ends here
                }
            } else if ((LINKS.contains(w.lower()) || w.is("and") && !bareQuantifier(words, from, end)) && from < end
                    && k > floor && nominal(words.get(k - 1))) {
                if (!w.is("and")) {
                    coreFrom = k; // the core is what comes before the last preposition read
                }
                from = k;
            } else {
                break;
            }
            k--;
        }
        if (from == end || !mistagged && !hasNoun(words, from, end) && !taggedAdjective(words, from, end)) {
            return null;
        }
        if (from < end && (LINKS.contains(words.get(from).lower()) || words.get(from).is("and"))) {
            from++; // a preposition read at the length limit: the phrase is what follows it
            coreFrom = -1;
            if (from == end) {
                return null; // "Of/PROPN said": a preposition the tagger took for a name is no phrase at all
            }
        }
        return new NounPhrase(words, from, end, coreFrom < 0 ? end : coreFrom);
    }

    /**
     * Whether the word before {@code end} is a noun the tagger called a verb because a verb follows:
     * "the spokeswoman/VERB declined", "critics/VERB say/PRON" (the cue itself may be mistagged). Two
     * finite verbs in a row are rare; a
     * participle ("started asking") or an auxiliary before the second is not such a noun.
     */
    private static boolean mistaggedHead(List<Word> words, int end) {
        if (end < 1 || end >= words.size() || !words.get(end).verb() && CueVerbs.lookup(words.get(end).text()).isEmpty()) {
            return false;
        }
        Word w = words.get(end - 1);
        String l = w.lower();
        return "VERB".equals(w.pos()) && !VerbContext.skippable(w) && !l.endsWith("ed") && !l.endsWith("ing")
                && !l.endsWith("en") && !w.is("let") && !w.is("help") && !w.is("make") && !w.is("go")
                && !w.is("come") && !w.is("dare");
    }

    /** How many words a bracketed tag after a name may hold: "(R-Wis.)", "(D)", "(I-Vt.)". */
    private static final int BRACKET_WORDS = 6;

    /**
     * The index of the "(" that opens the bracket closing at {@code close}, when the bracket is a
     * short tag right after a nominal word ("Ruiz (D-Ore.)"); -1 otherwise.
     */
    private static int bracketOpen(List<Word> words, int floor, int close) {
        for (int j = close - 1; j > floor && j >= close - BRACKET_WORDS; j--) {
            Word w = words.get(j);
            if (w.is("(")) {
                return j < close - 1 && nominal(words.get(j - 1)) ? j : -1;
            }
            if (w.is(")")) {
                return -1; // the period of "(I-Vt.)" is an abbreviation's, so only brackets bound the search
            }
        }
        return -1;
    }

    /** Words that count people or a share of them: "many say", "both oppose", "half said". */
    /** Quantifiers that stand alone as a clause's subject: "… changed their minds and several said". */
    private static final Set<String> BARE_QUANTIFIERS = Set.of("several", "many", "some", "most", "few");

    /**
     * Whether words [from, end) are one bare quantifier: after "and" it opens a clause of its own ("their
     * minds and several said") rather than ending a list of phrases ("Lund and others said" does).
     */
    private static boolean bareQuantifier(List<Word> words, int from, int end) {
        return end - from == 1 && BARE_QUANTIFIERS.contains(words.get(from).lower());
    }

    static final Set<String> QUANTIFIERS = Set.of("many", "few", "both", "most", "several", "half", "majority",
            "majorities", "others", "none", "some");

    /**
     * "the admiral/ADJ said", "the organizer/ADJ told them": the tagger calls some role nouns
     * adjectives; a determiner, then adjectives only, ending right before the cue is still a phrase.
     */
    private static boolean taggedAdjective(List<Word> words, int from, int end) {
        if (end - from < 2 || !"DET".equals(words.get(from).pos()) || !"ADJ".equals(words.get(end - 1).pos())) {
            return false;
        }
        for (int i = from + 1; i < end; i++) {
            if (!"ADJ".equals(words.get(i).pos())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The phrase whose last word is {@code head}, whatever the tagger made of the head: "opinion polls"
     * before "show" is a phrase even when "polls" was tagged a verb.
     */
    static NounPhrase endingWith(List<Word> words, int floor, int head) {
        int from = head;
        for (int k = head - 1; k >= floor && head - k < MAX_WORDS; k--) {
            Word w = words.get(k);
            if ("DET".equals(w.pos())) {
                from = k;
                break;
            }
            if (!nominal(w)) {
                break;
            }
            from = k;
        }
        return new NounPhrase(words, from, head + 1, head + 1);
    }

    /** The phrase starting at word {@code start}, not reaching {@code limit}. */
    static NounPhrase after(List<Word> words, int start, int limit) {
        int k = start;
        if (k >= limit) {
            return null;
        }
        if (contracted(words.get(k))) {
            return null; // "said he's with the mayor": "he is" opens the reported clause, no phrase
        }
        if ("PRON".equals(words.get(k).pos()) && SourceWords.PERSONAL_PRONOUNS.contains(words.get(k).lower())) {
            return new NounPhrase(words, k, k + 1, k + 1);
        }
        if ("DET".equals(words.get(k).pos()) || POSSESSIVES.contains(words.get(k).lower())) {
            k++; // "said his best friend"
            // "a just-released poll", "a newly published study": a participle used as an adjective, with its adverb
            int m = k;
            while (m < limit && m - k < 3 && ("ADV".equals(words.get(m).pos()) || words.get(m).is("-"))) {
                m++;
            }
            if (m > k && m + 1 < limit && words.get(m).lower().endsWith("ed") && words.get(m + 1).noun()) {
                k = m + 1;
            }
        }
        int coreTo = -1;
        int to = -1;
        if (k < limit && k == start && "PRON".equals(words.get(k).pos()) && !POSSESSIVES.contains(words.get(k).lower())) {
            to = ++k; // "according to someone in attendance", "according to exit/PRON polls"
        }
        while (k < limit && k - start < MAX_WORDS) {
            Word w = words.get(k);
            if (nominal(w) || (w.is("-") && to > 0) || to > 0 && k + 1 < limit && ArticleWords.titlePeriod(words, k)
                    || hyphenated(words, k, to) || to < 0 && code(w)) {
                to = k + 1;
            } else if (to > 0 && (LINKS_AFTER.contains(w.lower()) || w.is("and")) && k + 1 < limit) {
                if (coreTo < 0 && !w.is("and")) {
                    coreTo = to;
                }
            } else if (!(to > 0 && "DET".equals(w.pos()) && k > start && LINKS_AFTER.contains(words.get(k - 1).lower()))) {
                break;
            }
            k++;
        }
        if (to < 0 || !hasNoun(words, start, to)) {
            return null;
        }
        return new NounPhrase(words, start, to, coreTo < 0 ? to : Math.min(coreTo, to));
    }

    /**
     * "said pollster/VERB Ann Lunde", "said ranking/VERB Democrat Ola Nilsen", "said lead/VERB author Ola
     * Berg": a lower-case word the tagger made a verb or adjective, right before a name (perhaps after
     * the rest of the role), is the name's role; the phrase from it to the name's end, or null when no
     * name (without a possessive) follows the word.
     */
    static NounPhrase mistaggedRole(List<Word> words, int start, int limit) {
        if (start + 1 >= limit) {
            return null;
        }
        Word role = words.get(start);
        if (role.capitalised() || !role.text().chars().allMatch(Character::isLetter) || role.lower().endsWith("ly")
                || !role.verb() && !"ADJ".equals(role.pos()) || "AUX".equals(role.pos())) {
            return null;
        }
        NounPhrase name = after(words, start + 1, limit);
        // the name may follow more of the role: "said lead/VERB author Professor Ola Berg"
        if (name == null || !words.get(name.from()).capitalised() && !"NOUN".equals(words.get(name.from()).pos())
                || name.core().stream().anyMatch(Word::possessive)
                || name.core().stream().noneMatch(w -> "PROPN".equals(w.pos()))) {
            return null;
        }
        return new NounPhrase(words, start, name.to(), name.coreTo());
    }

    /** Prepositions whose phrase describes the noun before it: "a nurse in Lund", "a delegate on the slate". */
    private static final Set<String> POSTMODIFYING = Set.of("in", "of", "from", "at", "on");

    /**
     * "Ana Ruiz, the mayor, said": the name before the apposition, from the comma before the cue.
     * {@code comma} is the index of the comma right before the cue.
     */
    static NounPhrase apposition(List<Word> words, int floor, int comma) {
        NounPhrase role = before(words, floor, comma);
        if (role == null || role.from() - 1 < floor || !words.get(role.from() - 1).is(",")) {
            return null;
        }
        NounPhrase name = before(words, floor, role.from() - 1);
        if (name == null || name.core().stream().noneMatch(w -> "PROPN".equals(w.pos()))) {
            return null;
        }
        int of = name.from() - 1;
        if (of > floor && POSTMODIFYING.contains(words.get(of).lower())) {
            // "a nurse in Lund, Sweden, said": the place describes the phrase before it, which is the source;
            // "Berg, during a rally in Lund, Sweden, said": that phrase is in an aside, and so is the place
            NounPhrase head = before(words, floor, of);
            if (head == null || head.from() - 1 >= floor && POSTMODIFYING.contains(words.get(head.from() - 1).lower())
                    || head.from() - 1 >= floor && words.get(head.from() - 1).is("during")) {
                return null;
            }
            return new NounPhrase(words, head.from(), comma, head.coreTo());
        }
        return new NounPhrase(words, name.from(), comma, name.coreTo());
    }

    private static boolean hasNoun(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            if (w.noun() || "PRON".equals(w.pos()) || (w.capitalised() && nominal(w))) {
                return true;
            }
        }
        return false;
    }
}
