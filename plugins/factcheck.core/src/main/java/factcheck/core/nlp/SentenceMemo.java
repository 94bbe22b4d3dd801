package factcheck.core.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import factcheck.core.article.Span;

/**
 * NLP for successive versions of one text, such as an editor's while the user types: a paragraph
 * whose text is the same as in the previous version keeps its sentences (moved to where the
 * paragraph is now), and only changed paragraphs go through the models. NLP is most of a check's
 * time, and a keystroke changes one paragraph. The result is the same as
 * {@link NlpPipeline#annotate}'s. Only the previous version is kept, so memory stays that of one
 * analysis. Thread-safe, but meant for one text: a memo shared by two texts reuses little.
 */
public final class SentenceMemo {

    /** The previous version's paragraphs read on their own ({@link NlpPipeline#paragraph}), by text. */
    private Map<String, List<Sentence>> previous = Map.of();
    private int reused;

    /** The sentences of {@code text}'s paragraphs, as {@link NlpPipeline#annotate} gives them. */
    public synchronized List<Sentence> annotate(NlpPipeline nlp, String text, List<Span> paragraphs) {
        Map<String, List<Sentence>> current = new HashMap<>();
        List<Sentence> result = new ArrayList<>();
        reused = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            String paraText = para.of(text);
            // Only from the previous version: a paragraph repeated within one text is read each time,
            // so that the first check of a text costs what it costs without a memo.
            List<Sentence> sentences = previous.get(paraText);
            if (sentences == null) {
                sentences = nlp.paragraph(paraText);
            } else {
                reused++;
            }
            current.putIfAbsent(paraText, sentences);
            NlpPipeline.place(sentences, p, para.start(), result);
        }
        previous = current;
        return result;
    }

    /** How many paragraphs the last {@link #annotate} took from the previous version. */
    public synchronized int reusedParagraphs() {
        return reused;
    }
}
