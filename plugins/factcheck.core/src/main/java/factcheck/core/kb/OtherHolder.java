package factcheck.core.kb;

import factcheck.core.kb.TitleVerdict.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The verdict for a full name the knowledge base does not list at all, given a title of one
 * country's or body's office: "Afghan President Hamid Karzai" in a 2016 story, when the data lists
 * every Afghan president since 2014 and Ashraf Ghani held the office that day. The data cannot
 * say who the written person is, but a single-holder office with a complete list can say who held
 * it, and it was someone else.
 *
 * <p>Only answered when nothing else could explain the name: the title names one jurisdiction
 * (a bare "President" may be a company's), the list is complete and its holder is surely in
 * office for a few days either side (no handover, no acting or unverified term, no imprecise
 * date), the list reaches back far enough that an unlisted earlier holder cannot be history, and
 * the written name shares no word with the holder's names, not even a near spelling
 * ("Shmyhal" / "Chmyhal", "Mohamed" / "Mohamud"): news transliterates the holder's own name in
 * ways the data does not list. Never certain: the name is unknown to the data.
 */
final class OtherHolder {

    /** Days either side of the date on which the holder must already and still be in office. */
    private static final int HANDOVER_MARGIN_DAYS = 3;
    /** Years after which a dropped title is history rather than a mistake (as title.office-at-date counts). */
    private static final int STALE_YEARS = 8;
    /** Days without a listed holder that count as a gap in the list (a vacancy may last weeks). */
    private static final int GAP_DAYS = 45;
    /** Words of a title that make it no claim of the full office on the day ("acting President"). */
    private static final Set<String> NOT_PLAIN = Set.of("acting", "interim", "caretaker", "then", "former", "ex",
            "late", "deputy", "vice", "elect", "designate", "outgoing", "incoming", "self", "declared", "proclaimed",
            "de", "facto", "rival", "exiled", "ousted", "deposed", "opposition");

    private OtherHolder() {
    }

    /** The OTHER_HOLDER verdict, or null when the data cannot tell. */
    static TitleVerdict check(KnowledgeBase kb, String name, TitleQuery query, LocalDate date) {
        List<String> written = fullName(name);
        if (written == null || !query.recognized() || query.former() || query.jurisdictionId() == null
                || query.officeIds().isEmpty() || !plain(query.written())) {
            return null;
        }
        List<Term> holders = new ArrayList<>();
        for (String officeId : query.officeIds()) {
            Term holder = settledHolder(kb, kb.office(officeId), date);
            if (holder == null || !unlistedOnlyRecently(kb, kb.office(officeId), date)) {
                return null;
            }
            holders.add(holder);
        }
        Set<String> holderNames = new LinkedHashSet<>();
        for (Term t : holders) {
            Person p = kb.person(t.personId());
            if (sharesAWord(written, p)) {
                return null;
            }
            holderNames.add(p.name());
        }
        return new TitleVerdict(Kind.OTHER_HOLDER, false, null, List.of(), query, List.of(), holders, null,
                "No one named \"" + name + "\" is listed; on " + date + " the office was held by "
                        + String.join(" and ", holderNames) + ".");
    }

    /** The name's words without honorific or suffix, or null unless it has two words or more. */
    private static List<String> fullName(String name) {
        List<String> words = new ArrayList<>(NameKey.words(name));
        if (!words.isEmpty() && KnowledgeBase.HONORIFICS.contains(words.get(0))) {
            words.remove(0);
        }
        if (!words.isEmpty() && KnowledgeBase.SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.size() < 2 || words.stream().anyMatch(w -> !w.chars().allMatch(Character::isLetter))) {
            return null;
        }
        return words;
    }

    private static boolean plain(String title) {
        return NameKey.words(title).stream().noneMatch(NOT_PLAIN::contains);
    }

    /**
     * The one term of a complete list that surely covers the date and a few days either side, or
     * null: a vacancy, a handover, two holders, an acting or unverified term, or a date past the
     * list's last check.
     */
    private static Term settledHolder(KnowledgeBase kb, Office office, LocalDate date) {
        LocalDate from = date.minusDays(HANDOVER_MARGIN_DAYS);
        LocalDate to = date.plusDays(HANDOVER_MARGIN_DAYS);
        if (office == null || office.holdersCompleteFrom() == null || from.isBefore(office.holdersCompleteFrom())) {
            return null;
        }
        List<Term> all = kb.termsIn(office.id());
        if (all.stream().anyMatch(t -> t.open() && t.asOf() != null && to.isAfter(t.asOf()))) {
            return null;
        }
        List<Term> covering = all.stream()
                .filter(t -> t.coverage(from) != Coverage.NO || t.coverage(date) != Coverage.NO
                        || t.coverage(to) != Coverage.NO)
                .toList();
        if (covering.size() != 1) {
            return null;
        }
        Term t = covering.get(0);
        boolean settled = t.coverage(from) == Coverage.YES && t.coverage(to) == Coverage.YES && !t.acting()
                && t.start().exact() && (t.end() == null || t.end().exact());
        return settled ? t : null;
    }

    /**
     * Whether anyone the list leaves out can only have held the office recently: the list reaches
     * back to the source's horizon ({@link Office#historyFrom}), and every gap in it before the
     * date opened less than {@link #STALE_YEARS} years before. Someone unlisted is then either no
     * holder at all or one whose title went stale only recently, and either way the title is wrong
     * on the date; a holder from a gap long ago ("Pennsylvania Gov. William Scranton" in a story
     * about 1964, with governors listed only since 2015) is history, which titles may name.
     */
    private static boolean unlistedOnlyRecently(KnowledgeBase kb, Office office, LocalDate date) {
        List<Term> terms = kb.termsIn(office.id());
        if (office.historyFrom() == null || terms.isEmpty()) {
            return false;
        }
        LocalDate stale = date.minusYears(STALE_YEARS);
        // before the first term after the horizon the office did not exist, as far as the source knows
        LocalDate coveredUntil = terms.get(0).start().first();
        for (Term t : terms) {
            if (!t.start().first().isBefore(date)) {
                break;
            }
            if (t.start().first().isAfter(coveredUntil.plusDays(GAP_DAYS)) && coveredUntil.isBefore(stale)) {
                return false;
            }
            LocalDate end = t.end() == null ? LocalDate.MAX : t.end().last();
            if (end.isAfter(coveredUntil)) {
                coveredUntil = end;
            }
        }
        return true;
    }

    /** Whether any written word is, or nearly is, a word of the person's name or aliases. */
    private static boolean sharesAWord(List<String> written, Person p) {
        List<String> names = new ArrayList<>(p.aliases());
        names.add(p.name());
        for (String n : names) {
            for (String h : NameKey.words(n)) {
                for (String w : written) {
                    if (near(w, h)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Two name words that may be one word spelt two ways: equal, one the other's start ("Moham" /
     * "Mohammed"), the same consonant skeleton, or at most two letters apart. Words of one or two
     * letters ("da") and particles ("al", "bin") say nothing.
     */
    static boolean near(String a, String b) {
        List<String> sa = NameSkeleton.of(a);
        List<String> sb = NameSkeleton.of(b);
        if (a.length() < 3 || b.length() < 3 || sa.isEmpty() || sb.isEmpty()) {
            return false;
        }
        if (a.startsWith(b) || b.startsWith(a) || sa.equals(sb)) {
            return true;
        }
        return Math.min(a.length(), b.length()) >= 4 && editDistance(a, b) <= 2;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
