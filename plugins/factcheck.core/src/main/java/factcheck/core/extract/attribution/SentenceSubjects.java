package factcheck.core.extract.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import factcheck.core.annotation.TextRef;

/**
 * The phrase each sentence opens with, when it is the subject of the sentence's verb ("NASA
 * interrupted its coverage …"), for resolving "it": the subject of the sentence before is the
 * likeliest thing "It also credited …" stands for, nearer than the last attribution's source. Only
 * phrases that can be an "it" count: an organisation, outlet or document, or a name in capitals
 * ("NASA", "UEFA"); never a person.
 */
final class SentenceSubjects {

    /** Subjects by sentence index. */
    private final Map<Integer, TextRef> bySentence = new HashMap<>();

    SentenceSubjects(String text, List<Word> words) {
        int i = 0;
        while (i < words.size()) {
            int sentence = words.get(i).sentence();
            int end = i;
            while (end < words.size() && words.get(end).sentence() == sentence) {
                end++;
            }
            NounPhrase np = NounPhrases.after(words, i, end);
            if (np != null && np.from() == i && np.to() < end && opensVerb(words, np.to(), end) && thing(np)) {
                bySentence.put(sentence, TextRef.of(text, np.start(), np.end()));
            }
            i = end;
        }
    }

    /** The "it"-like subject opening sentence {@code sentence}, or null. */
    TextRef of(int sentence) {
        return bySentence.get(sentence);
    }

    /** A verb at {@code k}, after at most two adverbs or auxiliaries: "NASA also interrupted". */
    private static boolean opensVerb(List<Word> ws, int k, int end) {
        for (int x = k; x < end && x < k + 3; x++) {
            Word w = ws.get(x);
            if ("VERB".equals(w.pos())) {
                return true;
            }
            if (!"ADV".equals(w.pos()) && !"AUX".equals(w.pos())) {
                return false;
            }
        }
        return false;
    }

    /** A phrase "it" can stand for: an organisation, outlet or document, or a name in capitals. */
    private static boolean thing(NounPhrase np) {
        SourceKind kind = SourceClassifier.kind(np);
        if (kind == SourceKind.ORGANISATION || kind == SourceKind.OUTLET || kind == SourceKind.DOCUMENT) {
            return true;
        }
        String head = np.head().bare();
        return kind == SourceKind.PERSON && np.core().size() == 1 && head.length() >= 2 && head.length() <= 6
                && head.chars().allMatch(Character::isUpperCase); // "NASA", "UEFA": an acronym names no person
    }
}
