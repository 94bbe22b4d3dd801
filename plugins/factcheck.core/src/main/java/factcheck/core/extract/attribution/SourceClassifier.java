package factcheck.core.extract.attribution;

import java.util.List;
import java.util.Locale;

/**
 * Decides what kind of source a noun phrase names, from the {@link SourceWords} tables and the
 * tagger's proper-noun tags: a pronoun, an outlet, unnamed evidence ("polls show"), a document, an
 * unnamed source, an organisation (or a capital standing for its government), a person. The order matters: "a CNN report" is a
 * document, "CNN" an outlet, "Chinese officials" vague, "the Foreign Ministry" an organisation.
 */
final class SourceClassifier {

    private SourceClassifier() {
    }

    static SourceKind kind(NounPhrase np) {
        List<Word> core = np.core();
        Word head = np.head();
        String headWord = head.bare().toLowerCase(Locale.ROOT);
        if (core.size() == 1 && ("PRON".equals(head.pos()) && SourceWords.PERSONAL_PRONOUNS.contains(headWord)
                || NounPhrases.contracted(head))) {
            return SourceKind.PRONOUN; // "they", and "they're", which the tokenizer keeps whole
        }
        String name = withoutArticle(core);
        if (SourceWords.in(SourceWords.OUTLETS, name)) {
            return SourceKind.OUTLET;
        }
        String lastWord = core.get(core.size() - 1).bare().toLowerCase(Locale.ROOT); // the head, however it was tagged
        boolean namedAfter = np.words().subList(np.coreTo(), np.to()).stream()
                .anyMatch(w -> "PROPN".equals(w.pos()) || w.capitalised());
        if ((SourceWords.EVIDENCE.contains(headWord) || SourceWords.EVIDENCE.contains(lastWord)) && unnamed(core)
                && !namedAfter) { // "data from the Gun Registry" names it
            return SourceKind.EVIDENCE;
        }
        if (SourceWords.DOCUMENTS.contains(headWord)) {
            return SourceKind.DOCUMENT;
        }
        if (SourceWords.VAGUE.contains(headWord)) {
            return SourceKind.VAGUE;
        }
        if (SourceWords.ROLES.contains(headWord)) {
            return SourceKind.PERSON; // "the city's mayor" is a person, though "city" alone is an organisation
        }
        if (SourceWords.in(SourceWords.PLACES, name) || core.stream().anyMatch(w -> SourceWords.in(
                SourceWords.ORGANISATION, w.bare())) || SourceWords.in(SourceWords.ORGANISATION, name)) {
            return SourceKind.ORGANISATION;
        }
        if (nameWords(core)[0] >= 0) {
            return SourceKind.PERSON;
        }
        // Neither named nor a known role: "a man", "one resident". Nobody the reader could check.
        return SourceKind.VAGUE;
    }

    /**
     * "Polls", "a new study", "recent opinion polls": no name (no proper noun, no capitalised word after
     * the first), no maker ("a council report", "government data") and nothing pointing at one named
     * before ("the poll", "its survey").
     */
    private static boolean unnamed(List<Word> core) {
        for (int i = 0; i < core.size(); i++) {
            Word w = core.get(i);
            boolean maker = i < core.size() - 1 && w.noun() && !SourceWords.EVIDENCE_KINDS.contains(w.lower());
            if ("PROPN".equals(w.pos()) || (i > 0 && w.capitalised()) || SourceWords.POINTERS.contains(w.lower())
                    || "NUM".equals(w.pos()) || w.text().endsWith("'s") || w.text().endsWith("\u2019s") || maker) {
                return false;
            }
        }
        return true;
    }

    /**
     * Word indexes [from, to) within {@code core} of the person's name: the last run of capitalised
     * words that are not titles, or {-1, -1} when there is none.
     */
    static int[] nameWords(List<Word> core) {
        int to = -1;
        int from = -1;
        boolean proper = false;
        for (int i = core.size() - 1; i >= 0; i--) {
            Word w = core.get(i);
            boolean namePart = w.capitalised() && NounPhrases.nominal(w) && !SourceWords.in(SourceWords.TITLES, w.text())
                    && !SourceWords.in(SourceWords.PLACES, w.bare()) && !SourceWords.in(SourceWords.NOT_NAMES, w.bare());
            if (namePart) {
                if (to < 0) {
                    to = i + 1;
                }
                from = i;
                proper |= "PROPN".equals(w.pos());
            } else if (to >= 0) {
                break;
            }
        }
        // A capitalised common noun alone ("People" opening a sentence) is no name.
        return proper ? new int[] {from, to} : new int[] {-1, -1};
    }

    /** The phrase's words joined as written, without a leading article or a possessive ending. */
    static String withoutArticle(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        int prevEnd = -1;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (i == 0 && ("DET".equals(w.pos()) || w.is("the"))) {
                continue;
            }
            if (prevEnd >= 0 && w.start() > prevEnd) {
                sb.append(' ');
            }
            sb.append(i == words.size() - 1 ? w.bare() : w.text());
            prevEnd = w.end();
        }
        return sb.toString();
    }
}
