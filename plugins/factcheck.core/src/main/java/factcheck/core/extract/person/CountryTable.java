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

    /**
     * The other UN member states and a few more (from rules/tools/world-leaders/countries.tsv, the
     * knowledge base's country table). Their single-word forms veto name runs like those above,
     * except forms that are also given names ("Chad Wolf"); their first words only open multi-word
     * forms and veto nothing ("António Costa", "Costa Rica").
     */
    private static final String[][] WORLD = {
        {"Albania", "Albanian"},
        {"Andorra", "Andorran"},
        {"Angola", "Angolan"},
        {"Antigua and Barbuda", "Antiguan"},
        {"Armenia", "Armenian"},
        {"Azerbaijan", "Azerbaijani"},
        {"Bahamas", "The Bahamas", "Bahamian"},
        {"Bahrain", "Bahraini"},
        {"Barbados", "Barbadian", "Bajan"},
        {"Belize", "Belizean"},
        {"Benin", "Beninese"},
        {"Bhutan", "Bhutanese"},
        {"Bolivia", "Bolivian"},
        {"Bosnia and Herzegovina", "Bosnia", "Bosnian"},
        {"Botswana", "Botswanan"},
        {"Brunei", "Bruneian"},
        {"Bulgaria", "Bulgarian"},
        {"Burkina Faso", "Burkinabe"},
        {"Burundi", "Burundian"},
        {"Cape Verde", "Cabo Verde", "Cape Verdean"},
        {"Cambodia", "Cambodian"},
        {"Cameroon", "Cameroonian"},
        {"Central African Republic", "Central African"},
        {"Chad", "Chadian"},
        {"Comoros", "Comorian"},
        {"Republic of the Congo", "Congo-Brazzaville"},
        {"Democratic Republic of the Congo", "DR Congo", "DRC", "Congo-Kinshasa"},
        {"Costa Rica", "Costa Rican"},
        {"Ivory Coast", "Côte d'Ivoire", "Ivorian"},
        {"Cyprus", "Cypriot"},
        {"Djibouti", "Djiboutian"},
        {"Dominica"},
        {"Dominican Republic", "Dominican"},
        {"Ecuador", "Ecuadorian", "Ecuadorean"},
        {"El Salvador", "Salvadoran"},
        {"Equatorial Guinea", "Equatoguinean"},
        {"Eritrea", "Eritrean"},
        {"Estonia", "Estonian"},
        {"Eswatini", "Swaziland", "Swazi"},
        {"Fiji", "Fijian"},
        {"Gabon", "Gabonese"},
        {"Gambia", "The Gambia", "Gambian"},
        {"Georgia", "Georgian"},
        {"Grenada", "Grenadian"},
        {"Guatemala", "Guatemalan"},
        {"Guinea", "Guinean"},
        {"Guinea-Bissau", "Bissau-Guinean"},
        {"Guyana", "Guyanese"},
        {"Haiti", "Haitian"},
        {"Honduras", "Honduran"},
        {"Iceland", "Icelandic"},
        {"Jamaica", "Jamaican"},
        {"Kazakhstan", "Kazakh", "Kazakhstani"},
        {"Kiribati", "I-Kiribati"},
        {"Kuwait", "Kuwaiti"},
        {"Kyrgyzstan", "Kyrgyz"},
        {"Laos", "Lao", "Laotian"},
        {"Latvia", "Latvian"},
        {"Lesotho", "Basotho"},
        {"Liberia", "Liberian"},
        {"Libya", "Libyan"},
        {"Liechtenstein"},
        {"Lithuania", "Lithuanian"},
        {"Luxembourg", "Luxembourgish"},
        {"Madagascar", "Malagasy"},
        {"Malawi", "Malawian"},
        {"Maldives", "Maldivian"},
        {"Mali", "Malian"},
        {"Malta", "Maltese"},
        {"Marshall Islands", "Marshallese"},
        {"Mauritania", "Mauritanian"},
        {"Mauritius", "Mauritian"},
        {"Micronesia", "Federated States of Micronesia", "Micronesian"},
        {"Moldova", "Moldovan"},
        {"Monaco", "Monegasque"},
        {"Mongolia", "Mongolian"},
        {"Montenegro", "Montenegrin"},
        {"Mozambique", "Mozambican"},
        {"Myanmar", "Burma", "Burmese"},
        {"Namibia", "Namibian"},
        {"Nauru", "Nauruan"},
        {"Nepal", "Nepali", "Nepalese"},
        {"Nicaragua", "Nicaraguan"},
        {"Niger", "Nigerien"},
        {"North Macedonia", "Macedonia", "Macedonian", "North Macedonian"},
        {"Oman", "Omani"},
        {"Palau", "Palauan"},
        {"Panama", "Panamanian"},
        {"Papua New Guinea", "Papua New Guinean"},
        {"Paraguay", "Paraguayan"},
        {"Rwanda", "Rwandan"},
        {"Saint Kitts and Nevis", "Kittitian"},
        {"Saint Lucia", "Saint Lucian"},
        {"Saint Vincent and the Grenadines", "Vincentian"},
        {"Samoa", "Samoan"},
        {"San Marino", "Sammarinese"},
        {"São Tomé and Príncipe", "Sao Tome and Principe", "Santomean"},
        {"Senegal", "Senegalese"},
        {"Seychelles", "Seychellois"},
        {"Sierra Leone", "Sierra Leonean"},
        {"Slovakia", "Slovak"},
        {"Slovenia", "Slovenian", "Slovene"},
        {"Solomon Islands"},
        {"Somalia", "Somali"},
        {"South Sudan", "South Sudanese"},
        {"Sri Lanka", "Sri Lankan"},
        {"Sudan", "Sudanese"},
        {"Suriname", "Surinamese"},
        {"Tajikistan", "Tajik"},
        {"Tanzania", "Tanzanian"},
        {"East Timor", "Timor-Leste", "Timorese"},
        {"Togo", "Togolese"},
        {"Tonga", "Tongan"},
        {"Trinidad and Tobago", "Trinidadian"},
        {"Tunisia", "Tunisian"},
        {"Turkmenistan", "Turkmen"},
        {"Tuvalu", "Tuvaluan"},
        {"Uganda", "Ugandan"},
        {"United Arab Emirates", "UAE", "Emirati"},
        {"Uruguay", "Uruguayan"},
        {"Uzbekistan", "Uzbek"},
        {"Vanuatu", "Ni-Vanuatu"},
        {"Yemen", "Yemeni"},
        {"Zambia", "Zambian"},
        {"Zimbabwe", "Zimbabwean"},
        {"Vatican", "Holy See"},
        {"Palestine", "Palestinian Authority", "Palestinian"},
        {"Kosovo", "Kosovar"}};

    /** Country forms that are also given names, so they never veto a name run. */
    private static final Set<String> ALSO_NAMES = Set.of("Chad", "Georgia", "Jordan", "India", "Israel", "Kenya");

    private static final Map<String, String> BY_FORM = new HashMap<>();
    /** First words of the original table's multi-word forms; they veto name runs as before. */
    private static final Set<String> FIRST_WORDS;
    /** First words of every multi-word form, so callers know when to try several words. */
    private static final Set<String> OPENERS;
    /** Single words that are never part of a person's name. */
    private static final Set<String> VETO;

    static {
        java.util.Set<String> firsts = new java.util.HashSet<>();
        java.util.Set<String> openers = new java.util.HashSet<>();
        java.util.Set<String> veto = new java.util.HashSet<>();
        for (String[][] table : new String[][][] {COUNTRIES, WORLD}) {
            for (String[] row : table) {
                for (String form : row) {
                    BY_FORM.putIfAbsent(form, row[0]);
                    int space = form.indexOf(' ');
                    if (space > 0) {
                        openers.add(form.substring(0, space));
                        if (table == COUNTRIES) {
                            firsts.add(form.substring(0, space));
                        }
                    } else if (table == COUNTRIES || !ALSO_NAMES.contains(form)) {
                        veto.add(form);
                    }
                }
            }
        }
        FIRST_WORDS = Set.copyOf(firsts);
        OPENERS = Set.copyOf(openers);
        VETO = Set.copyOf(veto);
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
        return OPENERS.contains(word);
    }

    /** Whether a lower-cased word is any country form, for vetoing name runs. */
    static boolean isCountryWord(String word) {
        return VETO.contains(word) || FIRST_WORDS.contains(word) || VETO.contains(word.toUpperCase(Locale.ROOT));
    }
}
