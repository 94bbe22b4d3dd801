package factcheck.core.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything read from the data files before cross-references are checked: terms may name people
 * and jurisdictions defined in other files, so resolution waits until every file is read.
 */
final class KbContent {

    final Map<String, Jurisdiction> jurisdictions = new LinkedHashMap<>();
    final Map<String, Office> offices = new LinkedHashMap<>();
    final Map<String, Person> people = new LinkedHashMap<>();
    final List<Term> terms = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    /**
     * Each person's name keys, as {@link #nameKeys(Person)} makes them, when already known (read
     * from a {@link KbSnapshot}: keying ten thousand names is a good part of a cold load).
     */
    final Map<String, List<NameIndexKey>> knownNameKeys = new HashMap<>();

    /** A key of a person's name or alias and its transliteration skeleton's ends (null if none). */
    record NameIndexKey(String key, String ends) {
    }

    /** The distinct keys of the person's name and aliases, in that order. */
    List<NameIndexKey> nameKeys(Person p) {
        List<NameIndexKey> known = knownNameKeys.get(p.id());
        if (known != null) {
            return known;
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(NameKey.of(p.name()));
        p.aliases().forEach(a -> keys.add(NameKey.of(a)));
        List<NameIndexKey> result = new ArrayList<>(keys.size());
        for (String k : keys) {
            result.add(new NameIndexKey(k, NameSkeleton.ends(NameSkeleton.of(k))));
        }
        return result;
    }

    void problem(String file, String entry, String message) {
        problems.add(file + ": " + entry + ": " + message);
    }
}
