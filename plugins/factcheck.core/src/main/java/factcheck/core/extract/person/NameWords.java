package factcheck.core.extract.person;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists that stand in for a named-entity model: given names (evidence that a capitalised run
 * is a person), name connectors ("da", "van", "bin"), capitalised words that never start a person's
 * name, and words that mark a capitalised run as a place or organisation.
 */
final class NameWords {

    private NameWords() {
    }

    /** Lower-case particles that may sit between capitalised parts of one name. */
    static final Set<String> CONNECTORS = words("de", "da", "das", "do", "dos", "di", "del", "della", "van",
            "von", "der", "den", "ter", "ten", "bin", "bint", "ibn", "al", "el", "la", "le", "du", "des", "y", "zu",
            "ben", "abu", "st.");

    /** Generational suffixes that end a name. */
    static final Set<String> SUFFIXES = words("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");

    /** Capitalised function words and sentence adverbs: never the start of a name. */
    static final Set<String> STOP = words("the", "a", "an", "and", "or", "but", "if", "when", "while", "however",
            "in", "on", "at", "by", "for", "from", "with", "of", "to", "as", "after", "before", "since", "during",
            "he", "she", "it", "we", "they", "i", "you", "his", "her", "their", "its", "our", "this", "that",
            "these", "those", "there", "here", "instead", "meanwhile", "also", "yet", "still", "then", "now",
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "madam",
            "according", "despite", "although", "though", "because", "so", "not", "no", "yes", "other", "both",
            "all", "some", "many", "most", "several", "each", "every", "last", "next", "earlier", "later",
            "today", "yesterday", "tomorrow", "tonight", "what", "who", "why", "how", "where", "which");

    /** Honorifics: skipped before a name but kept in the mention span. */
    static final Set<String> HONORIFICS = words("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir",
            "dame", "lord", "lady", "madam");

    /** Words that make a capitalised run a place, organisation, event or date rather than a person. */
    static final Set<String> NOT_PERSON = words("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "new", "north", "south", "east", "west", "united",
            "republic", "kingdom", "states", "union", "nations", "house", "senate", "congress", "parliament",
            "ministry", "department", "council", "committee", "party", "university", "college", "school",
            "group", "bank", "fund", "court", "street", "avenue", "road", "city", "island", "islands", "river",
            "mount", "lake", "airport", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "company", "news", "times",
            "post", "journal", "agency", "office", "organization", "organisation", "association", "institute",
            "foundation", "center", "centre", "covid", "covid-19", "coronavirus", "god", "internet", "twitter",
            "facebook", "google", "white", "summit", "conference", "forum", "games", "cup", "league", "club",
            "hospital", "museum", "church", "army", "navy", "force", "forces", "police", "government",
            "administration", "embassy", "commission", "assembly", "cabinet", "state", "province", "county",
            "district", "region", "sea", "ocean", "valley", "square", "hall", "palace", "tower", "bridge",
            "station", "media", "press", "network", "television", "radio", "festival", "award", "prize", "war",
            "act", "bill", "treaty", "accord", "agreement", "pact", "plan", "day", "week", "year", "era",
            "beijing", "washington", "moscow", "london", "paris", "berlin", "tokyo", "rome", "brussels",
            "kremlin", "pentagon", "downing", "whitehall", "capitol", "wall", "silicon", "hollywood");

    /** Verbs that, right after a two-word capitalised run, show the run is a speaker. */
    static final Set<String> SPEECH_VERBS = words("said", "says", "told", "tells", "added", "adds", "stated",
            "wrote", "writes", "argued", "argues", "insisted", "warned", "claimed", "claims", "remarked",
            "announced", "noted", "explained", "asked", "replied", "tweeted", "admitted", "denied");

    /** Common given names across languages; a run starting with one is taken as a person. */
    static final Set<String> GIVEN = words("aaron", "adam", "adrian", "ahmed", "aisha", "alan", "albert",
            "alberto", "alejandro", "alex", "alexander", "alexandra", "alexei", "ali", "alice", "alicia", "amanda",
            "amy", "ana", "andrea", "andreas", "andrew", "andrés", "angela", "angelina", "anna", "anne", "anthony",
            "antonio", "arthur", "barack", "barbara", "ben", "benjamin", "bernie", "beth", "bill", "bob", "boris",
            "brian", "bruce", "carl", "carlos", "carmen", "caroline", "catherine", "charles", "charlotte", "chen",
            "chris", "christian", "christina", "christine", "christopher", "claire", "claudia", "daniel", "david",
            "deborah", "dennis", "diana", "diego", "dmitry", "donald", "dorothy", "edward", "elena", "elizabeth",
            "ellen", "emily", "emma", "emmanuel", "eric", "erik", "fatima", "felipe", "fernando", "francesca",
            "francis", "françois", "frank", "gabriel", "gary", "george", "georg", "gerhard", "giorgia", "giuseppe",
            "gordon", "grace", "greg", "hannah", "hans", "harry", "heather", "helen", "helmut", "henry", "hillary",
            "hiroshi", "hugo", "ian", "igor", "ilya", "isabel", "ivan", "jack", "jacob", "jacques", "james",
            "jamie", "jane", "janet", "jason", "javier", "jean", "jeff", "jeffrey", "jennifer", "jeremy", "jessica",
            "jim", "joan", "joanna", "joe", "johann", "johannes", "john", "jonathan", "jorge", "josé", "jose",
            "joseph", "josh", "joshua", "juan", "julia", "julian", "julie", "justin", "karen", "karin", "karl",
            "kate", "katherine", "keir", "kenji", "kevin", "kim", "klaus", "kamala", "laura", "lauren", "lee",
            "leonid", "linda", "lisa", "lloyd", "louis", "luca", "lucas", "lucy", "luis", "luiz", "manuel",
            "marco", "margaret", "maria", "marie", "marine", "mario", "mário", "mark", "martin", "mary", "matteo",
            "matthew", "max", "maya", "michael", "michel", "michelle", "miguel", "mike", "mikhail", "mohammed",
            "muhammad", "nancy", "natalia", "natasha", "nathan", "nicholas", "nicola", "nicolas", "nikolai",
            "nina", "noah", "olaf", "olga", "oliver", "olivia", "omar", "pablo", "patrick", "paul", "paula",
            "pedro", "peter", "philip", "pierre", "rachel", "rafael", "rahul", "rajesh", "ralph", "raúl", "raul",
            "rebecca", "richard", "rishi", "robert", "roberto", "ronald", "rosa", "ruth", "ryan", "sam", "samuel",
            "sandra", "sara", "sarah", "scott", "sean", "sergei", "sergey", "simon", "sofia", "sophie", "stefan",
            "stephen", "steve", "steven", "susan", "sven", "tanya", "theresa", "thomas", "tim", "timothy", "tom",
            "tony", "ursula", "valerie", "vladimir", "walter", "wei", "william", "wolfgang", "xavier", "yuki",
            "yuri", "yusuf", "zoe", "antony", "emmanuelle", "recep", "narendra", "jair", "justin", "jacinda",
            "angus", "nigel", "liz", "theo", "viktor", "volodymyr", "benazir", "imran", "shinzo", "fumio",
            "moon", "jacob", "cyril", "nelson", "kofi", "ban", "ursula", "ada", "amelia", "rudolf", "hugh");

    /** A set from a literal list; duplicates in the list are harmless. */
    static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
