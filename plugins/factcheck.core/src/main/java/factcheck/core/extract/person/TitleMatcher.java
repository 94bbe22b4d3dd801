package factcheck.core.extract.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a title phrase starting at a word: modifiers ("former", "ex-", "then-", "acting", "the
 * late", a country), the longest title the lexicon knows, then "-elect" and "of Country" or
 * "to Country". Only bounded look-ahead, so scanning a segment stays linear.
 */
final class TitleMatcher {

    private static final Map<String, Integer> COUNTS = Map.of("two", 2, "both", 2, "three", 3, "four", 4,
            "five", 5, "2", 2, "3", 3, "several", 0);
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "those", "both");
    private static final Set<String> NEUTRAL = Set.of("outgoing", "incumbent", "current", "sitting", "new",
            "top");

    private final TitleLexicon lexicon;

    TitleMatcher(TitleLexicon lexicon) {
        this.lexicon = lexicon;
    }

    TitlePhrase match(List<Word> words, int i) {
        int n = words.size();
        int j = i;
        TitleKind kind = TitleKind.CURRENT;
        boolean deceased = false;
        String country = null;
        int[] used = new int[1];
        for (int round = 0; round < 4 && j < n; round++) {
            Word w = words.get(j);
            boolean hyphenNext = j + 1 < n && words.get(j + 1).is("-");
            if (w.is("former") || (w.is("ex") && hyphenNext)) {
                kind = TitleKind.FORMER;
                j += w.is("ex") ? 2 : 1;
            } else if (w.is("then") && (hyphenNext || (j + 1 < n && words.get(j + 1).capitalised()))) {
                kind = TitleKind.ROLE_IN_PAST;
                j += hyphenNext ? 2 : 1;
            } else if (w.is("acting") || w.is("interim")) {
                kind = TitleKind.ACTING;
                j++;
            } else if (w.is("late") && j > 0 && words.get(j - 1).is("the")) {
                kind = TitleKind.FORMER;
                deceased = true;
                j++;
            } else if (country == null && w.capitalised() && countryAt(words, j, used) != null) {
                // before the neutral words, so that "New Zealand" is a country and not "new"
                country = countryAt(words, j, used);
                j += used[0];
            } else if (NEUTRAL.contains(w.norm())) {
                j++;
            } else {
                break;
            }
        }
        if (j >= n) {
            return null;
        }
        // Longest title first: "Vice President" before "President", "Secretary of State" before "Secretary".
        int max = Math.min(lexicon.maxTitleWords(), n - j);
        List<String> parts = new ArrayList<>(max);
        for (int len = max; len >= 1; len--) {
            parts.clear();
            boolean ok = true;
            boolean glue = false;
            for (int k = j; k < j + len; k++) {
                Word w = words.get(k);
                if (w.is("-") && k > j && k < j + len - 1 && words.get(k - 1).end() == w.start()
                        && w.end() == words.get(k + 1).start()) {
                    // "Secretary-General" split by the tokenizer into three words
                    glue = true;
                    continue;
                }
                if (k > j && !glue && !words.get(k - 1).is("-") && words.get(k - 1).end() == w.start()
                        && (w.raw().startsWith("-") || words.get(k - 1).raw().endsWith("-")) && w.bare().length() > 1) {
                    // ... or into two: "Director-" "General", "Director" "-General"
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + Word.straight(w.bare()));
                    continue;
                }
                if (w.punctuation() && !w.raw().endsWith(".") || (w.possessive() && k < j + len - 1)) {
                    ok = false;
                    break;
                }
                if (glue) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "-" + Word.straight(w.bare()));
                    glue = false;
                } else {
                    parts.add(Word.straight(w.bare()));
                }
            }
            if (!ok) {
                continue;
            }
            boolean plural = false;
            Optional<String> title = lexicon.title(parts);
            if (title.isEmpty()) {
                String singular = singular(parts.get(parts.size() - 1));
                if (singular != null) {
                    parts.set(parts.size() - 1, singular);
                    title = lexicon.title(parts);
                    plural = title.isPresent();
                }
            }
            if (title.isPresent()) {
                return finish(words, i, j, j + len, title.get(), kind, deceased, country, plural);
            }
        }
        return null;
    }

    private TitlePhrase finish(List<Word> words, int first, int titleFirst, int titleEnd, String title,
            TitleKind kind, boolean deceased, String country, boolean plural) {
        int n = words.size();
        int k = titleEnd;
        Word last = words.get(titleEnd - 1);
        // "Sen" + "." when the tokenizer split the abbreviation's period off.
        if (k < n && words.get(k).is(".") && !last.raw().endsWith(".") && !title.equalsIgnoreCase(last.bare())
                && last.bare().length() <= 4) {
            k++;
        }
        int titleEndOffset = words.get(k - 1).end();
        if (k + 1 < n && words.get(k).is("-") && words.get(k + 1).is("elect")) {
            kind = TitleKind.ELECT;
            k += 2;
        }
        if (k + 1 < n && (words.get(k).is("of") || words.get(k).is("to")) && !words.get(titleEnd - 1).possessive()) {
            int[] used = new int[1];
            String after = countryAt(words, k + 1, used);
            if (after != null) {
                if (words.get(k).is("of") && country == null) {
                    country = after;
                }
                k += 1 + used[0];
            } else if (words.get(k).is("of")) {
                k += place(words, k + 1);
            }
        }
        int count = 0;
        boolean definite = false;
        int before = first - 1;
        if (before >= 0 && COUNTS.containsKey(words.get(before).norm())) {
            count = COUNTS.get(words.get(before).norm());
            definite = words.get(before).is("both");
            before--;
        }
        // "the ...", and "Doe’s spokesman": a possessive before the title makes it definite too.
        if (before >= 0 && (DETERMINERS.contains(words.get(before).norm()) || words.get(before).possessive())) {
            definite = true;
        }
        if (words.get(first).possessive() && country != null) {
            definite = true; // "China’s ambassador"
        }
        boolean afterAs = first > 0 && words.get(first - 1).is("as");
        return new TitlePhrase(first, k, words.get(first).start(), words.get(k - 1).end(), title,
                words.get(titleFirst).start(), titleEndOffset, country, kind, deceased, plural, definite, count,
                afterAs);
    }

    /**
     * The country or body named at word j, setting used[0] to the words consumed: the longest
     * country form ("Bosnia and Herzegovina", "New Zealand", "Kenyan"), else the longest body
     * ("Bank of Japan", "European Council"), whose name is then returned as the qualifier.
     */
    String countryAt(List<Word> words, int j, int[] used) {
        if (j >= words.size()) {
            return null;
        }
        Word w = words.get(j);
        if (!w.capitalised()) {
            return null;
        }
        int longest = Math.min(Math.max(5, BodyTable.MAX_WORDS), words.size() - j);
        if (!w.possessive()) {
            for (int len = longest; len >= 2; len--) {
                String written = joined(words, j, len);
                if (written == null) {
                    continue;
                }
                Optional<String> country = CountryTable.startsMultiWord(w.bare()) ? lexicon.country(written)
                        : Optional.empty();
                Optional<String> found = country.isPresent() ? country
                        : BodyTable.body(written).or(() -> PlaceTable.place(written));
                if (found.isPresent()) {
                    used[0] = len;
                    return found.get();
                }
            }
        }
        Optional<String> one = lexicon.country(Word.straight(w.bare()));
        if (one.isEmpty()) {
            one = BodyTable.body(Word.straight(w.bare())).or(() -> PlaceTable.place(Word.straight(w.bare())));
        }
        used[0] = 1;
        return one.orElse(null);
    }

    /** Words j..j+len-1 as written with single spaces; null if a word before the last is possessive. */
    private static String joined(List<Word> words, int j, int len) {
        StringBuilder b = new StringBuilder();
        for (int k = j; k < j + len; k++) {
            Word w = words.get(k);
            if (k < j + len - 1 && w.possessive()) {
                return null;
            }
            if (k > j) {
                b.append(' ');
            }
            b.append(k < j + len - 1 ? Word.straight(w.raw()) : Word.straight(w.bare()));
        }
        return b.toString();
    }

    /**
     * The words of a place after "of" that is not a country, when a two-word name follows it:
     * "Archbishop of Canterbury Justin Welby", "Mayor of New York Jane Roe". Returns the words to
     * consume, "of" included, or 0 when the capitalised run is too short to hold a place and a name.
     */
    private static int place(List<Word> words, int j) {
        int run = 0;
        while (j + run < words.size() && words.get(j + run).capitalised() && !words.get(j + run).punctuation()
                && !words.get(j + run).possessive()) {
            run++;
        }
        return run >= 3 ? 1 + run - 2 : 0;
    }

    /** "presidents" → "president", "secretaries" → "secretary"; null when not a plural. */
    static String singular(String word) {
        if (word.length() < 4 || !word.endsWith("s") || word.endsWith("ss")) {
            return null;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        return word.substring(0, word.length() - 1);
    }
}
