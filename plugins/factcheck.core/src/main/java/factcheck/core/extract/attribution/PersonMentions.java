package factcheck.core.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import factcheck.core.annotation.TextRef;

/**
 * The names of people in the article, in text order, for resolving "he" and "she": runs of
 * capitalised words holding a proper noun (or made only of words of a name found before, whatever
 * their tag: "Wong/NOUN" after "Tak-Sing Wong"), stripped of titles ("President", "Mayor"), and not a
 * place, organisation, outlet, event ("Sacred Defence Week"), weekday or month, nor the first half of
 * an organisation's name ("the Bill and Melinda Gates Foundation"), nor someone spoken to ("told
 * Berg"). Gender is not checked; the nearest earlier name wins.
 */
final class PersonMentions {

    /** Forms of "tell", whose object is the one spoken to. */
    private static final Set<String> TELL = Set.of("told", "tell", "tells", "telling");

    /** Last words that make a capitalised run the name of an event, a period or a law, not of a person. */
    private static final Set<String> EVENTS = Set.of("Week", "Day", "War", "Games", "Cup", "Festival", "Summit",
            "Conference", "Olympics", "Championship", "Championships", "Prize", "Awards", "Act", "Season", "Tour",
            "Expo", "Marathon", "Month", "Year");

    private final List<TextRef> mentions = new ArrayList<>();
    /** The words of the names found so far: "Wong/NOUN" opening a sentence is "Tak-Sing Wong" again. */
    private final Set<String> nameWords = new java.util.HashSet<>();

    PersonMentions(String text, List<Word> words) {
        int i = 0;
        while (i < words.size()) {
            int j = i;
            boolean proper = false;
            boolean known = true;
            while (j < words.size() && words.get(j).capitalised() && NounPhrases.nominal(words.get(j))
                    && words.get(j).sentence() == words.get(i).sentence()) {
                proper |= "PROPN".equals(words.get(j).pos());
                known &= nameWords.contains(words.get(j).bare());
                j++;
            }
            // "Ruiz told Berg …": the one told is the listener; a "he" or "she" later is the teller far more often
            boolean addressee = i > 0 && TELL.contains(words.get(i - 1).lower());
            // a name read again only by its words: not as an owner or a modifier ("Pelosi called Trump's conduct",
            // "the Trump administration"), where the tagger's noun is more likely right than a speaker
            known &= j > i && !words.get(j - 1).possessive()
                    && !(j < words.size() && "NOUN".equals(words.get(j).pos()) && !words.get(j).capitalised());
            if (j > i && (proper || known) && !addressee && !opensOrganisation(words, j)) {
                add(text, words.subList(i, j), !proper);
            }
            i = Math.max(j, i + 1);
        }
    }

    /**
     * Whether the capitalised run ending before word {@code j} is the first half of an organisation's name
     * joined by "and": "the Bill and Melinda Gates Foundation" holds no person called Bill.
     */
    private static boolean opensOrganisation(List<Word> words, int j) {
        if (j + 1 >= words.size() || !(words.get(j).is("and") || words.get(j).is("&"))) {
            return false;
        }
        int k = j + 1;
        while (k < words.size() && words.get(k).capitalised() && words.get(k).sentence() == words.get(j).sentence()) {
            k++;
        }
        return k > j + 1 && SourceWords.in(SourceWords.ORGANISATION, words.get(k - 1).bare());
    }

    /** Adds the name in a run of capitalised words; {@code known}: every word is one of a name found before. */
    private void add(String text, List<Word> run, boolean known) {
        int[] name = known ? new int[] {0, run.size()} : SourceClassifier.nameWords(run);
        if (name[0] < 0) {
            return;
        }
        List<Word> parts = run.subList(name[0], name[1]);
        if (!parts.stream().allMatch(PersonMentions::spelledLikeAName)) {
            return; // "US$", "F-16": a currency or a model number is nobody
        }
        String joined = SourceClassifier.withoutArticle(parts);
        boolean event = EVENTS.contains(run.get(run.size() - 1).bare()); // "Sacred Defence Week", "the Iran–Iraq War"
        boolean notPerson = event || SourceWords.in(SourceWords.PLACES, joined) || SourceWords.in(SourceWords.OUTLETS, joined)
                || SourceWords.in(SourceWords.ORGANISATION, joined)
                || run.stream().anyMatch(w -> SourceWords.in(SourceWords.ORGANISATION, w.bare()));
        if (!notPerson) {
            Word last = parts.get(parts.size() - 1);
            mentions.add(TextRef.of(text, parts.get(0).start(), last.bareEnd()));
            parts.forEach(w -> nameWords.add(w.bare()));
        }
    }

    /** Letters, with the hyphens, apostrophes and dots names have ("O'Neill", "Jean-Luc", "J."). */
    private static boolean spelledLikeAName(Word w) {
        String t = w.bare();
        return t.chars().anyMatch(Character::isLetter)
                && t.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '\u2019' || c == '.');
    }

    /** The nearest name ending at or before {@code offset}, or null when none comes before it. */
    TextRef before(int offset) {
        int lo = 0;
        int hi = mentions.size() - 1;
        TextRef best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextRef m = mentions.get(mid);
            if (m.end() <= offset) {
                best = m;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    List<TextRef> all() {
        return mentions;
    }
}
