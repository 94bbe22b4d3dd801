package factcheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import factcheck.core.article.Article;
import factcheck.core.article.ArticleFormatException;
import factcheck.core.article.ArticleParser;
import factcheck.core.article.Span;

/**
 * The texts the benchmarks check. Real news articles when the shared corpus is present (the Wikinews
 * 2019 sample, or the directory named by {@code -Dfactcheck.bench.corpus} / {@code FACTCHECK_BENCH_CORPUS}),
 * else deterministic generated news-like articles. Longer articles are composed deterministically:
 * the header of one article followed by whole paragraphs of it and the next ones, cut at a sentence
 * end near the target word count.
 */
public final class Corpus {

    /** The shared sample corpus on our build machines; absent elsewhere. */
    static final Path SHARED = Path.of("/work/shared/samples/wikinews-2019");

    /** One source text. */
    public record Source(String name, String text) {
    }

    private static volatile Corpus instance;

    private final String origin;
    private final List<Source> sources;

    private Corpus(String origin, List<Source> sources) {
        this.origin = origin;
        this.sources = sources;
    }

    /** The corpus for this process (loaded once). */
    public static Corpus get() {
        Corpus c = instance;
        if (c == null) {
            synchronized (Corpus.class) {
                c = instance;
                if (c == null) {
                    instance = c = load();
                }
            }
        }
        return c;
    }

    private static Corpus load() {
        String configured = System.getProperty("factcheck.bench.corpus", System.getenv("FACTCHECK_BENCH_CORPUS"));
        Path dir = configured != null && !configured.isBlank() ? Path.of(configured) : SHARED;
        if (!"generated".equals(configured) && Files.isDirectory(dir)) {
            List<Source> real = readDirectory(dir);
            if (real.size() >= 10) {
                return new Corpus("real: " + dir + " (" + real.size() + " articles)", real);
            }
        }
        return new Corpus("generated" + ("generated".equals(configured) ? "" : " (no real corpus at " + dir + ")"),
                NewsTextGenerator.articles(200, 400, 2019));
    }

    private static List<Source> readDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Source> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(new Source(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String origin() {
        return origin;
    }

    public List<Source> sources() {
        return sources;
    }

    /**
     * An article of about {@code words} body words: the header of source {@code first}, then the
     * paragraphs of it and the following sources, the last one cut at a sentence end.
     */
    public String composite(int first, int words) {
        StringBuilder out = new StringBuilder();
        Article head = parse(sources.get(first % sources.size()));
        out.append(head.text(), 0, head.body().start());
        int count = 0;
        for (int i = first; count < words; i++) {
            Article a = parse(sources.get(i % sources.size()));
            for (Span p : a.paragraphs()) {
                if (p.start() < a.body().start()) {
                    continue;
                }
                String para = p.of(a.text()).strip();
                int n = wordCount(para);
                if (n == 0) {
                    continue;
                }
                if (count + n > words) {
                    para = cut(para, words - count);
                    n = wordCount(para);
                }
                out.append(para).append("\n\n");
                count += n;
                if (count >= words - 5) {
                    return out.toString();
                }
            }
        }
        return out.toString();
    }

    /** The standard "1,000-word article". */
    public String article1000() {
        return composite(0, 1000);
    }

    /** {@code n} articles of about {@code words} words, each starting at a different source. */
    public List<Source> composites(int n, int words) {
        List<Source> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Source(String.format(Locale.ROOT, "composite-%04d.txt", i), composite(i * 3, words)));
        }
        return out;
    }

    /** The first words of a paragraph, ending at the last sentence end within them (or a period added). */
    static String cut(String para, int words) {
        if (words <= 0) {
            return "";
        }
        String[] parts = para.split("\\s+");
        String prefix = String.join(" ", java.util.Arrays.copyOf(parts, Math.min(words, parts.length)));
        int end = Math.max(prefix.lastIndexOf(". "), prefix.endsWith(".") ? prefix.length() - 1 : -1);
        if (end > prefix.length() / 2) {
            return prefix.substring(0, end + 1);
        }
        return prefix.replaceAll("[,;:]$", "") + ".";
    }

    public static int wordCount(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    public static Article parse(Source source) {
        return parse(source.name(), source.text());
    }

    public static Article parse(String name, String text) {
        try {
            return ArticleParser.parse(name, text);
        } catch (ArticleFormatException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    /** Body words of an article text. */
    public static int bodyWords(String name, String text) {
        Article a = parse(name, text);
        return wordCount(text.substring(a.body().start()));
    }

    /** Writes {@code n} article files (the sources repeated) for the command-line run; returns the directory. */
    public Path writeFiles(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        for (int i = 0; i < n; i++) {
            Source s = sources.get(i % sources.size());
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "%04d-%s", i, s.name())), s.text(),
                    StandardCharsets.UTF_8);
        }
        return dir;
    }
}
