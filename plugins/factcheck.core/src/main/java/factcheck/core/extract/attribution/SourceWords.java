package factcheck.core.extract.attribution;

import java.util.Locale;
import java.util.Set;

/**
 * Word tables that decide a source's kind. Small on purpose and easy to extend: add a word to the
 * set it belongs to. Lower-case entries match case-insensitively; outlets and places are matched on
 * the whole name without a leading "the".
 */
final class SourceWords {

    /** News outlets and agencies. */
    static final Set<String> OUTLETS = words("CNN", "Reuters", "AP", "Associated Press", "BBC", "BBC News",
            "New York Times", "Washington Post", "Wall Street Journal", "Financial Times", "Guardian", "Times",
            "Economist", "Xinhua", "Bloomberg", "AFP", "Agence France-Presse", "Al Jazeera", "NPR", "Fox News",
            "NBC", "NBC News", "ABC", "ABC News", "CBS", "CBS News", "MSNBC", "Politico", "Axios", "Global Times",
            "People's Daily", "CCTV", "Kyodo", "Yonhap", "TASS", "RIA Novosti", "Interfax", "dpa", "Le Monde",
            "Der Spiegel", "Nikkei", "South China Morning Post", "USA Today", "Los Angeles Times", "The Hill",
            "Deutsche Welle", "Euronews", "Sky News", "Daily Mail", "Telegraph", "Haaretz", "Times of India");

    /** Heads of noun phrases that name a document rather than a speaker. */
    static final Set<String> DOCUMENTS = words("statement", "statements", "report", "reports", "letter", "letters",
            "survey", "study", "poll", "document", "documents", "memo", "release", "filing", "transcript",
            "communique", "communiqué", "readout", "post", "tweet", "email", "e-mail", "paper", "analysis",
            "review", "data", "figures", "records", "census", "ruling", "affidavit", "indictment", "complaint",
            "website", "blog", "notice", "summary", "minutes", "bulletin", "announcement", "interview", "book",
            "article", "editorial", "op-ed", "report's", "estimate", "estimates", "assessment", "cable");

    /** Heads of evidence sources: a poll, a study, data. Unnamed ("polls show") they are EVIDENCE. */
    static final Set<String> EVIDENCE = words("poll", "polls", "polling", "survey", "surveys", "study", "studies",
            "data", "research", "figures", "numbers", "statistics", "analysis", "analyses", "estimates", "evidence",
            "report", "reports", "records");

    /** Nouns before an evidence noun that say what kind it is, not who made it: "opinion polls", "exit polls". */
    static final Set<String> EVIDENCE_KINDS = words("opinion", "exit", "entrance", "poll", "polling", "survey",
            "research", "tracking", "phone", "online", "election", "voter");

    /** Words before an evidence noun that point at one already named: "the poll", "its survey". */
    static final Set<String> POINTERS = words("the", "this", "that", "these", "those", "its", "their", "his", "her",
            "our", "same");

    /** Heads of noun phrases and pronouns that leave the source unnamed. */
    static final Set<String> VAGUE = words("official", "officials", "diplomat", "diplomats", "expert", "experts",
            "source", "sources", "critic", "critics", "analyst", "analysts", "observer", "observers", "people",
            "person", "insider", "insiders", "resident", "residents", "witness", "witnesses", "someone", "somebody",
            "some", "many", "others", "few", "several", "most", "scientists", "researchers", "economists",
            "activists", "authorities", "investigators", "commentators", "insiders", "aides", "aide", "allies",
            "supporters", "opponents", "observers", "members", "staff", "employees", "neighbours", "neighbors");

    /** Words that make a name an organisation's. */
    static final Set<String> ORGANISATION = words("Ministry", "Agency", "Department", "Inc", "Inc.", "Corp",
            "Corp.", "Corporation", "Ltd", "Ltd.", "LLC", "plc", "Council", "Committee", "Commission", "Government",
            "Administration", "Police", "University", "Bank", "Company", "Party", "Office", "Embassy", "Consulate",
            "Parliament", "Congress", "Senate", "Assembly", "Court", "Kremlin", "Pentagon", "White House",
            "Downing Street", "NATO", "UN", "United Nations", "EU", "European Union", "WHO", "IMF", "Fed",
            "Federal Reserve", "FBI", "CIA", "Army", "Military", "Navy", "Union", "Association", "Foundation",
            "Institute", "Authority", "Board", "Bureau", "Cabinet", "Group", "Organization", "Organisation",
            "Federation", "Service", "Secretariat", "Coalition", "Alliance", "Club", "Church", "Court", "Tribunal",
            "company", "firm", "city", "state", "regime", "spokesperson's");

