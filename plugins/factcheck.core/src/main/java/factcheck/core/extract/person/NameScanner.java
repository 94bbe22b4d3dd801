package factcheck.core.extract.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads capitalised runs that could be names. There is no named-entity model: a word may start a
 * name if it is capitalised, is not a function word, title, country or place/organisation word, and
 * is either tagged PROPN or not at the start of its sentence (where every word is capitalised).
 * Connectors ("da", "van", "bin") and initials ("J.") may continue a run.
 */
final class NameScanner {

    private static final int MAX_WORDS = 6;

    /** Words after a hyphen that make a compound, not a name ("Smith-led", "Paris-born"). */
    private static final Set<String> COMPOUND_WORDS = Set.of("led", "run", "born", "era", "type", "like", "made",
            "held", "free", "wide", "long", "ally", "bred", "side", "camp", "ish");

    private final TitleLexicon lexicon;

    NameScanner(TitleLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether word i can open a name; {@code titled} relaxes the checks after a title. */
    boolean canStart(List<Word> words, int i, boolean titled) {
        if (i >= words.size()) {
            return false;
        }
        Word w = words.get(i);
        if (!w.capitalised() || w.clitic() || w.punctuation() || NameWords.STOP.contains(w.norm())) {
            return false;
        }
        if (isInitial(w.bare())) {
            return i + 1 < words.size() && continues(words, i + 1);
        }
        if (titled && pairedInitials(words, i)) {
            return true; // "Vice President JD Vance"
        }
        if (acronym(w.bare()) || CountryTable.isCountryWord(w.bare())) {
            return false;
        }
        if (!titled && (NameWords.NOT_PERSON.contains(w.norm()) || (w.initial() && !w.properNoun()))) {
            return false;
        }
        return lexicon.title(List.of(Word.straight(w.bare()))).isEmpty();
    }

    /** The run starting at word i (which must satisfy {@link #canStart}), or null. */
    NameRun run(List<Word> words, int i) {
        int n = words.size();
        List<String> parts = new ArrayList<>();
        int k = i;
        int lastName = -1;
        int kept = 0;
        while (k < n && parts.size() < MAX_WORDS) {
            Word w = words.get(k);
            if (k > i && words.get(k - 1).possessive()) {
                break;
            }
            if ((isInitial(w.bare()) && w.capitalised()) || (k == i && pairedInitials(words, k))) {
                parts.add(w.bare());
                // "B" "." when the tokenizer split the initial's period off.
                k += (k + 1 < n && words.get(k + 1).is(".") && !w.bare().endsWith(".")) ? 2 : 1;
                continue;
            }
            boolean nameWord = w.capitalised() && !w.punctuation() && !acronym(w.bare())
                    && !CountryTable.isCountryWord(w.bare()) && !NameWords.STOP.contains(w.norm());
            if (nameWord) {
                parts.add(w.bare());
                lastName = k;
                kept = parts.size();
                k++;
            } else if (k > i && w.is("-") && joined(words, k)
                    && (words.get(k + 1).capitalised() || lastName == k - 1 && syllables(words.get(k + 1).bare()))
                    && (lastName == k - 1 || NameWords.CONNECTORS.contains(words.get(k - 1).norm()))) {
                // "Frank-Walter", "Kassym-Jomart": one hyphenated name word the tokenizer split
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "-" + words.get(k + 1).bare());
                lastName = k + 1;
                kept = parts.size();
                k += 2;
            } else if (k > i && hyphenated(w) && words.get(k - 1).end() == w.start()
                    && (lastName == k - 1 || NameWords.CONNECTORS.contains(words.get(k - 1).norm()))) {
                // the same split as "Jean" + "-Claude"
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + w.bare());
                lastName = k;
                kept = parts.size();
                k++;
            } else if (k > i && NameWords.CONNECTORS.contains(w.norm()) && leadsToName(words, k + 1)) {
                parts.add(w.bare());
                k++;
            } else if (k > i && lastName >= 0 && NameWords.SUFFIXES.contains(w.norm())) {
                parts.add(w.bare());
                lastName = k;
                kept = parts.size();
                break;
            } else {
                break;
            }
        }
        if (lastName < 0) {
            return null;
        }
        // Trailing initials or connectors that did not lead to a name word are not part of it.
        Word end = words.get(lastName);
        return new NameRun(i, lastName + 1, words.get(i).start(), end.end(), List.copyOf(parts.subList(0, kept)),
                end.possessive());
    }

    /** "von der Leyen", "al-Abadi": more connectors or a hyphen, then a capitalised word. */
    private static boolean leadsToName(List<Word> words, int k) {
        while (k < words.size() && (NameWords.CONNECTORS.contains(words.get(k).norm()) || words.get(k).is("-"))) {
            k++;
        }
        return k < words.size() && words.get(k).capitalised() && !words.get(k).punctuation();
    }

    /**
     * "-Claude", or the syllables of a romanised given name ("-in" of "Jae-in", "-o-cha" of
     * "Chan-o-cha"): a name part carrying the hyphen that joins it to the word before. Lower-case
     * parts are short syllables and not the words of a compound ("-led", "-based").
     */
    private static boolean hyphenated(Word w) {
        String b = w.bare();
        if (b.length() < 2 || b.charAt(0) != '-') {
            return false;
        }
        return Character.isUpperCase(b.codePointAt(1)) && b.length() > 2 || syllables(b.substring(1));
    }

    /** "in", "wen", "o-cha": lower-case syllables of at most four letters, joined by hyphens. */
    private static boolean syllables(String s) {
        for (String part : s.split("-", -1)) {
            if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(c -> c >= 'a' && c <= 'z')
                    || COMPOUND_WORDS.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word at k touches both neighbours, as the hyphen inside "Frank-Walter" does. */
    private static boolean joined(List<Word> words, int k) {
        return k + 1 < words.size() && words.get(k - 1).end() == words.get(k).start()
                && words.get(k).end() == words.get(k + 1).start();
    }

    private static boolean continues(List<Word> words, int k) {
        Word w = words.get(k);
        return w.is(".") ? k + 1 < words.size() && words.get(k + 1).capitalised() : w.capitalised();
    }

    /**
     * "JD" or "JB" before a capitalised word: two initials written together. Only read so after a
     * title; elsewhere two capitals are an organisation or a place ("UN", "EU").
     */
    private static boolean pairedInitials(List<Word> words, int i) {
        String b = words.get(i).bare();
        return b.length() == 2 && Character.isUpperCase(b.charAt(0)) && Character.isUpperCase(b.charAt(1))
                && i + 1 < words.size() && words.get(i + 1).capitalised() && !words.get(i + 1).punctuation()
                && !CountryTable.isCountryWord(b) && BodyTable.body(b).isEmpty();
    }

    /** "J." or "J": a single capital, with or without its period. */
    static boolean isInitial(String word) {
        int len = word.length();
        // "I" and "A" alone are words, not initials.
        return (len == 1 && Character.isUpperCase(word.charAt(0)) && !word.equals("I") && !word.equals("A"))
                || (len == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.');
    }

    /** "CNN", "NATO", "US": upper-case words of two or more letters are organisations or places here. */
    static boolean acronym(String word) {
        if (word.length() < 2) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2 && !word.toLowerCase(Locale.ROOT).equals(word);
    }
}
