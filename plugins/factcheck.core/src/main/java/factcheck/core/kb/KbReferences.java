package factcheck.core.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-file checks once every file is read: terms name listed people, offices name listed
 * jurisdictions, no one holds the same office twice at once, offices with a complete list of
 * holders have one holder at a time, and no date is impossible (a typo in a date usually shows up
 * as an overlap).
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
        Map<String, List<Term>> byOffice = new HashMap<>();
        for (Term t : content.terms) {
            if (!t.acting()) {
                byOffice.computeIfAbsent(t.officeId(), k -> new ArrayList<>()).add(t);
            }
            impossibleDates(content, t);
        }
        for (var e : byOffice.entrySet()) {
            Office office = content.offices.get(e.getKey());
            if (office != null && office.holdersCompleteFrom() != null && !office.perPersonComplete()) {
                singleHolder(content, e.getValue());
            }
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

    /**
     * An office with a complete list of holders has one holder at a time: two terms of different
     * people overlapping is a wrong date or a missing "acting" mark (acting terms may overlap).
     */
    private static void singleHolder(KbContent content, List<Term> terms) {
        List<Term> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparing(t -> t.start().first()));
        for (int i = 1; i < sorted.size(); i++) {
            Term prev = sorted.get(i - 1);
            Term next = sorted.get(i);
            if (!prev.personId().equals(next.personId())
                    && (prev.end() == null || prev.end().first().isAfter(next.start().last()))) {
                content.problems.add(next.origin() + ": starts before " + prev.personId() + "'s term ends ("
                        + prev.span() + ", " + prev.origin() + "); the office has one holder at a time");
            }
        }
    }

    /** Dates no term can have: recorded after the data was checked, or before the holder was born. */
    private static void impossibleDates(KbContent content, Term t) {
        if (t.asOf() != null && t.start().first().isAfter(t.asOf())) {
            content.problems.add(t.origin() + ": starts " + t.start() + ", after the file's as-of " + t.asOf());
        }
        if (t.asOf() != null && t.end() != null && t.end().first().isAfter(t.asOf())) {
            content.problems.add(t.origin() + ": ends " + t.end() + ", after the file's as-of " + t.asOf()
                    + " (a scheduled end is expected-end)");
        }
        Person p = content.people.get(t.personId());
        if (p != null && p.born() != null && p.born().length() == 10
                && t.start().last().isBefore(java.time.LocalDate.parse(p.born()))) {
            content.problems.add(t.origin() + ": starts " + t.start() + ", before " + p.id() + " was born");
        }
    }
}
