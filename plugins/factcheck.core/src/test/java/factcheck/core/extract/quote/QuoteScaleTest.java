package factcheck.core.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import factcheck.core.article.Span;

/** Many unbalanced marks and very long texts must stay linear. */
class QuoteScaleTest {

    @Test
    void tenThousandOpeningMarksInOneParagraph() {
        String text = "\u201Cword ".repeat(10_000);
        List<Quote> qs = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> QuoteFinder.find(text, null, List.of(new Span(0, text.length()))));
        // Every second “ is read as the wrong close of the one before; the last stays open.
        assertEquals(5_000, qs.size());
        assertTrue(qs.stream().noneMatch(Quote::balanced));
    }

    @Test
    void tenThousandStrayAndMixedMarksAcrossParagraphs() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            sb.append(i % 3 == 0 ? "\u201D a " : i % 3 == 1 ? "\u201C b \" c '" : "\u2018 d\n\n");
        }
        String text = sb.toString();
        List<Span> paragraphs = new java.util.ArrayList<>();
        int start = 0;
        for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", start)) {
            paragraphs.add(new Span(start, i));
            start = i + 2;
        }
        paragraphs.add(new Span(start, text.length()));
        List<Quote> qs = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> QuoteFinder.find(text, null, paragraphs));
        assertTrue(qs.size() >= 3_000);
    }

    @Test
    void twentyMegabytesOfText() {
        String unit = "Ruiz said, \u201CWe will rebuild \u2018it\u2019 soon.\u201D Don't wait. ";
        String text = unit.repeat(20_000_000 / unit.length());
        List<Quote> qs = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> QuoteFinder.find(text, null, List.of(new Span(0, text.length()))));
        assertEquals(2 * (20_000_000 / unit.length()), qs.size());
    }
}
