package factcheck.core.extract.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups name mentions into people. Two full names are one person when their surnames agree and
 * their first parts agree or one is the other's initial; a single word joins the person it is a
 * linkable word of ({@link Entity#linkable}), the most recently mentioned one when several share it.
 */
final class EntityRegistry {

    private final List<Entity> entities = new ArrayList<>();
    /** Lower-case name word → people whose name holds it, so look-ups do not scan every person. */
    private final Map<String, List<Entity>> byWord = new HashMap<>();

    List<Entity> all() {
        return entities;
    }

    /** The person a name run introduced by evidence (title, given name, ...) belongs to, created if new. */
    Entity resolve(NameRun run) {
        Entity found = find(run);
        if (found == null) {
            found = new Entity(run);
            entities.add(found);
            index(found);
        } else if (run.parts().size() > found.parts.size()) {
            found.setName(run);
            index(found);
        }
        found.seen.add(run.start());
        return found;
    }

    /** The known person a run names, or null. */
    Entity find(NameRun run) {
        List<String> parts = new ArrayList<>();
        for (String p : run.parts()) {
            parts.add(p.toLowerCase(Locale.ROOT));
        }
        if (run.nameWords() >= 2) {
            Entity best = null;
            for (Entity e : candidates(parts)) {
                boolean same = e.surname().equals(run.surname()) && compatibleFirst(e.parts.get(0), parts.get(0));
                boolean suffix = isSuffix(parts, e.parts) || (e.parts.size() == 1 && parts.contains(e.parts.get(0)));
                if ((same || suffix) && (best == null || closer(e, best, run.start()))) {
                    best = e;
                }
            }
            return best;
        }
        String word = run.surname();
        Entity best = null;
        for (Entity e : byWord.getOrDefault(word, List.of())) {
            if (e.linkable.contains(word) && (best == null || closer(e, best, run.start()))) {
                best = e;
            }
        }
        return best;
    }

    private void index(Entity e) {
        for (String p : e.parts) {
            List<Entity> list = byWord.computeIfAbsent(p, k -> new ArrayList<>());
            if (!list.contains(e)) {
                list.add(e);
            }
        }
    }

    /** People sharing a word with the name; a stale index entry is harmless, conditions are re-checked. */
    private Set<Entity> candidates(List<String> parts) {
        Set<Entity> result = new LinkedHashSet<>();
        for (String p : parts) {
            result.addAll(byWord.getOrDefault(p, List.of()));
        }
        return result;
    }

    /** Prefers the person mentioned last before the offset; else the earliest mentioned after it. */
    static boolean closer(Entity a, Entity b, int offset) {
        Integer aBefore = a.seen.lower(offset);
        Integer bBefore = b.seen.lower(offset);
        if ((aBefore == null) != (bBefore == null)) {
            return aBefore != null;
        }
        if (aBefore != null) {
            return aBefore > bBefore;
        }
        Integer aAfter = a.seen.ceiling(offset);
        Integer bAfter = b.seen.ceiling(offset);
        return aAfter != null && (bAfter == null || aAfter < bAfter);
    }

    private static boolean compatibleFirst(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        // "J." or "J" against "Jane".
        String ia = a.endsWith(".") ? a.substring(0, a.length() - 1) : a;
        String ib = b.endsWith(".") ? b.substring(0, b.length() - 1) : b;
        return (ia.length() == 1 && ib.startsWith(ia)) || (ib.length() == 1 && ia.startsWith(ib));
    }

    /** Whether short is a trailing part of long ("da Silva" of "Lula da Silva"). */
    private static boolean isSuffix(List<String> shortName, List<String> longName) {
        if (shortName.size() > longName.size()) {
            return false;
        }
        int offset = longName.size() - shortName.size();
        for (int i = 0; i < shortName.size(); i++) {
            if (!shortName.get(i).equals(longName.get(offset + i))) {
                return false;
            }
        }
        return true;
    }
}
