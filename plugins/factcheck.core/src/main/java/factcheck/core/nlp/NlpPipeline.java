package factcheck.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import factcheck.core.article.Span;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;

/**
 * Sentences, tokens, UD part-of-speech tags and lemmas for the paragraphs of an article. Sentence
 * detection runs per paragraph, so no sentence spans a paragraph break. Offsets are absolute in the
 * article text. Thread-safe: one instance serves every thread.
 */
public final class NlpPipeline {

    private final ThreadSafeSentenceDetectorME sentences;
    /** The same tokens as OpenNLP's tokenizer, remembered per chunk (see there). */
    private final CachedTokenizer tokenizer;
    /** The same tags as OpenNLP's tagger, without its sort per token (see there); null for other models. */
    private final PosTagger posTagger;
    private final ThreadSafePOSTaggerME tagger;
    /** The same lemmas as OpenNLP's lemmatizer, several times faster (see there); null for other models. */
    private final CachedLemmatizer cachedLemmatizer;
    private final ThreadSafeLemmatizerME lemmatizer;

    public NlpPipeline(NlpModels models) {
        this.sentences = new ThreadSafeSentenceDetectorME(models.sentenceModel());
        this.tokenizer = new CachedTokenizer(models.tokenizerModel());
        this.posTagger = PosTagger.of(models.posModel());
        this.tagger = posTagger != null ? null : new ThreadSafePOSTaggerME(models.posModel());
        this.cachedLemmatizer = CachedLemmatizer.of(models.lemmatizerModel());
        this.lemmatizer = cachedLemmatizer != null ? null : new ThreadSafeLemmatizerME(models.lemmatizerModel());
    }

    private static final class Holder {
        static final NlpPipeline INSTANCE = new NlpPipeline(NlpModels.get());
    }

    /** The process-wide pipeline over the shared models. */
    public static NlpPipeline shared() {
        return Holder.INSTANCE;
    }

    public List<Sentence> annotate(String text, List<Span> paragraphs) {
        List<Sentence> result = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            place(paragraph(para.of(text)), p, para.start(), result);
        }
        return result;
    }

    /**
     * The sentences of one paragraph's text read on its own: offsets from the paragraph's start,
     * sentences numbered from 0 in paragraph 0. What NLP finds in a paragraph depends on its text
     * only, so {@link SentenceMemo} can keep this for a paragraph that does not change.
     */
    List<Sentence> paragraph(String paraText) {
        List<Sentence> result = new ArrayList<>();
        for (opennlp.tools.util.Span s : sentences.sentPosDetect(paraText)) {
            result.add(sentence(paraText, result.size(), 0, s.getStart(), s.getEnd()));
        }
        return result;
    }

    /**
     * Adds a paragraph's sentences, as {@link #paragraph} gives them, to the article's: numbered on
     * from the sentences before them, in paragraph {@code index}, moved to the paragraph's offset.
     */
    static void place(List<Sentence> sentences, int index, int offset, List<Sentence> into) {
        int first = into.size();
        for (Sentence s : sentences) {
            int number = first + s.index();
            List<Token> tokens = new ArrayList<>(s.tokens().size());
            for (Token t : s.tokens()) {
                tokens.add(new Token(number, t.index(), offset + t.start(), offset + t.end(), t.text(), t.pos(), t.lemma()));
            }
            into.add(new Sentence(number, index, offset + s.start(), offset + s.end(), tokens));
        }
    }

    private Sentence sentence(String text, int index, int paragraph, int start, int end) {
        String sentenceText = text.substring(start, end);
        opennlp.tools.util.Span[] spans = tokenizer.tokenizePos(sentenceText);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = sentenceText.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] tags = posTagger != null ? posTagger.tag(words) : tagger.tag(words);
        String[] lemmas = cachedLemmatizer != null ? cachedLemmatizer.lemmatize(words, tags)
                : lemmatizer.lemmatize(words, tags);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            String lemma = lemmas[i];
            if (lemma == null || lemma.isEmpty() || "O".equals(lemma)) {
                // The statistical lemmatizer answers "O" when it has no idea; fall back to the word.
                lemma = "PROPN".equals(tags[i]) ? words[i] : words[i].toLowerCase(Locale.ROOT);
            }
            tokens.add(new Token(index, i, start + spans[i].getStart(), start + spans[i].getEnd(), words[i],
                    tags[i], lemma));
        }
        return new Sentence(index, paragraph, start, end, tokens);
    }
}
