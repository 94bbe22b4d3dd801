package factcheck.core.extract.attribution;

import java.util.List;

/**
 * A noun phrase found next to a cue: words [from, to) of a word list, and its core: the words before
 * any preposition ("people" in "people familiar with the matter", "President Lula da Silva" in
 * "President Lula da Silva of Brazil"), whose last word is the head.
 */
record NounPhrase(List<Word> words, int from, int to, int coreTo) {

    int start() {
        return words.get(from).start();
    }

    int end() {
        return words.get(to - 1).end();
    }

    List<Word> core() {
        return words.subList(from, coreTo);
    }

    /** The last noun or pronoun of the core ("people" in "people familiar"), else its last word. */
    Word head() {
        Word last = null;
        for (int i = coreTo - 1; i >= from; i--) {
            Word w = words.get(i);
            if (w.noun() || "PRON".equals(w.pos())) {
                return w;
            }
            if (last == null && !w.punctuation() && !"PART".equals(w.pos())) {
                last = w;
            }
        }
        return last != null ? last : words.get(from);
    }
}
