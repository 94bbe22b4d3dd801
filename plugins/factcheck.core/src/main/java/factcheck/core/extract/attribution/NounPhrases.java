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
    /** After a cue "at" starts an adverbial ("said Ruiz at a news conference"), not part of the source. */
    private static final Set<String> LINKS_AFTER = Set.of("of", "for", "with", "from");

    private NounPhrases() {
    }

    /** Words that can sit inside a noun phrase. */
    static boolean nominal(Word w) {
        return switch (w.pos()) {
            case "NOUN", "PROPN", "ADJ", "NUM" -> true;
            case "PART" -> w.is("'s") || w.is("\u2019s");
            // The tagger calls some name parts verbs ("Wang/VERB Yi"): a capitalised word mid-sentence is a name.
            default -> w.capitalised() && !w.punctuation() && !"PRON".equals(w.pos()) && !"DET".equals(w.pos())
                    && !"ADP".equals(w.pos()) && !"CCONJ".equals(w.pos()) && !"SCONJ".equals(w.pos());
        };
    }

    /** The phrase ending right before word {@code end} (exclusive), not reaching before {@code floor}. */
    static NounPhrase before(List<Word> words, int floor, int end) {
        int k = end - 1;
        if (k < floor) {
            return null;
        }
        Word last = words.get(k);
        if ("PRON".equals(last.pos()) || SourceWords.VAGUE.contains(last.lower()) && "DET".equals(last.pos())) {
            return new NounPhrase(words, k, end, end);
        }
        int from = end;
        int coreFrom = -1;
        while (k >= floor && end - k <= MAX_WORDS) {
            Word w = words.get(k);
            if (nominal(w) || (w.is("-") && k > floor && nominal(words.get(k - 1)) && from < end)) {
                from = k;
            } else if ("DET".equals(w.pos()) && from < end) {
                from = k;
                boolean linked = k - 2 >= floor && LINKS.contains(words.get(k - 1).lower())
                        && nominal(words.get(k - 2));
                if (!linked) {
                    break; // "the matter" in "people familiar with the matter" goes on; "the mayor" ends here
                }
            } else if ((LINKS.contains(w.lower()) || w.is("and")) && from < end && k > floor
                    && nominal(words.get(k - 1))) {
                if (!w.is("and")) {
                    coreFrom = k; // the core is what comes before the last preposition read
                }
                from = k;
            } else {
                break;
            }
            k--;
        }
        if (from == end || !hasNoun(words, from, end) && !taggedAdjective(words, from, end)) {
            return null;
        }
        if (from < end && (LINKS.contains(words.get(from).lower()) || words.get(from).is("and"))) {
            from++; // a preposition read at the length limit: the phrase is what follows it
            coreFrom = -1;
        }
        return new NounPhrase(words, from, end, coreFrom < 0 ? end : coreFrom);
    }

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
        if ("PRON".equals(words.get(k).pos()) && SourceWords.PERSONAL_PRONOUNS.contains(words.get(k).lower())) {
            return new NounPhrase(words, k, k + 1, k + 1);
        }
        if ("DET".equals(words.get(k).pos())) {
            k++;
        }
        int coreTo = -1;
        int to = -1;
        while (k < limit && k - start < MAX_WORDS) {
            Word w = words.get(k);
            if (nominal(w) || (w.is("-") && to > 0)) {
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
