package factcheck.core.kb;

import factcheck.core.kb.TitleVerdict.Kind;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Decides a {@link TitleVerdict}. The order of questions: who is meant (the title and date can
 * single out one of several people sharing a surname), then whether that person held the title
 * that day, else what they did hold, else whether they held it at another time.
 */
final class TitleChecker {

    private final KnowledgeBase kb;

    TitleChecker(KnowledgeBase kb) {
        this.kb = kb;
    }

    TitleVerdict check(String name, String title, LocalDate date) {
        List<Person> candidates = kb.findByName(name);
        TitleQuery query = kb.titles().parse(title);
        if (candidates.isEmpty()) {
            TitleVerdict other = OtherHolder.check(kb, name, query, date);
            if (other != null) {
                return other;
            }
            return new TitleVerdict(Kind.UNKNOWN_PERSON, false, null, candidates, query, List.of(), List.of(), null,
                    "No one named \"" + name + "\" is in the knowledge base.");
        }
        Person only = candidates.size() == 1 ? candidates.get(0) : null;
        boolean surnameOnly = NameKey.words(name).size() == 1;
        if (query.officeIds().isEmpty()) {
            List<Term> held = only == null ? List.of() : kb.termsOn(only.id(), date);
            return new TitleVerdict(Kind.UNKNOWN_TITLE, false, only, candidates, query, held, List.of(), null,
                    "\"" + title + "\" is not a title the knowledge base lists holders for.");
        }
        if (only != null) {
            return judge(only, true, candidates, query, date, surnameOnly);
        }
        // several people share the name: the title and date usually tell them apart ("President Bush", 2005)
        List<Person> fitting = candidates.stream().filter(p -> fits(p, query, date)).toList();
        if (fitting.size() == 1) {
            return judge(fitting.get(0), true, candidates, query, date, surnameOnly);
        }
        List<Person> everHeld = candidates.stream()
                .filter(p -> kb.termsOf(p.id()).stream().anyMatch(t -> query.officeIds().contains(t.officeId())))
                .toList();
        if (fitting.isEmpty() && everHeld.size() == 1) {
            // probably the one who ever held it, but someone else of that name may be meant
            return judge(everHeld.get(0), false, candidates, query, date, surnameOnly);
        }
        return new TitleVerdict(Kind.AMBIGUOUS_PERSON, false, null, candidates, query, List.of(), List.of(), null,
                "\"" + name + "\" could be " + candidates.size() + " people: "
                        + String.join(", ", candidates.stream().map(Person::name).toList()) + ".");
    }

    private boolean fits(Person p, TitleQuery query, LocalDate date) {
        return kb.termsOf(p.id()).stream().filter(t -> query.officeIds().contains(t.officeId()))
                .anyMatch(t -> query.former() ? t.coverage(date) == Coverage.NO && !t.startsAfter(date)
                        : t.coverage(date) != Coverage.NO);
    }

    private TitleVerdict judge(Person person, boolean sure, List<Person> candidates, TitleQuery query, LocalDate date,
            boolean surnameOnly) {
        List<Term> all = kb.termsOf(person.id());
        List<Term> onDate = all.stream().filter(t -> t.coverage(date) != Coverage.NO).toList();
        List<Term> matching = all.stream().filter(t -> query.officeIds().contains(t.officeId())).toList();
        List<Term> matchOnDate = matching.stream().filter(t -> t.coverage(date) != Coverage.NO).toList();
        List<Term> earlier = matching.stream().filter(t -> t.coverage(date) == Coverage.NO && !t.startsAfter(date))
                .toList();
        List<Term> later = matching.stream().filter(t -> t.startsAfter(date)).toList();
        // "not listed" only means "did not hold" where the office's list is complete for that day
        boolean complete = query.officeIds().stream().allMatch(id -> completeFor(person, kb.office(id), date));
        // on a handover day the outgoing holder still held office that morning
        boolean handover = earlier.stream().anyMatch(t -> t.end().exact() && t.end().first().equals(date));
        String who = person.name();
        String titled = "\"" + query.written() + "\"";

        if (!matchOnDate.isEmpty() && !query.former()) {
            return verdict(Kind.HELD, sure && surely(matchOnDate, date), person, candidates, query, onDate, matchOnDate,
                    null, who + " held " + titled + " on " + date + ": " + describe(matchOnDate) + ".");
        }
        if (!matchOnDate.isEmpty()) {
            String suggestion = kb.office(matchOnDate.get(0).officeId()).preferredTitle();
            return verdict(Kind.NOT_HELD, sure && surely(matchOnDate, date), person, candidates, query, onDate,
                    matchOnDate, suggestion, who + " still held the office on " + date + " (" + describe(matchOnDate)
                            + "), so not " + titled + ".");
        }
        if (query.former() && !earlier.isEmpty()) {
            return verdict(Kind.HELD, sure && !handover, person, candidates, query, onDate, earlier, null,
                    who + " had held the office before " + date + ": " + describe(earlier) + ".");
        }
        // "President Costa" of the European Council President: a bare title may be the short form
        // of the office actually held, which is not an error
        boolean bare = kb.titles().bare(query.written());
        List<Term> shortForm = bare
                ? onDate.stream().filter(t -> kb.titles().callable(t.officeId(), query.written())).toList()
                : List.of();
        if (!shortForm.isEmpty() && !query.former()) {
            return verdict(Kind.HELD, false, person, candidates, query, onDate, shortForm, null,
                    who + " held " + describe(shortForm) + " on " + date + ", which news may call " + titled + ".");
        }
        // "Governor Vázquez" of a territory the data does not list: a bare title and a surname alone,
        // of someone who never held any office of that title, more likely mean someone else
        if (bare && surnameOnly && matching.isEmpty()) {
            return new TitleVerdict(Kind.AMBIGUOUS_PERSON, false, null, candidates, query, List.of(), List.of(), null,
                    "\"" + query.written() + "\" with the surname alone may be someone other than " + who
                            + ", who never held that title.");
        }
        if (!onDate.isEmpty()) {
            Term best = onDate.stream().min(Comparator.comparing((Term t) -> t.coverage(date))).orElseThrow();
            return verdict(Kind.NOT_HELD, sure && complete && !handover && surely(onDate, date), person, candidates,
                    query, onDate, matching, suggestion(best, query),
                    "On " + date + " " + who + " was " + describe(onDate) + ", not " + titled
                            + (matching.isEmpty() ? "" : " (that office: " + describe(matching) + ")") + ".");
        }
        boolean exact = sure && complete && !handover && bounded(earlier) && bounded(later);
        LocalDate checked = lastChecked(earlier);
        if (checked != null && date.isAfter(checked)) {
            return verdict(Kind.HELD_EARLIER_UNCHECKED, false, person, candidates, query, onDate, matching, null,
                    who + " held " + titled + " earlier (" + describe(earlier) + "), and the data, checked until "
                            + checked + ", cannot tell whether " + who + " holds it again on " + date + ".");
        }
        if (!earlier.isEmpty()) {
            return verdict(Kind.HELD_EARLIER, exact, person, candidates, query, onDate, matching, null,
                    who + " held " + titled + " earlier (" + describe(earlier) + "), not on " + date + ".");
        }
        if (!later.isEmpty()) {
            return verdict(Kind.HELD_LATER, exact, person, candidates, query, onDate, matching, null,
                    who + " held " + titled + " only later (" + describe(later) + "), not on " + date + ".");
        }
        // a bare title can name offices the data does not list at all (a company's president)
        return verdict(Kind.NEVER_HELD, sure && complete && !bare, person, candidates, query, onDate, List.of(), null,
                who + " is not listed as ever holding " + titled + ".");
    }

