package factcheck.core.extract.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * One person of the article while mentions are collected: the fullest name seen, the single words
 * a later mention may use alone, and the titles and countries written next to the person.
 */
final class Entity {

    /** Lower-case name parts of the fullest name seen. */
    List<String> parts;
    /** Single words that refer to this person alone: the surname, and non-given-name parts ("Xi"). */
    final Set<String> linkable = new HashSet<>();
    /** Titles written with a current sense (CURRENT, ACTING, ELECT). */
    final Set<String> currentTitles = new HashSet<>();
    /** Every title written with the person, of any kind. */
    final Set<String> allTitles = new HashSet<>();
    final Set<String> countries = new HashSet<>();
    /** Offsets of the mentions so far, for choosing between people who share a surname. */
    final TreeSet<Integer> seen = new TreeSet<>();
    String id;

    Entity(NameRun run) {
        setName(run);
    }

    void setName(NameRun run) {
        List<String> lower = new ArrayList<>();
        for (String p : run.parts()) {
            lower.add(p.toLowerCase(Locale.ROOT));
        }
        parts = lower;
        linkable.add(run.surname());
        int names = run.nameWords();
        for (String p : lower) {
            boolean connector = NameWords.CONNECTORS.contains(p);
            boolean given = NameWords.GIVEN.contains(p) && names > 1;
            if (!connector && !given && !NameScanner.isInitial(p.toUpperCase(Locale.ROOT))
                    && !NameWords.SUFFIXES.contains(p)) {
                linkable.add(p);
            }
        }
    }

    String surname() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (!NameWords.SUFFIXES.contains(parts.get(i))) {
                return parts.get(i);
            }
        }
        return parts.get(parts.size() - 1);
    }

    void addTitle(String title, TitleKind kind, String country) {
        if (title != null) {
            allTitles.add(title);
            if (kind == TitleKind.CURRENT || kind == TitleKind.ACTING || kind == TitleKind.ELECT) {
                currentTitles.add(title);
            }
        }
        if (country != null) {
            countries.add(country);
        }
    }
}
