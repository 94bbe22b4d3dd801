package factcheck.core.extract.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cue words learned from news (the PolNeAR training split) by
 * {@code rules/tools/learn_attribution_cues.py}, read from {@code cue-lexicon.tsv} next to this
 * class: each form with the frame it needs (none, the next word, or the word before) and its
 * {@link CueGroup}. The hand-written {@link CueVerbs} table still gives the tone of the verbs it lists.
 */
final class CueLexicon {

    /** One line of the table: {@code context} is empty, "+word" (next word) or "-word" (word before). */
    private record Entry(String context, CueGroup group) {
    }

    /** A cue found at a word: words [from, to) and its group. */
    record Match(int from, int to, CueGroup group) {
    }

    private static final Map<String, List<Entry>> FORMS = load();

    /** The nouns of the "-@document" frame, as the learning script lists them. */
    private static final Set<String> DOCUMENT_NOUNS = Set.of("poll", "polls", "survey", "surveys", "study", "studies",
            "data", "report", "reports", "records", "numbers", "figures", "research", "analysis", "results", "filings",
            "documents", "statistics", "census", "estimates", "polling", "review", "audit", "investigation", "memo",
            "emails", "tests");

    private CueLexicon() {
    }

    private static Map<String, List<Entry>> load() {
        try (InputStream in = CueLexicon.class.getResourceAsStream("cue-lexicon.tsv")) {
            if (in == null) {
                throw new IllegalStateException("cue-lexicon.tsv is missing next to " + CueLexicon.class);
            }
            Map<String, List<Entry>> forms = new HashMap<>();
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
            return Map.copyOf(forms);
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
            if (e.context().equals("-@document") && i - 1 >= from && DOCUMENT_NOUNS.contains(key(ws.get(i - 1)))) {
                return new Match(i, i + 1, e.group()); // "polls show": the noun is the source, not the cue
            }
            if (e.context().charAt(0) == '-' && i - 1 >= from && key(ws.get(i - 1)).equals(word)) {
                return new Match(i - 1, i + 1, e.group());
            }
        }
        return null;
    }

    /** The group of a form, whatever its frame; speech for forms the table does not hold. */
    static CueGroup group(String form) {
        List<Entry> entries = FORMS.get(form.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        return entries == null ? CueGroup.SPEECH : entries.get(0).group();
    }

    private static String key(Word w) {
        return w.lower().replace('\u2019', '\'');
    }
}
