package factcheck.core.extract.person;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Country names, short forms and nationality adjectives mapped to one canonical country name, for
 * title modifiers ("US Secretary of State", "China's ambassador", "Chinese Foreign Minister").
 * Matching is case-sensitive on the first letter: "american" is not a modifier, "American" is.
 */
public final class CountryTable {

    /** Canonical name → other spellings (the canonical name itself always matches). */
    private static final String[][] COUNTRIES = {
        {"US", "U.S.", "U.S", "USA", "U.S.A.", "United States", "America", "American"},
        {"UK", "U.K.", "Britain", "Great Britain", "United Kingdom", "British"},
        {"China", "Chinese", "PRC"}, {"Taiwan", "Taiwanese"}, {"Japan", "Japanese"},
        {"South Korea", "South Korean", "Korean"}, {"North Korea", "North Korean"}, {"India", "Indian"},
        {"Pakistan", "Pakistani"}, {"Russia", "Russian"}, {"Ukraine", "Ukrainian"}, {"France", "French"},
        {"Germany", "German"}, {"Italy", "Italian"}, {"Spain", "Spanish"}, {"Portugal", "Portuguese"},
        {"Brazil", "Brazilian"}, {"Argentina", "Argentine", "Argentinian"}, {"Mexico", "Mexican"},
        {"Canada", "Canadian"}, {"Australia", "Australian"}, {"New Zealand", "New Zealander"},
        {"Ireland", "Irish"}, {"Netherlands", "Dutch"}, {"Belgium", "Belgian"}, {"Sweden", "Swedish"},
        {"Norway", "Norwegian"}, {"Denmark", "Danish"}, {"Finland", "Finnish"}, {"Poland", "Polish"},
        {"Hungary", "Hungarian"}, {"Austria", "Austrian"}, {"Switzerland", "Swiss"}, {"Greece", "Greek"},
        {"Turkey", "Turkish", "Türkiye"}, {"Iran", "Iranian"}, {"Iraq", "Iraqi"}, {"Israel", "Israeli"},
        {"Egypt", "Egyptian"}, {"Saudi Arabia", "Saudi"}, {"Syria", "Syrian"}, {"Nigeria", "Nigerian"},
        {"South Africa", "South African"}, {"Kenya", "Kenyan"}, {"Ethiopia", "Ethiopian"},
        {"Indonesia", "Indonesian"}, {"Vietnam", "Vietnamese"}, {"Thailand", "Thai"},
        {"Philippines", "Philippine", "Filipino"}, {"Malaysia", "Malaysian"}, {"Singapore", "Singaporean"},
        {"Chile", "Chilean"}, {"Colombia", "Colombian"}, {"Peru", "Peruvian"}, {"Venezuela", "Venezuelan"},
        {"Cuba", "Cuban"}, {"Afghanistan", "Afghan"}, {"Bangladesh", "Bangladeshi"}, {"Czech Republic", "Czech"},
        {"Romania", "Romanian"}, {"Serbia", "Serbian"}, {"Croatia", "Croatian"}, {"Scotland", "Scottish"},
        {"Wales", "Welsh"}, {"Qatar", "Qatari"}, {"Jordan", "Jordanian"}, {"Lebanon", "Lebanese"},
        {"Morocco", "Moroccan"}, {"Algeria", "Algerian"}, {"Ghana", "Ghanaian"}, {"Belarus", "Belarusian"},
        {"European Union", "EU", "European"}};

    private static final Map<String, String> BY_FORM = new HashMap<>();
    /** First words of multi-word forms, so callers know when to try two words. */
    private static final Set<String> FIRST_WORDS;

    static {
        java.util.Set<String> firsts = new java.util.HashSet<>();
        for (String[] row : COUNTRIES) {
            for (String form : row) {
                BY_FORM.put(form, row[0]);
                int space = form.indexOf(' ');
                if (space > 0) {
                    firsts.add(form.substring(0, space));
                }
            }
        }
        FIRST_WORDS = Set.copyOf(firsts);
    }

    private CountryTable() {
    }

    /** The canonical country for a written form ("Chinese" → "China"), or empty. */
    public static Optional<String> country(String form) {
        if (form == null || form.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_FORM.get(form));
    }

    /** Whether the word begins a multi-word country form ("United", "South", "New", ...). */
    public static boolean startsMultiWord(String word) {
        return FIRST_WORDS.contains(word);
    }

    /** Whether a lower-cased word is any country form, for vetoing name runs. */
    static boolean isCountryWord(String word) {
        return BY_FORM.containsKey(word) || FIRST_WORDS.contains(word)
                || BY_FORM.containsKey(word.toUpperCase(Locale.ROOT));
    }
}