    /**
     * Whether the data can say that this person did not hold the office on {@code date}. A list of
     * every holder from some date on can. Lists complete only per listed person (current members of
     * Congress with their whole careers, in both chambers) can for the people their file lists, but
     * say nothing about someone it does not list at all, such as a senator who has since left
     * (otherwise "Senator Hillary Clinton" would read as certainly wrong). A list is complete only
     * up to the day it was last checked: after an open term's as-of, a new holder may have come.
     */
    private boolean completeFor(Person person, Office office, LocalDate date) {
        if (office.holdersCompleteFrom() != null && !date.isBefore(office.holdersCompleteFrom())
                && kb.termsIn(office.id()).stream()
                        .noneMatch(t -> t.open() && t.asOf() != null && date.isAfter(t.asOf()))) {
            return true;
        }
        return office.perPersonComplete() && kb.termsOf(person.id()).stream()
                .map(t -> kb.office(t.officeId()))
                .anyMatch(o -> o.perPersonComplete() && o.file().equals(office.file()));
    }

    /**
     * The day the data of these earlier terms was last checked, when none of their offices claims a
     * complete list (Wikidata's ministers); else null. Such a list vouches for the terms it shows
     * only up to that day: after it, someone who had left may have been reappointed.
     */
    private LocalDate lastChecked(List<Term> earlier) {
        if (earlier.isEmpty() || earlier.stream().map(t -> kb.office(t.officeId()))
                .anyMatch(o -> o.holdersCompleteFrom() != null || o.perPersonComplete())) {
            return null;
        }
        return earlier.stream().map(Term::asOf).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
    }

    private static TitleVerdict verdict(Kind kind, boolean certain, Person person, List<Person> candidates,
            TitleQuery query, List<Term> onDate, List<Term> titleTerms, String suggestion, String explanation) {
        return new TitleVerdict(kind, certain, person, candidates, query, onDate, titleTerms, suggestion, explanation);
    }

    private static boolean surely(List<Term> terms, LocalDate date) {
        return terms.stream().anyMatch(t -> t.coverage(date) == Coverage.YES);
    }

    /** Earlier or later terms whose bounds are exact days cannot turn out to cover the date. */
    private static boolean bounded(List<Term> terms) {
        return terms.stream().noneMatch(t -> t.uncertain() || (t.end() != null && !t.end().exact())
                || !t.start().exact());
    }

    /** The title to suggest: "President", or "US President" when the article qualified its title. */
    private String suggestion(Term held, TitleQuery query) {
        Office office = kb.office(held.officeId());
        if (query.jurisdictionId() == null) {
            return office.preferredTitle();
        }
        Jurisdiction j = kb.jurisdiction(office.jurisdictionId());
        return (j == null ? "" : j.preferredAdjective() + " ") + office.preferredTitle();
    }

    private String describe(List<Term> terms) {
        return String.join("; ", terms.stream().map(this::describe).toList());
    }

    private String describe(Term t) {
        String when = t.open() ? "since " + t.start() : t.span();
        return kb.qualifiedTitle(t.officeId()) + " " + when;
    }
}
