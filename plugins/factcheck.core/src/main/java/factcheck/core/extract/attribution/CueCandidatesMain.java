package factcheck.core.extract.attribution;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import factcheck.core.article.Article;
import factcheck.core.article.ArticleParser;
import factcheck.core.article.TextDecoder;
import factcheck.core.extract.quote.Quote;
import factcheck.core.extract.quote.QuoteFinder;
import factcheck.core.extract.quote.QuoteProblem;
import factcheck.core.nlp.NlpPipeline;
import factcheck.core.nlp.Sentence;

/**
 * Writes the words the learned cue model is asked about, with their {@link CueFeatures}, for the
 * articles of a folder: the training data of {@code rules/tools/learn_cue_model.py}. One line per
 * word: file name, UTF-16 start and end in the file's text, then the features, tab-separated.
 * The words are cut into segments exactly as {@link AttributionFinder} cuts them.
 *
 * <p>Usage: {@code CueCandidatesMain DIR OUTPUT_FILE}.
 */
public final class CueCandidatesMain {

    private CueCandidatesMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CueCandidatesMain DIR OUTPUT_FILE");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = new ArrayList<>(s.filter(p -> p.toString().endsWith(".article")).toList());
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[1])), false, StandardCharsets.UTF_8)) {
            for (Path f : files) {
                write(f, out);
            }
        }
    }

    private static void write(Path file, PrintStream out) throws Exception {
        String name = file.getFileName().toString();
        Article article = ArticleParser.parse(name, TextDecoder.decode(Files.readAllBytes(file)));
        for (String line : lines(article)) {
            out.println(name + "\t" + line);
        }
    }

    /** The candidate lines of one article: start, end, features; known cues are left out. */
    static List<String> lines(Article article) {
        List<Sentence> sentences = NlpPipeline.shared().annotate(article.text(), article.paragraphs());
        List<Quote> outer = new ArrayList<>();
        for (Quote q : QuoteFinder.find(article)) {
            if (q.depth() == 0 && q.firstParagraph() >= 0 && q.problem() != QuoteProblem.STRAY_CLOSE) {
                outer.add(q);
            }
        }
        outer.sort(Comparator.comparingInt(Quote::start));
        ArticleWords words = new ArticleWords(sentences, article.paragraphs().size());
        List<String> result = new ArrayList<>();
        for (Segment seg : Frames.ofArticle(words, article.paragraphs(), outer)) {
            for (int i = seg.from(); i < seg.to(); i++) {
                if (CueFeatures.candidate(seg, i) && !CueFeatures.known(seg, i)) {
                    Word w = seg.words().get(i);
                    result.add(w.start() + "\t" + w.end() + "\t" + String.join("\t", CueFeatures.of(seg, i)));
                }
            }
        }
        return result;
    }
}