    /** Countries and capitals that stand for their governments when they "say" something. */
    static final Set<String> PLACES = words("US", "U.S.", "USA", "United States", "America", "China",
            "Beijing", "Washington", "Russia", "Moscow", "Ukraine", "Kyiv", "Kiev", "UK", "Britain", "London",
            "France", "Paris", "Germany", "Berlin", "Japan", "Tokyo", "India", "New Delhi", "Delhi", "Brussels",
            "Taiwan", "Taipei", "Iran", "Tehran", "Israel", "Jerusalem", "Pyongyang", "North Korea", "South Korea",
            "Seoul", "Canada", "Ottawa", "Australia", "Canberra", "Italy", "Rome", "Spain", "Madrid", "Turkey",
            "Ankara", "Brazil", "Brasilia", "Mexico", "Mexico City", "Pakistan", "Islamabad", "Saudi Arabia",
            "Riyadh", "Egypt", "Cairo", "Poland", "Warsaw", "Hong Kong", "Manila", "Hanoi", "Jakarta", "Singapore",
            "New York", "Los Angeles", "Europe", "Asia", "Africa");

    /** Titles before a name: not part of the name itself. */
    static final Set<String> TITLES = words("President", "Vice", "Mayor", "Minister", "Prime", "Foreign",
            "Secretary", "State", "Senator", "Sen.", "Rep.", "Representative", "Governor", "Gov.", "Dr.", "Dr",
            "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Prof.", "Professor", "General", "Gen.", "Chancellor",
            "Ambassador", "Judge", "Justice", "Chief", "Director", "Chairman", "Chairwoman", "Chair", "CEO", "King",
            "Queen", "Prince", "Princess", "Pope", "Officer", "Captain", "Colonel", "Col.", "Sergeant", "Sgt.",
            "Lieutenant", "Lt.", "Commissioner", "Premier", "Speaker", "Deputy", "Spokesperson", "Spokesman",
            "Spokeswoman", "Coach", "Detective", "Inspector", "Sheriff", "Councillor", "Councilor", "Defence",
            "Defense", "Finance", "Interior", "Health", "Trade", "Justice", "Attorney", "Supreme", "Leader",
            "Former", "Acting", "Senior", "Lord", "Lady", "Sir", "Saint", "St.");

    /** Role nouns: "the mayor said" names a person by office. */
    static final Set<String> ROLES = words("mayor", "minister", "president", "spokesperson", "spokesman",
            "spokeswoman", "chairman", "chairwoman", "chair", "governor", "senator", "ambassador", "secretary",
            "leader", "chief", "director", "ceo", "premier", "judge", "prosecutor", "lawyer", "attorney", "coach",
            "captain", "commander", "general", "professor", "doctor", "chancellor", "king", "queen", "pope",
            "founder", "owner", "manager", "head", "envoy", "author", "sheriff", "inspector", "detective",
            "councillor", "councilor", "lawmaker", "legislator", "representative", "candidate", "prime", "deputy");

    /** Capitalised words that never name a person. */
    static final Set<String> NOT_NAMES = words("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Covid", "COVID", "Covid-19", "God", "Internet",
            "Christmas", "Easter");

    static final Set<String> PERSONAL_PRONOUNS = words("he", "she", "they", "it", "we");

    private SourceWords() {
    }

    static boolean in(Set<String> table, String words) {
        return table.contains(words.toLowerCase(Locale.ROOT));
    }

    /** A lower-case set; duplicates are harmless, so lists can grow without care. */
    private static Set<String> words(String... words) {
        Set<String> set = new java.util.HashSet<>();
        for (String w : words) {
            set.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(set);
    }
}
