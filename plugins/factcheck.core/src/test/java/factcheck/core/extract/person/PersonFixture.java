package factcheck.core.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import factcheck.core.article.Article;
import factcheck.core.article.ArticleFormatException;
import factcheck.core.article.ArticleParser;
import factcheck.core.nlp.NlpPipeline;

/** Runs the person finder over a text and picks mentions out of the result. */
final class PersonFixture {

    final String text;
    final List<PersonMention> mentions;

    PersonFixture(String text) {
        this.text = text;
        try {
            Article article = ArticleParser.parse("test", text);
            mentions = PersonFinder.find(article, NlpPipeline.shared().annotate(text, article.paragraphs()));
        } catch (ArticleFormatException e) {
            throw new AssertionError(e);
        }
        for (PersonMention m : mentions) {
            assertEquals(text.substring(m.start(), m.end()), m.text(), "mention text must be its span");
        }
    }

    /** The mention whose span is exactly the n-th (0-based) occurrence of words. */
    PersonMention at(String words, int occurrence) {
        int from = -1;
        for (int i = 0; i <= occurrence; i++) {
            from = text.indexOf(words, from + 1);
            assertTrue(from >= 0, "test text lacks occurrence " + occurrence + " of " + words);
        }
        for (PersonMention m : mentions) {
            if (m.start() == from && m.end() == from + words.length()) {
                return m;
            }
        }
        return fail("no mention spanning '" + words + "' at " + from + "; found " + describe());
    }

    PersonMention at(String words) {
        return at(words, 0);
    }

    /** Mentions with a name, in text order. */
    List<PersonMention> named() {
        return mentions.stream().filter(m -> m.name() != null).toList();
    }

    String describe() {
        StringBuilder sb = new StringBuilder();
        for (PersonMention m : mentions) {
            sb.append("\n  [").append(m.text()).append("] ").append(m.form()).append(' ').append(m.title())
                    .append(' ').append(m.titleKind()).append(' ').append(m.entityId()).append(' ')
                    .append(m.refersTo());
        }
        return sb.toString();
    }
}
