package factcheck.core.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-file checks once every file is read: terms name listed people, offices name listed
 * jurisdictions, and no one holds the same office twice at once (a typo in a date usually shows
 * up as an overlap).
 */
final class KbReferences {

    private KbReferences() {
    }

    static void check(KbContent content) {
        for (Office o : content.offices.values()) {
            if (o.jurisdictionId() != null && !content.jurisdictions.containsKey(o.jurisdictionId())) {
                content.problem(o.file(), "office " + o.id(), "unknown jurisdiction '" + o.jurisdictionId() + "'");
            }
        }
        Map<String, List<Term>> byPersonOffice = new HashMap<>();
        for (Term t : content.terms) {
            if (!content.people.containsKey(t.personId())) {
                content.problems.add(t.origin() + ": unknown person '" + t.personId() + "' (define it under people:)");
            }
            byPersonOffice.computeIfAbsent(t.personId() + " " + t.officeId(), k -> new ArrayList<>()).add(t);
        }
        for (List<Term> terms : byPersonOffice.values()) {
            List<Term> sorted = new ArrayList<>(terms);
            sorted.sort(Comparator.comparing(t -> t.start().first()));
            for (int i = 1; i < sorted.size(); i++) {
                Term prev = sorted.get(i - 1);
                Term next = sorted.get(i);
                if (prev.end() == null || prev.end().first().isAfter(next.start().last())) {
                    content.problems.add(next.origin() + ": overlaps " + prev.span() + " (" + prev.origin() + ")");
                }
            }
        }
    }
}
