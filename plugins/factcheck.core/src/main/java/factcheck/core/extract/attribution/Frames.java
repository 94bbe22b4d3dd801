package factcheck.core.extract.attribution;

import java.util.ArrayList;
import java.util.List;

import factcheck.core.article.Span;
import factcheck.core.extract.quote.Quote;

/**
 * Cuts a paragraph's words into {@link Segment}s: the words outside its outer quotations, split at
 * sentence ends (not at an abbreviation's period, as in "Sen."). A segment learns the quotation it follows only if it is the first after it, and the
 * one it leads into only if nothing ends the sentence in between.
 */
final class Frames {

    private Frames() {
    }

    /**
     * Every segment of an article, paragraph by paragraph, each paragraph cut at the outer quotations that
     * overlap it. One walk for the reader and for the learned model's training dump, so both see the same
     * segments.
     *
     * @param outer the article's outer quotations, sorted by start
     */
    static List<Segment> ofArticle(ArticleWords words, List<Span> paragraphs, List<Quote> outer) {
        List<Segment> result = new ArrayList<>();
        int q = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            while (q < outer.size() && outer.get(q).end() <= para.start()) {
                q++;
            }
            int r = q;
            while (r < outer.size() && outer.get(r).start() < para.end()) {
                r++;
            }
            result.addAll(segments(words.paragraph(p), para, p, outer.subList(q, r)));
        }
        return result;
    }

    /**
     * @param quotes the outer quotations overlapping the paragraph, in order
     */
    static List<Segment> segments(List<Word> words, Span paragraph, int index, List<Quote> quotes) {
        List<Segment> result = new ArrayList<>();
        int q = 0;
        Quote prev = null;
        int i = 0;
        while (i < words.size()) {
            Word w = words.get(i);
            while (q < quotes.size() && quotes.get(q).end() <= w.start()) {
                prev = quotes.get(q++);
            }
            if (q < quotes.size() && quotes.get(q).start() <= w.start()) {
                i++; // inside a quotation
                continue;
            }
            int frameStart = i;
            int limit = q < quotes.size() ? quotes.get(q).start() : paragraph.end();
            while (i < words.size() && words.get(i).start() < limit) {
                i++;
            }
            Quote next = q < quotes.size() && quotes.get(q).start() < paragraph.end() ? quotes.get(q) : null;
            Quote before = prev != null && prev.end() > paragraph.start() ? prev : null;
            split(words, frameStart, i, before, next, index, result);
            prev = null;
        }
        return result;
    }

    /**
     * "Sen. Ana Ruiz (D-Ore.) said": a period glued to a short capitalised word, inside what the
     * sentence detector kept as one sentence, ends an abbreviation, not the sentence.
     */
    private static boolean abbreviation(List<Word> words, int i) {
        if (i == 0 || i + 1 >= words.size() || !words.get(i).is(".")) {
            return false;
        }
        Word before = words.get(i - 1);
        return before.end() == words.get(i).start() && before.capitalised()
                && (before.text().length() <= 5 || before.text().contains("-"))
                && words.get(i + 1).sentence() == words.get(i).sentence();
    }

    private static void split(List<Word> words, int from, int to, Quote prev, Quote next, int paragraph,
            List<Segment> into) {
        int start = from;
        for (int i = from; i < to; i++) {
            if (words.get(i).terminator() && !abbreviation(words, i)) {
                into.add(new Segment(words, start, i + 1, start == from ? prev : null, null, paragraph));
                start = i + 1;
            }
        }
        if (start < to) {
            into.add(new Segment(words, start, to, start == from ? prev : null, next, paragraph));
        }
    }
}
