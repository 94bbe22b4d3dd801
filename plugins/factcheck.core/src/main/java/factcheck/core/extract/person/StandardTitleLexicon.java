package factcheck.core.extract.person;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in title table: common political, diplomatic, military, royal, religious and business
 * titles, their abbreviations, and the open families "Secretary of X" / "Minister of X" / "Minister
 * for X" where X is a department word. Countries come from {@link CountryTable}.
 */
final class StandardTitleLexicon implements TitleLexicon {

    static final StandardTitleLexicon INSTANCE = new StandardTitleLexicon();

    /** Lower-case written form → normalised title. */
    private static final Map<String, String> TITLES = new HashMap<>();

    /** Titles whose holder a text may call "the leader" of the country. */
    private static final Set<String> LEADERS = Set.of("President", "Prime Minister", "Chancellor", "Premier",
            "King", "Queen", "Emperor", "Supreme Leader", "Leader", "General Secretary", "Chief Executive",
            "First Minister", "Taoiseach", "Sultan", "Emir", "Crown Prince");

    /** Titles that are ordinary words when written in lower case ("a major problem", "in general"). */
    private static final Set<String> CAPITALISED_ONLY = Set.of("Major", "Captain", "Justice", "General", "Speaker",
            "Director", "Secretary", "Minister", "Judge", "Representative", "Chair");

    /** Words that may follow "Secretary of", "Minister of", "Minister for". */
    private static final Set<String> DEPARTMENTS = Set.of("state", "defense", "defence", "health", "education",
            "energy", "treasury", "commerce", "labor", "labour", "agriculture", "transportation", "transport",
            "interior", "justice", "finance", "foreign", "home", "affairs", "homeland", "security", "veterans",
            "housing", "trade", "environment", "war", "culture", "economy", "industry", "the", "and",
            "internal", "external", "development", "science", "technology", "communications", "information",
            "tourism", "sport", "sports", "women", "youth", "immigration", "planning", "public", "works");

    static {
        String[] plain = {"President", "Vice President", "Vice-President", "Prime Minister", "Deputy Prime Minister",
            "Chancellor", "Vice Chancellor", "Premier", "Vice Premier", "Foreign Minister", "Finance Minister",
            "Defense Minister", "Defence Minister", "Interior Minister", "Health Minister", "Trade Minister",
            "Economy Minister", "Justice Minister", "Energy Minister", "Education Minister", "Home Secretary",
            "Foreign Secretary", "Defence Secretary", "Defense Secretary", "Health Secretary", "Treasury Secretary",
            "Secretary of State", "Secretary-General", "Secretary General", "General Secretary", "Senator",
            "Representative", "Congressman", "Congresswoman", "Governor", "Lieutenant Governor", "Mayor",
            "Speaker", "King", "Queen", "Prince", "Princess", "Crown Prince", "Emperor", "Empress", "Pope",
            "Ambassador", "Envoy", "General", "Lieutenant General", "Major General", "Brigadier General",
            "Admiral", "Colonel", "Major", "Captain", "Chief Executive", "Chief Executive Officer", "CEO",
            "Chairman", "Chairwoman", "Chairperson", "Leader", "Supreme Leader", "Opposition Leader",
            "Minister", "Secretary", "Attorney General", "Chief Justice", "Justice", "Judge", "Spokesman",
            "Spokeswoman", "Spokesperson", "Director", "Chair", "Commissioner", "Sheriff", "Archbishop", "Bishop",
            "Cardinal", "First Minister", "Chief Minister", "State Councillor", "Councillor", "Lawmaker",
            "Taoiseach", "Sultan", "Emir", "Crown Princess", "Minority Leader", "Majority Leader",
            "Managing Director", "Director-General", "Director General", "Homeland Security Secretary",
            "Energy Secretary", "Labor Secretary", "Commerce Secretary", "Interior Secretary",
            "Agriculture Secretary", "Transportation Secretary", "Education Secretary", "Grand Duke",
            // how news names some countries' interior, defence and finance ministers
            "Home Minister", "Home Affairs Minister", "Internal Affairs Minister", "Public Security Minister",
            "Armed Forces Minister", "Economy and Finance Minister", "Chancellor of the Exchequer"};
        for (String t : plain) {
            TITLES.put(t.toLowerCase(Locale.ROOT), t.replace("Vice-President", "Vice President"));
        }
        String[][] abbreviations = {{"sen", "Senator"}, {"sen.", "Senator"}, {"rep", "Representative"},
            {"rep.", "Representative"}, {"gov", "Governor"}, {"gov.", "Governor"}, {"gen", "General"},
            {"gen.", "General"}, {"lt. gen.", "Lieutenant General"}, {"maj. gen.", "Major General"},
            {"adm", "Admiral"}, {"adm.", "Admiral"}, {"col", "Colonel"}, {"col.", "Colonel"},
            {"pres", "President"}, {"pres.", "President"}, {"amb.", "Ambassador"}, {"supt.", "Superintendent"},
            {"vice-president", "Vice President"}};
        for (String[] a : abbreviations) {
            TITLES.put(a[0], a[1]);
        }
    }

    private StandardTitleLexicon() {
    }

    @Override
    public Optional<String> title(List<String> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String key = String.join(" ", words).toLowerCase(Locale.ROOT);
        String found = TITLES.get(key);
        if (found != null) {
            // "Major", "Captain", "Justice" and "Judge" read as titles only when capitalised.
            boolean capitalised = Character.isUpperCase(words.get(0).codePointAt(0));
            if (!capitalised && CAPITALISED_ONLY.contains(found)) {
                return Optional.empty();
            }
            return Optional.of(found);
        }
        return openFamily(words);
    }

    /** "Secretary of Homeland Security", "Minister for Foreign Affairs and Trade". */
    private static Optional<String> openFamily(List<String> words) {
        if (words.size() < 3) {
            return Optional.empty();
        }
        String head = words.get(0).toLowerCase(Locale.ROOT);
        String link = words.get(1).toLowerCase(Locale.ROOT);
        if (!(head.equals("secretary") || head.equals("minister")) || !(link.equals("of") || link.equals("for"))) {
            return Optional.empty();
        }
        StringBuilder title = new StringBuilder(head.equals("secretary") ? "Secretary " : "Minister ").append(link);
        for (int i = 2; i < words.size(); i++) {
            String w = words.get(i);
            String lower = w.toLowerCase(Locale.ROOT);
            // Department names are capitalised ("of State"); "the"/"and" may be lower case inside.
            boolean connector = lower.equals("the") || lower.equals("and");
            if (!DEPARTMENTS.contains(lower) || (!connector && !Character.isUpperCase(w.codePointAt(0)))) {
                return Optional.empty();
            }
            title.append(' ').append(connector ? lower : Character.toUpperCase(w.charAt(0)) + lower.substring(1));
        }
        if (words.get(words.size() - 1).equalsIgnoreCase("the") || words.get(words.size() - 1).equalsIgnoreCase("and")) {
            return Optional.empty();
        }
        return Optional.of(title.toString());
    }

    @Override
    public int maxTitleWords() {
        return 6;
    }

    @Override
    public Optional<String> country(String modifier) {
        return CountryTable.country(modifier);
    }

    @Override
    public boolean isLeader(String title) {
        return title != null && LEADERS.contains(title);
    }
}
