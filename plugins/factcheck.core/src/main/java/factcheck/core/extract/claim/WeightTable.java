package factcheck.core.extract.claim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.error.YAMLException;

import factcheck.core.yaml.PlainYaml;

/**
 * The check-worthiness weights a rule pack ships in {@value #TABLE} (with the word weights in
 * {@value #WORDS}), fitted by {@code rules/tools/fit_checkworthiness.py}. A clause's score is a
 * logistic function of its {@link Signals}:
 * {@code score = 1 / (1 + exp(-(intercept + Σ weight(signal) · value(signal))))}.
 *
 * <p>The {@code words} signal is the clause's vocabulary: the sum of the word weights of its
 * distinct words (lower-case letter runs), divided by the square root of the number of distinct
 * words, so a long sentence is not favoured just for having more words. The script computes the
 * same value from the same text, which is why both split words the same simple way.
 */
public final class WeightTable {

    public static final String TABLE = "data/claims/check-worthiness.yaml";
    public static final String WORDS = "data/claims/check-worthiness-words.tsv";
    /** The signal carrying the word weights. */
    public static final String WORDS_SIGNAL = "words";
    /** The signal carrying the neighbouring clauses' {@code words} (see {@link ClaimFinder}). */
    public static final String CONTEXT_SIGNAL = "context";

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final double intercept;
    private final Map<String, Double> weights;
    private final Map<String, Double> words;

    public WeightTable(double intercept, Map<String, Double> weights, Map<String, Double> words) {
        this.intercept = intercept;
        this.weights = Map.copyOf(weights);
        this.words = Map.copyOf(words);
    }

    /**
     * The table of a pack's data files, or null when the pack has none.
     *
     * @throws IllegalArgumentException when the table or word list is malformed (the pack loader
     *                                  turns this into a diagnostic that refuses the pack)
     */
    public static WeightTable load(Map<String, byte[]> data) {
        byte[] table = data.get(TABLE);
        if (table == null) {
            return null;
        }
        Object loaded;
        try {
            loaded = PlainYaml.create().load(new String(table, StandardCharsets.UTF_8));
        } catch (YAMLException e) {
            throw new IllegalArgumentException(TABLE + ": invalid YAML: " + e.getMessage(), e);
        }
        if (!(loaded instanceof Map<?, ?> map) || !(map.get("weights") instanceof Map<?, ?> w)) {
            throw new IllegalArgumentException(TABLE + ": expected 'intercept' and a 'weights' mapping");
        }
        Map<String, Double> weights = new TreeMap<>();
        w.forEach((k, v) -> weights.put(k.toString(), number(TABLE, k.toString(), v)));
        byte[] wordFile = data.get(WORDS);
        return new WeightTable(number(TABLE, "intercept", map.get("intercept")), weights,
                wordFile == null ? Map.of() : words(new String(wordFile, StandardCharsets.UTF_8)));
    }

    private static double number(String file, String key, Object value) {
        try {
            return Double.parseDouble(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": '" + key + "' is not a number: " + value, e);
        }
    }

    /** "word TAB weight" lines; '#' starts a comment line. */
    private static Map<String, Double> words(String text) {
        Map<String, Double> words = new HashMap<>();
        for (String line : text.split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalArgumentException(WORDS + ": expected 'word<TAB>weight': " + line);
            }
            words.put(cols[0], number(WORDS, cols[0], cols[1]));
        }
        return words;
    }

    public double intercept() {
        return intercept;
    }

    /** The weight of a signal; 0 for one the table does not name. */
    public double weight(String signal) {
        return weights.getOrDefault(signal, 0.0);
    }

    /** The {@code words} signal of a text (see the class comment); 0 without word weights. */
    public double wordSignal(String text) {
        if (words.isEmpty()) {
            return 0;
        }
        Set<String> distinct = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            distinct.add(m.group());
        }
        double sum = 0;
        for (String w : distinct) {
            sum += words.getOrDefault(w, 0.0);
        }
        return distinct.isEmpty() ? 0 : sum / Math.sqrt(distinct.size());
    }

    /** The signals whose weight raises the score, the largest raise first. */
    public List<String> raising(Map<String, Double> signals) {
        List<Map.Entry<String, Double>> raises = new ArrayList<>();
        signals.forEach((name, value) -> {
            if (weight(name) * value > 0) {
                raises.add(Map.entry(name, weight(name) * value));
            }
        });
        raises.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return raises.stream().map(Map.Entry::getKey).toList();
    }

    /** The score of a clause's signals, in (0, 1). */
    public double score(Map<String, Double> signals) {
        double logit = intercept;
        for (var e : signals.entrySet()) {
            logit += weight(e.getKey()) * e.getValue();
        }
        return 1 / (1 + Math.exp(-logit));
    }
}
