package factcheck.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes deterministic news-like articles in the Wikinews layout (headline, dateline sentence,
 * paragraphs) for machines without the shared sample corpus. The text exercises what the engine
 * looks at: titled persons, quotations with cue verbs, vague and named sources, numbers, absolute
 * and relative dates. Names are invented; the same seed always gives the same text.
 */
final class NewsTextGenerator {

    private static final String[] FIRST = { "Maria", "Johan", "Aisha", "Tomas", "Li", "Grace", "Omar", "Elena",
            "Pieter", "Sofia", "Rahul", "Anna", "Kwame", "Ingrid", "Mateo", "Yuki" };
    private static final String[] LAST = { "Okafor", "Lindqvist", "Haddad", "Novak", "Wen", "Mbeki", "Farouk",
            "Petrova", "de Vries", "Castillo", "Sharma", "Keller", "Mensah", "Halvorsen", "Ortega", "Tanaka" };
    private static final String[] TITLES = { "Prime Minister", "Health Minister", "Mayor", "Senator",
            "President", "Foreign Minister", "Governor", "Police Chief", "Finance Minister", "Judge" };
    private static final String[] PLACES = { "Northport", "Valmora", "the eastern province", "Lakeside",
            "the capital", "Port Elan", "the river valley", "Granholm", "the coastal region", "Westbury" };
    private static final String[] ORGS = { "the Interior Ministry", "the national statistics office",
            "the regional council", "the Red Cross", "the central bank", "the electoral commission",
            "the fire service", "the university hospital", "the transport authority", "the union" };
    private static final String[] EVENTS = { "a fire", "the flooding", "the strike", "the explosion",
            "the budget vote", "the storm", "the election", "the collapse", "the outbreak", "the protest" };
    private static final String[] VERBS = { "said", "told reporters", "stated", "claimed", "added",
            "insisted", "warned", "confirmed", "denied", "explained" };
    private static final String[] VAGUE = { "according to sources", "officials said", "experts say",
            "some reports suggest", "critics claim", "it is believed", "observers said", "many people say" };
    private static final String[] RELATIVE = { "on Monday", "on Tuesday", "yesterday", "last week",
            "earlier this month", "on Friday night", "two days ago", "last year", "this morning", "next month" };
    private static final String[] QUOTES = { "We are doing everything we can to help the families",
            "The situation is under control and there is no reason for panic",
            "This is the worst disaster our city has seen in decades",
            "Nobody could have predicted what happened here",
            "We will rebuild, and we will do it together",
            "The numbers speak for themselves", "Our investigation is still at an early stage",
            "I have never seen anything like it", "The government failed these people",
            "We expect the work to take at least three more days" };

    private final Random random;

    NewsTextGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** One article of about {@code words} words. */
    String article(int words) {
        LocalDate date = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(360));
        StringBuilder out = new StringBuilder();
        out.append(cap(pick(EVENTS)))
                .append(" in ").append(pick(PLACES)).append(" leaves ").append(2 + random.nextInt(40))
                .append(" injured\n\n");
        out.append(date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(", ")
                .append(date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ')
                .append(date.getDayOfMonth()).append(", ").append(date.getYear()).append(" \n\n");
        int count = 0;
        while (count < words) {
            StringBuilder para = new StringBuilder();
            int sentences = 3 + random.nextInt(3);
            for (int s = 0; s < sentences && count < words; s++) {
                String sentence = sentence(date);
                count += sentence.split("\\s+").length;
                if (para.length() > 0) {
                    para.append(' ');
                }
                para.append(sentence);
            }
            out.append(para).append("\n\n");
        }
        return out.toString().stripTrailing() + "\n";
    }

    private String sentence(LocalDate date) {
        String person = pick(TITLES) + " " + pick(FIRST) + " " + pick(LAST);
        return switch (random.nextInt(9)) {
            case 0 -> "\"" + pick(QUOTES) + ",\" " + person + " " + pick(VERBS) + " " + pick(RELATIVE) + ".";
            case 1 -> person + " " + pick(VERBS) + " that " + (10 + random.nextInt(990)) + " people had been "
                    + "evacuated from " + pick(PLACES) + " " + pick(RELATIVE) + ".";
            case 2 -> "The number of victims rose from " + random.nextInt(50) + " to " + (50 + random.nextInt(200))
                    + ", " + pick(VAGUE) + ".";
            case 3 -> cap(pick(ORGS)) + " reported that " + pick(EVENTS) + " began at " + (1 + random.nextInt(11))
                    + " pm on " + date.minusDays(random.nextInt(6)).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " " + date.minusDays(random.nextInt(6)).getDayOfMonth() + ".";
            case 4 -> "In " + (1990 + random.nextInt(29)) + ", " + pick(PLACES) + " saw a similar event, when "
                    + pick(EVENTS) + " cost about $" + (1 + random.nextInt(90)) + " million.";
            case 5 -> cap(pick(VAGUE)) + " that " + pick(EVENTS) + " was caused by a faulty gas pipe, but "
                    + pick(ORGS) + " has not confirmed this.";
            case 6 -> person + " visited " + pick(PLACES) + " " + pick(RELATIVE) + " and met with residents "
                    + "and rescue workers, who had worked through the night.";
            case 7 -> "According to " + pick(ORGS) + ", about " + (2 + random.nextInt(97)) + " percent of the "
                    + "buildings in " + pick(PLACES) + " were damaged.";
            default -> "Speaking to the press, " + person + " " + pick(VERBS) + ": \"" + pick(QUOTES) + ".\"";
        };
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** {@code n} articles of about {@code words} words each, named gen-NNNN.txt. */
    static List<Corpus.Source> articles(int n, int words, long seed) {
        NewsTextGenerator generator = new NewsTextGenerator(seed);
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> new Corpus.Source(String.format(Locale.ROOT, "gen-%04d.txt", i), generator.article(words)))
                .toList();
    }
}
