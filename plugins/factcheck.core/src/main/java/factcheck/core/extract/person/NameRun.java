package factcheck.core.extract.person;

import java.util.List;
import java.util.Locale;

/**
 * A run of words that could be a person's name: "Luiz Inácio Lula da Silva", "J. B. Pritzker",
 * "Merkel’s" (possessive kept out of the offsets).
 *
 * @param first      index of the first word
 * @param end        index after the last word
 * @param start      start offset
 * @param stop       end offset (before any possessive)
 * @param parts      the name's words without connectors' case changed, e.g. ["Lula", "da", "Silva"]
 * @param possessive whether the run ends in a possessive
 */
record NameRun(int first, int end, int start, int stop, List<String> parts, boolean possessive) {

    /** The last part that is not a generational suffix, lower case: the surname for linking. */
    String surname() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            String p = parts.get(i).toLowerCase(Locale.ROOT);
            if (!NameWords.SUFFIXES.contains(p)) {
                return p;
            }
        }
        return parts.get(parts.size() - 1).toLowerCase(Locale.ROOT);
    }

    String firstPart() {
        return parts.get(0).toLowerCase(Locale.ROOT);
    }

    /** Parts that are names, not connectors or initials. */
    int nameWords() {
        int count = 0;
        for (String p : parts) {
            if (!NameScanner.isInitial(p) && !NameWords.CONNECTORS.contains(p.toLowerCase(Locale.ROOT))) {
                count++;
            }
        }
        return count;
    }
}
