package factcheck.core.extract.person;

import java.util.List;
import java.util.Set;

/**
 * Reads one segment's words for mentions. The first pass takes names that carry their own evidence
 * of being a person: a title before or in apposition, an honorific, a relation word ("his
 * predecessor"), a known given name or initial, or a speech verb right after a two-word name. Titles
 * without a name become role references or, after "as" / "then-", role-in-past mentions to be linked
 * later. The second pass links the remaining capitalised runs to people already known.
 */
final class MentionScanner {

    private static final Set<String> RELATIONS = Set.of("predecessor", "successor");
    private static final Set<String> CLOSERS = Set.of(",", ".", ";", ":", ")", "—", "–", "”", "\"", "!", "?");

    private final TitleMatcher titles;
    private final NameScanner names;
    private final EntityRegistry registry;
    private final List<MentionDraft> drafts;

    MentionScanner(TitleLexicon lexicon, EntityRegistry registry, List<MentionDraft> drafts) {
        this.titles = new TitleMatcher(lexicon);
        this.names = new NameScanner(lexicon);
        this.registry = registry;
        this.drafts = drafts;
    }

    void firstPass(int segment, List<Word> words, boolean[] used) {
        int n = words.size();
        int i = 0;
        while (i < n) {
            int next = titled(segment, words, used, i);
            if (next < 0) {
                next = untitled(segment, words, used, i);
            }
            i = Math.max(next, i + 1);
        }
    }

    /** A title phrase at i: with a name after it or in apposition, or alone. Returns the next index or -1. */
    private int titled(int segment, List<Word> words, boolean[] used, int i) {
        TitlePhrase tp = titles.match(words, i);
        if (tp == null) {
            return -1;
        }
        int k = tp.end();
        if (!tp.plural() && names.canStart(words, k, true)) {
            NameRun run = names.run(words, k);
            if (run != null) {
                MentionDraft d = add(segment, words, used, tp.first(), run.end(), tp.start(), run.stop(), MentionForm.NAME);
                d.title(tp);
                d.name(run);
                d.entity = registry.resolve(run);
                d.country = d.country != null ? d.country : ofCountry(words, run.end());
                relationBefore(words, tp.first(), d);
                return run.end();
            }
        }
        boolean nounPhrase = tp.definite() || tp.country() != null || tp.first() == 0;
        if (!tp.plural() && nounPhrase && k + 1 < words.size() && words.get(k).is(",")
                && names.canStart(words, k + 1, true)) {
            NameRun run = names.run(words, k + 1);
            if (run != null && closes(words, run.end())) {
                MentionDraft d = add(segment, words, used, tp.first(), run.end(), tp.start(), run.stop(), MentionForm.NAME);
                d.title(tp);
                d.name(run);
                d.entity = registry.resolve(run);
                return run.end();
            }
        }
        if (tp.afterAs() || tp.kind() == TitleKind.ROLE_IN_PAST) {
            MentionDraft d = add(segment, words, used, tp.first(), tp.end(), tp.start(), tp.stop(), MentionForm.TITLE_ONLY);
            d.title(tp);
        } else if (tp.definite() || tp.count() > 0) {
            // The span takes in "the" and the number: "the two presidents".
            int from = tp.first();
            if (tp.count() > 0 && from > 0) {
                from--;
            }
            if (from > 0 && words.get(from - 1).is("the")) {
                from--;
            }
            MentionDraft d = add(segment, words, used, from, tp.end(), words.get(from).start(), tp.stop(),
                    MentionForm.ROLE_REFERENCE);
            d.title(tp);
        }
        return tp.end();
    }

