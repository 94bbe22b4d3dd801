package factcheck.core.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import factcheck.core.article.Span;
import factcheck.core.nlp.NlpPipeline;
import factcheck.core.nlp.Sentence;

/**
 * Scores the resolver against TempEval-3 TBAQ TimeML files (research-use data, read in place and
 * never copied). Not a test: run {@code main} with the TBAQ directory. For each document the XML
 * tags are stripped from the TEXT element, the creation time (DCT) becomes the dateline, and the
 * found expressions are matched to the gold TIMEX3 spans.
 */
public final class TempEvalEvaluation {

    /** A gold TIMEX3 in raw-text offsets. */
    record Gold(int start, int end, String type, String value, String text) {
    }

    /** A document's raw TEXT, its gold expressions and its creation date. */
    record Doc(String name, String text, List<Gold> gold, LocalDate dct) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/data/tempeval3-tbaq");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        Score score = new Score();
        TemporalResolver resolver = new TemporalResolver();
        long started = System.nanoTime();
        for (Path f : files) {
            Doc doc = TimeMlReader.read(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            List<Span> paragraphs = paragraphs(doc.text());
            List<Sentence> sentences = NlpPipeline.shared().annotate(doc.text(), paragraphs);
            List<TemporalExpression> all = resolver.find(doc.text(), sentences, doc.dct());
            // A range ("from 1998 to 2000") is a layer over the two TIMEX3s it joins, which stay in
            // the output; TimeML has no range TIMEX3, so ranges are counted apart, not scored.
            List<TemporalExpression> found = all.stream().filter(e -> !isRange(e)).toList();
            score.ranges += all.size() - found.size();
            score.add(doc, found);
        }
        System.out.printf("documents: %d (%.1f s)%n", files.size(), (System.nanoTime() - started) / 1e9);
        score.print();
        String dumpTo = System.getProperty("tempeval.dump");
        if (dumpTo != null) {
            Files.write(Path.of(dumpTo), score.dump, StandardCharsets.UTF_8);
        }
    }

    private static boolean isRange(TemporalExpression e) {
        return e.value() != null && e.value().contains("/");
    }

