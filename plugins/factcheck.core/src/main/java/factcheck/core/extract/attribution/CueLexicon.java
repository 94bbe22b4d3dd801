package factcheck.core.extract.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cue words learned from news (the PolNeAR training split) by
 * {@code rules/tools/learn_attribution_cues.py}, read from {@code cue-lexicon.tsv} next to this
 * class: each form with the frame it needs (none, the next word, the word before, or a class of
 * either: a poll noun, a pronoun, a name before, "that" after) and its
 * {@link CueGroup}. The hand-written {@link CueVerbs} table still gives the tone of the verbs it lists.
 */
final class CueLexicon {

    /** One line of the table: {@code context} is empty, "+word" (next word) or "-word" (word before). */
    private record Entry(String context, CueGroup group) {
    }

    /** A cue found at a word: words [from, to) and its group. */
    record Match(int from, int to, CueGroup group) {
    }

    private static final Map<String, List<Entry>> FORMS;
    /** Each form's first group, in the table's order (the learned cue model reads groups from it). */
    private static final List<Map.Entry<String, CueGroup>> FIRST_GROUPS;

    static {
        Map<String, List<Entry>> forms = new java.util.LinkedHashMap<>();
        load(forms);
        FORMS = Map.copyOf(forms);
        List<Map.Entry<String, CueGroup>> first = new ArrayList<>();
        forms.forEach((form, entries) -> first.add(Map.entry(form, entries.get(0).group())));
        FIRST_GROUPS = List.copyOf(first);
    }

    /** The nouns of the "-@document" frame, as the learning script lists them. */
    private static final Set<String> DOCUMENT_NOUNS = Set.of("poll", "polls", "survey", "surveys", "study", "studies",
            "data", "report", "reports", "records", "numbers", "figures", "research", "analysis", "results", "filings",
            "documents", "statistics", "census", "estimates", "polling", "review", "audit", "investigation", "memo",
            "emails", "tests");

    /** The pronouns of the "-@pronoun" frame, as the learning script lists them. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "who");

    private CueLexicon() {
    }

    /** Reads the table into {@code forms}, in the table's order. */
    private static void load(Map<String, List<Entry>> forms) {
        try (InputStream in = CueLexicon.class.getResourceAsStream("cue-lexicon.tsv")) {
            if (in == null) {
                throw new IllegalStateException("cue-lexicon.tsv is missing next to " + CueLexicon.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 3) {
                    throw new IllegalStateException("bad cue lexicon line: " + line);
                }
                forms.computeIfAbsent(cols[0], k -> new ArrayList<>())
                        .add(new Entry(cols[1], CueGroup.valueOf(cols[2].toUpperCase(Locale.ROOT))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cue at word {@code i} of {@code ws} within [from, to), or null when the table has none there. */
    static Match at(List<Word> ws, int from, int to, int i) {
        List<Entry> entries = FORMS.get(key(ws.get(i)));
        if (entries == null) {
            return null;
        }
        for (Entry e : entries) {
            if (e.context().isEmpty()) {
                return new Match(i, i + 1, e.group());
            }
            String word = e.context().substring(1);
            if (e.context().charAt(0) == '+' && i + 1 < to && key(ws.get(i + 1)).equals(word)) {
                return new Match(i, i + 2, e.group());
            }
            if (e.context().equals("+@that")) {
                if (i + 1 < to && ws.get(i + 1).is("that")) {
                    return new Match(i, i + 1, e.group()); // "think that": "that" opens the content, it is no cue
                }
                continue;
            }
            if (e.context().startsWith("-@")) {
                if (i - 1 >= from && inClass(e.context(), ws.get(i - 1))) {
                    return new Match(i, i + 1, e.group()); // "polls show", "she wants": the subject is no part of the cue
                }
                continue;
            }
            if (e.context().charAt(0) == '-' && i - 1 >= from && key(ws.get(i - 1)).equals(word)) {
                return new Match(i - 1, i + 1, e.group());
            }
        }
        return null;
    }

    /**
     * Whether the lexicon holds a form of the verb, with or without a context: "endorse" for
     * "endorsed", "name" for "named".
     */
    static boolean knowsVerb(String form) {
        return STEMS.contains(base(form.toLowerCase(Locale.ROOT)));
    }

    /** The stem without a final "e", so that "endorse" and "endorsed" meet. */
    private static String base(String form) {
        String s = CueFeatures.stem(form);
        return s.endsWith("e") ? s.substring(0, s.length() - 1) : s;
    }

    private static final Set<String> STEMS = FORMS.keySet().stream().map(CueLexicon::base)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether a word is one of the poll, study and record nouns of the "-@document" frame. */
    static boolean documentNoun(Word w) {
        return DOCUMENT_NOUNS.contains(key(w));
    }

    /** Whether a word is of a subject class of the table: a poll or record noun, a personal pronoun, a name. */
    private static boolean inClass(String context, Word w) {
        return switch (context) {
            case "-@document" -> DOCUMENT_NOUNS.contains(key(w));
            case "-@pronoun" -> PRONOUNS.contains(key(w));
            case "-@name" -> w.capitalised() && "PROPN".equals(w.pos());
            default -> false;
        };
    }

    /**
     * The group of a hand-listed cue verb: the table's group for its form, whatever the frame; else
     * by its lemma (the table leaves out forms that are cues in fewer than half their uses, such as
     * "believed"); else speech.
     */
    static CueGroup group(String form, String lemma) {
        List<Entry> entries = FORMS.get(form.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        return entries != null ? entries.get(0).group() : LEMMA_GROUPS.getOrDefault(lemma, CueGroup.SPEECH);
    }

    /** Every form of the table with its first group, in the table's order. */
    static List<Map.Entry<String, CueGroup>> formGroups() {
        return FIRST_GROUPS;
    }

    /** The hand-listed verbs that are not speech. */
    private static final Map<String, CueGroup> LEMMA_GROUPS = Map.of("believe", CueGroup.BELIEF, "expect",
            CueGroup.BELIEF, "predict", CueGroup.BELIEF, "speculate", CueGroup.BELIEF, "surmise", CueGroup.BELIEF,
            "deny", CueGroup.DENIAL);

    private static String key(Word w) {
        String k = w.lower().replace('\u2019', '\'');
        // the lexicon was learned from American news: "criticised", "emphasising" are its "criticized", "emphasizing"
        return FORMS.containsKey(k) ? k : BRITISH.getOrDefault(k, k);
    }

    /**
     * British spellings in -is- of the lexicon's verbs in -ize ("criticised" for "criticized"), made
     * once from the table so that looking a word up stays one map lookup.
     */
    private static final Map<String, String> BRITISH = british();

    private static Map<String, String> british() {
        java.util.regex.Pattern american = java.util.regex.Pattern.compile("^(\\p{L}{3,})iz(e|ed|es|ing)$");
        Map<String, String> out = new java.util.HashMap<>();
        for (String form : FORMS.keySet()) {
            java.util.regex.Matcher m = american.matcher(form);
            if (m.matches() && !FORMS.containsKey(m.group(1) + "is" + m.group(2))) {
                out.put(m.group(1) + "is" + m.group(2), form);
            }
        }
        return Map.copyOf(out);
    }
}
