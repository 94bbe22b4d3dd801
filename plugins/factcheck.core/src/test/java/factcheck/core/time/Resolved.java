package factcheck.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import factcheck.core.article.Span;
import factcheck.core.nlp.NlpPipeline;
import factcheck.core.nlp.Sentence;

/**
 * Test fixture: runs the pipeline and the resolver over a snippet (paragraphs split on blank lines)
 * and looks expressions up by their text.
 */
final class Resolved {

    final String text;
    final List<TemporalExpression> all;

    private Resolved(String text, List<TemporalExpression> all) {
        this.text = text;
        this.all = all;
    }

    static Resolved of(String dateline, String text) {
        LocalDate d = dateline == null ? null : LocalDate.parse(dateline);
        List<Sentence> sentences = NlpPipeline.shared().annotate(text, paragraphs(text));
        Resolved r = new Resolved(text, new TemporalResolver().find(text, sentences, d));
        for (TemporalExpression e : r.all) {
            assertEquals(text.substring(e.start(), e.end()), e.text(), "offsets of " + e);
        }
        return r;
    }

    private static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int gap = text.indexOf("\n\n", start);
            int crlfGap = text.indexOf("\r\n\r\n", start);
            int end = gap < 0 ? text.length() : gap;
            if (crlfGap >= 0 && crlfGap < end) {
                end = crlfGap;
            }
            if (end > start) {
                out.add(new Span(start, end));
            }
            start = end == text.length() ? end : text.indexOf('\n', end + 1) + 1;
        }
        return out;
    }

    /** The expression whose text is exactly {@code covered}; fails when there is none. */
    TemporalExpression get(String covered) {
        return all.stream().filter(e -> e.text().equals(covered)).findFirst()
                .orElseGet(() -> fail("no expression \"" + covered + "\" in " + texts()));
    }

    String value(String covered) {
        return get(covered).value();
    }

    boolean has(String covered) {
        return all.stream().anyMatch(e -> e.text().equals(covered));
    }

    List<String> texts() {
        return all.stream().map(TemporalExpression::text).toList();
    }
}
