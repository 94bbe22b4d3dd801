package factcheck.core.nlp;

/**
 * One token of a sentence, with its Universal Dependencies part-of-speech tag and lemma. A fact
 * for the rules: {@code sentence} and {@code index} let a rule look at neighbours.
 *
 * @param sentence index of the sentence in the article
 * @param index    index of the token in its sentence
 * @param start    start offset in the article text
 * @param end      end offset in the article text (exclusive)
 * @param text     the token's text
 * @param pos      UD tag (NOUN, PROPN, VERB, ...)
 * @param lemma    lemma, lower case except for proper nouns
 */
public record Token(int sentence, int index, int start, int end, String text, String pos, String lemma) {

    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isVerb() {
        return "VERB".equals(pos) || "AUX".equals(pos);
    }
}
