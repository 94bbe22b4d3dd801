package factcheck.core.extract.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases matched on lower-case token forms, indexed by first word so matching a clause
 * costs one map look-up per token. Phrases are written as they are tokenized ("n't" separate).
 */
final class PhraseTable {

    private final Map<String, List<String[]>> byFirst = new HashMap<>();

    PhraseTable(String... phrases) {
        for (String p : phrases) {
            String[] words = p.split(" ");
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        // Longest first, so "as a result of" wins over "as a result".
        byFirst.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.length, a.length)));
    }

    /** The number of tokens of the longest phrase starting at i, or 0. */
    int matchAt(Clause clause, int i) {
        List<String[]> candidates = byFirst.get(clause.at(i));
        if (candidates == null) {
            return 0;
        }
        for (String[] words : candidates) {
            if (i + words.length > clause.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < words.length && all; k++) {
                all = clause.at(i + k).equals(words[k]);
            }
            if (all) {
                return words.length;
            }
        }
        return 0;
    }
}