    /** Runs of non-blank lines, as the article parser makes paragraphs. */
    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        int lineStart = 0;
        int lastNonBlankEnd = -1;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                boolean blank = text.substring(lineStart, i).isBlank();
                if (blank && start >= 0) {
                    out.add(new Span(start, lastNonBlankEnd));
                    start = -1;
                } else if (!blank) {
                    if (start < 0) {
                        start = lineStart;
                    }
                    lastNonBlankEnd = i;
                }
                lineStart = i + 1;
            }
        }
        if (start >= 0) {
            out.add(new Span(start, lastNonBlankEnd));
        }
        return out;
    }

    /** Accumulates span and value agreement over documents. */
    static final class Score {
        int gold;
        int strict;
        int relaxed;
        int valueRight;
        int found;
        int foundOverlapping;
        int foundExact;
        int ranges;
        final List<String> dump = new ArrayList<>();
        final Map<String, int[]> perType = new TreeMap<>();
        final Map<String, Integer> errors = new HashMap<>();
        final Map<String, Integer> misses = new HashMap<>();

        void add(Doc doc, List<TemporalExpression> exprs) {
            for (TemporalExpression e : exprs) {
                found++;
                if (doc.gold().stream().anyMatch(g -> g.start() < e.end() && e.start() < g.end())) {
                    foundOverlapping++;
                } else {
                    dump.add("SPURIOUS\t" + e.text() + "\t" + e.value() + "\t" + context(doc, e.start(), e.end()));
                }
                if (doc.gold().stream().anyMatch(g -> g.start() == e.start() && g.end() == e.end())) {
                    foundExact++;
                }
            }
            for (Gold g : doc.gold()) {
                gold++;
                int[] t = perType.computeIfAbsent(g.type(), k -> new int[3]);
                t[0]++;
                TemporalExpression best = null;
                int bestOverlap = 0;
                for (TemporalExpression e : exprs) {
                    int overlap = Math.min(e.end(), g.end()) - Math.max(e.start(), g.start());
                    boolean exact = e.start() == g.start() && e.end() == g.end();
                    if (exact) {
                        overlap = Integer.MAX_VALUE;
                    }
                    if (overlap > bestOverlap) {
                        best = e;
                        bestOverlap = overlap;
                    }
                }
                if (best == null) {
                    dump.add("MISS\t" + g.text() + "\t" + g.type() + " " + g.value() + "\t"
                            + context(doc, g.start(), g.end()));
                    misses.merge(g.text().toLowerCase().replaceAll("[0-9]", "9") + " => " + g.value(), 1, Integer::sum);
                    continue;
                }
                relaxed++;
                t[1]++;
                if (bestOverlap == Integer.MAX_VALUE) {
                    strict++;
                }
                if (g.value().equals(best.value())) {
                    valueRight++;
                    t[2]++;
                } else {
                    dump.add("VALUE\t" + g.text() + "\t" + g.type() + " " + g.value() + " ours " + best.value()
                            + " (" + best.text() + ")\t" + context(doc, g.start(), g.end()) + "\t"
                            + TemporalExplanation.of(best));
                    errors.merge(g.text() + " | gold " + g.value() + " | ours " + best.value() + " (" + best.text() + ")",
                            1, Integer::sum);
                }
            }
        }

        /** The sentence-sized stretch around an expression, the expression in brackets, and the DCT. */
        private static String context(Doc doc, int start, int end) {
            String t = doc.text();
            int from = Math.max(0, start - 120);
            int to = Math.min(t.length(), end + 80);
            return (doc.dct() + " " + doc.name() + ": " + t.substring(from, start) + "[" + t.substring(start, end) + "]"
                    + t.substring(end, to)).replaceAll("\\s+", " ");
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private void printF1(String what, int rightFound, int rightGold) {
            double p = (double) rightFound / Math.max(1, found);
            double r = (double) rightGold / Math.max(1, gold);
            System.out.printf("%-20s P %.3f  R %.3f  F1 %.3f%n", what, p, r, f1(p, r));
        }

        void print() {
            printF1("value", valueRight, valueRight);
            printF1("span relaxed", foundOverlapping, relaxed);
            printF1("span strict", foundExact, strict);
            System.out.printf("gold: %d%n", gold);
            System.out.printf("ranges (not TIMEX3, not scored): %d%n", ranges);
            System.out.printf("found: %d expressions, %d overlapping gold (precision %.1f%%)%n", found,
                    foundOverlapping, 100.0 * foundOverlapping / Math.max(1, found));
            System.out.printf("recall strict (exact span): %d = %.1f%%%n", strict, 100.0 * strict / gold);
            System.out.printf("recall relaxed (overlap):   %d = %.1f%%%n", relaxed, 100.0 * relaxed / gold);
            System.out.printf("value accuracy over matched: %d/%d = %.1f%% (over all gold %.1f%%)%n", valueRight, relaxed,
                    100.0 * valueRight / Math.max(1, relaxed), 100.0 * valueRight / gold);
            System.out.println("value accuracy per gold type (over matched spans; over all gold):");
            perType.forEach((type, t) -> System.out.printf(
                    "  %-8s gold %4d matched %4d value right %4d = %5.1f%% of matched, %5.1f%% of gold%n",
                    type, t[0], t[1], t[2], 100.0 * t[2] / Math.max(1, t[1]), 100.0 * t[2] / Math.max(1, t[0])));
            System.out.println("15 most common value errors:");
            top(errors, 15);
            System.out.println("15 most common misses:");
            top(misses, 15);
        }

        private static void top(Map<String, Integer> counts, int n) {
            counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(n)
                    .forEach(e -> System.out.printf("  %3d  %s%n", e.getValue(), e.getKey()));
        }
    }
}