    private int untitled(int segment, List<Word> words, boolean[] used, int i) {
        Word w = words.get(i);
        boolean honorific = NameWords.HONORIFICS.contains(w.norm()) && w.capitalised();
        int k = i;
        if (honorific) {
            k = i + 1 < words.size() && words.get(i + 1).is(".") ? i + 2 : i + 1;
        }
        if (!names.canStart(words, k, honorific)) {
            return -1;
        }
        NameRun run = names.run(words, k);
        if (run == null) {
            return -1;
        }
        int end = run.end();
        if (end + 1 < words.size() && words.get(end).is(",")) {
            int j = end + 1;
            if (words.get(j).is("the") || words.get(j).is("a") || words.get(j).is("an")) {
                j++;
            }
            TitlePhrase tp = titles.match(words, j);
            if (tp != null && !tp.plural() && !names.canStart(words, tp.end(), true) && closes(words, tp.end())) {
                MentionDraft d = add(segment, words, used, i, tp.end(), words.get(i).start(), tp.stop(), MentionForm.NAME);
                d.title(tp);
                d.name(run);
                d.entity = registry.resolve(run);
                return tp.end();
            }
        }
        MentionDraft probe = new MentionDraft(segment, i, i, 0, 0, MentionForm.NAME, 0);
        relationBefore(words, i, probe);
        if (honorific || probe.relation != null || looksLikePerson(words, run)) {
            MentionDraft d = add(segment, words, used, i, run.end(), words.get(i).start(), run.stop(), MentionForm.NAME);
            d.name(run);
            d.relation = probe.relation;
            d.relationAnchor = probe.relationAnchor;
            d.entity = registry.resolve(run);
            return run.end();
        }
        return run.end();
    }

    /** Second pass: capitalised runs not yet read that name a known person ("Doe", "Doe’s", "Jane Doe"). */
    void linkPass(int segment, List<Word> words, boolean[] used) {
        int n = words.size();
        int i = 0;
        while (i < n) {
            Word w = words.get(i);
            if (used[i] || !w.capitalised() || w.punctuation() || NameWords.STOP.contains(w.norm())
                    || NameScanner.acronym(w.bare())) {
                i++;
                continue;
            }
            NameRun run = names.run(words, i);
            Entity e = run == null ? null : registry.find(run);
            if (e == null || overlapsUsed(used, run)) {
                i = run == null ? i + 1 : Math.max(i + 1, run.end());
                continue;
            }
            MentionForm form = run.nameWords() >= 2 ? MentionForm.NAME : MentionForm.PARTIAL_NAME;
            MentionDraft d = add(segment, words, used, i, run.end(), run.start(), run.stop(), form);
            d.name(run);
            d.entity = e;
            e.seen.add(run.start());
            relationBefore(words, i, d);
            i = run.end();
        }
    }

    /** Without a title: a given name or initial first, or a two-word name that speaks or is a "who". */
    private static boolean looksLikePerson(List<Word> words, NameRun run) {
        for (String p : run.parts()) {
            if (NameWords.NOT_PERSON.contains(NameWords.lower(p))) {
                return false;
            }
        }
        if (run.nameWords() < 2) {
            return false;
        }
        String first = run.firstPart();
        if (NameWords.GIVEN.contains(first) || NameScanner.isInitial(run.parts().get(0))) {
            return true;
        }
        int after = run.end();
        if (after < words.size() && NameWords.SPEECH_VERBS.contains(words.get(after).norm())) {
            return true;
        }
        return after + 1 < words.size() && words.get(after).is(",") && words.get(after + 1).is("who");
    }

    /** "his predecessor X", "Doe’s successor, X", "the late X". */
    private static void relationBefore(List<Word> words, int first, MentionDraft d) {
        int k = first - 1;
        if (k >= 0 && words.get(k).is(",")) {
            k--;
        }
        if (k < 0) {
            return;
        }
        if (RELATIONS.contains(words.get(k).norm())) {
            d.relation = words.get(k).norm();
            d.relationAnchor = k > 0 ? k - 1 : -1;
        } else if (words.get(k).is("late") && k > 0 && words.get(k - 1).is("the")) {
            d.relation = "deceased";
        }
    }

    /** "of China" after a name: "President Xu Ming of China". */
    private String ofCountry(List<Word> words, int k) {
        if (k + 1 < words.size() && words.get(k).is("of")) {
            return titles.countryAt(words, k + 1, new int[1]);
        }
        return null;
    }

    private static boolean closes(List<Word> words, int k) {
        return k >= words.size() || CLOSERS.contains(words.get(k).norm())
                || NameWords.SPEECH_VERBS.contains(words.get(k).norm());
    }

    private static boolean overlapsUsed(boolean[] used, NameRun run) {
        for (int k = run.first(); k < run.end(); k++) {
            if (used[k]) {
                return true;
            }
        }
        return false;
    }

    private MentionDraft add(int segment, List<Word> words, boolean[] used, int from, int to, int start, int end,
            MentionForm form) {
        for (int k = from; k < to; k++) {
            used[k] = true;
        }
        MentionDraft d = new MentionDraft(segment, from, to, start, end, form, words.get(from).sentence());
        drafts.add(d);
        return d;
    }
}
