package factcheck.core.time;

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

/**
 * The word tables of the temporal grammar, read from {@code temporal-lexicon.tsv} next to this
 * class: month and weekday names, part-of-day codes, unit words, number words, offset words and
 * the like. Phrases may span several words; {@link #match} finds the longest one at a position.
 */
final class Lexicon {

    /** A phrase found in the text: its table code and the index after its last word. */
    record Hit(String code, int end) {
        int intCode() {
            return Integer.parseInt(code);
        }
    }

    private record Phrase(String[] words, String code) {
    }

    private static final Lexicon SHARED = load();

    /** category → first word → phrases starting with it, longest first. */
    private final Map<String, Map<String, List<Phrase>>> tables = new HashMap<>();

    static Lexicon shared() {
        return SHARED;
    }

    private static Lexicon load() {
        try (InputStream in = Lexicon.class.getResourceAsStream("temporal-lexicon.tsv")) {
            if (in == null) {
                throw new IllegalStateException("temporal-lexicon.tsv is missing next to " + Lexicon.class);
            }
            Lexicon lexicon = new Lexicon();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lexicon.addLine(line);
                }
            }
            return lexicon;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addLine(String line) {
        String[] cols = line.split("\t");
        if (cols.length != 3) {
            throw new IllegalStateException("bad lexicon line: " + line);
        }
        Map<String, List<Phrase>> table = tables.computeIfAbsent(cols[0], k -> new HashMap<>());
        for (String phrase : cols[2].split("\\|")) {
            String[] words = splitWords(phrase.trim().toLowerCase(Locale.ROOT));
            List<Phrase> list = table.computeIfAbsent(words[0], k -> new ArrayList<>());
            list.add(new Phrase(words, cols[1]));
            list.sort((a, b) -> b.words.length - a.words.length);
        }
    }

    /** Splits a phrase the way {@link WordSeq} cuts text, so "mid-" and "twenty-first" line up. */
    private static String[] splitWords(String phrase) {
        WordSeq seq = new WordSeq(phrase);
        String[] out = new String[seq.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = seq.lower(i);
        }
        return out;
    }

    /** The longest phrase of {@code category} starting at word {@code i}, or null. */
    Hit match(String category, WordSeq words, int i) {
        if (i >= words.size()) {
            return null;
        }
        Map<String, List<Phrase>> table = tables.get(category);
        List<Phrase> candidates = table == null ? null : table.get(words.lower(i));
        if (candidates == null) {
            return null;
        }
        for (Phrase p : candidates) {
            if (matchesAt(p.words, words, i)) {
                return new Hit(p.code, i + p.words.length);
            }
        }
        return null;
    }

    private static boolean matchesAt(String[] phrase, WordSeq words, int i) {
        for (int k = 0; k < phrase.length; k++) {
            if (!words.is(i + k, phrase[k])) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code lowerWord} starts a phrase of any category; the scanner's cheap pre-filter. */
    boolean startsAny(String lowerWord) {
        for (Map<String, List<Phrase>> table : tables.values()) {
            if (table.containsKey(lowerWord)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code lowerWord} starts some phrase of {@code category}. */
    boolean starts(String category, String lowerWord) {
        Map<String, List<Phrase>> table = tables.get(category);
        return table != null && table.containsKey(lowerWord);
    }
}
