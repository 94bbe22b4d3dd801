package factcheck.core.extract.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides who title-only mentions, role references and relations point to, once every named mention
 * of the article is known.
 * <ul>
 * <li>"as Vice President" / "then-President" without a name: the person a relative clause hangs on
 * ("Doe, who met Roe regularly as Vice President" → Doe), else the first person named earlier in the
 * sentence (its subject, usually), else nobody.</li>
 * <li>"the Brazilian leader", "the two presidents": people mentioned before it whose current title
 * is the same (any head-of-state or government title for "leader") and whose country agrees when
 * one is written. When a number is written and too few people qualify, people whose title has the
 * same head word in any sense ("Vice President", "former President" for "presidents") are added
 * after them, so a rule can see that the article calls them something else.</li>
 * <li>"his predecessor X": relative to the person named at the anchor ("Doe’s predecessor"), else the
 * sentence's first person.</li>
 * </ul>
 */
final class ReferenceResolver {

    private final TitleLexicon lexicon;

    ReferenceResolver(TitleLexicon lexicon) {
        this.lexicon = lexicon;
    }

    void resolve(List<MentionDraft> drafts, List<List<Word>> segments, List<Entity> entities) {
        Map<Integer, List<MentionDraft>> bySegment = new HashMap<>();
        for (MentionDraft d : drafts) {
            bySegment.computeIfAbsent(d.segment, k -> new ArrayList<>()).add(d);
        }
        for (MentionDraft d : drafts) {
            List<MentionDraft> local = bySegment.get(d.segment);
            if (d.form == MentionForm.TITLE_ONLY) {
                d.entity = subject(local, segments.get(d.segment), d);
            } else if (d.form == MentionForm.ROLE_REFERENCE) {
                d.refersTo.addAll(candidates(d, entities));
                boolean singular = !d.title.plural() && d.title.count() == 0;
                if (singular && d.refersTo.size() == 1) {
                    d.entity = d.refersTo.get(0);
                }
            }
            if (d.relation != null && !d.relation.equals("deceased")) {
                d.relatedTo = anchor(local, d);
            }
        }
    }

    /** Named mentions of the segment before d, in text order. */
    private static List<MentionDraft> named(List<MentionDraft> local, MentionDraft d) {
        List<MentionDraft> result = new ArrayList<>();
        for (MentionDraft other : local) {
            if (other != d && other.entity != null && other.start < d.start && other.nameStart >= 0) {
                result.add(other);
            }
        }
        result.sort((a, b) -> Integer.compare(a.start, b.start));
        return result;
    }

    private static Entity subject(List<MentionDraft> local, List<Word> words, MentionDraft d) {
        List<MentionDraft> before = named(local, d);
        MentionDraft relative = null;
        for (MentionDraft other : before) {
            int after = other.endWord;
            if (after + 1 < words.size() && words.get(after).is(",") && words.get(after + 1).is("who")) {
                relative = other;
            }
        }
        MentionDraft chosen = relative != null ? relative : before.isEmpty() ? null : before.get(0);
        return chosen == null ? null : chosen.entity;
    }

    /** People by current title and by title head word, built once per article. */
    private Map<String, List<Entity>> byTitle;
    private Map<String, List<Entity>> byHead;
    private List<Entity> leaders;

    private void indexTitles(List<Entity> entities) {
        byTitle = new HashMap<>();
        byHead = new HashMap<>();
        leaders = new ArrayList<>();
        for (Entity e : entities) {
            for (String t : e.currentTitles) {
                byTitle.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
            }
            if (e.currentTitles.stream().anyMatch(lexicon::isLeader)) {
                leaders.add(e);
            }
            e.allTitles.stream().map(ReferenceResolver::head).distinct()
                    .forEach(h -> byHead.computeIfAbsent(h, k -> new ArrayList<>()).add(e));
        }
    }

    private List<Entity> candidates(MentionDraft d, List<Entity> entities) {
        if (byTitle == null) {
            indexTitles(entities);
        }
        String title = d.title.title();
        String country = d.title.country();
        List<Entity> titled = title.equals("Leader") ? leaders : byTitle.getOrDefault(title, List.of());
        List<Entity> pool = mentionedBefore(titled, d.start);
        List<Entity> strict = new ArrayList<>();
        for (Entity e : pool) {
            if (country == null || e.countries.contains(country)) {
                strict.add(e);
            }
        }
        if (strict.isEmpty() && country != null) {
            for (Entity e : pool) {
                if (e.countries.isEmpty()) {
                    strict.add(e);
                }
            }
        }
        int wanted = d.title.count() > 0 ? d.title.count() : d.title.plural() ? 2 : 0;
        if (strict.size() < wanted) {
            for (Entity e : mentionedBefore(byHead.getOrDefault(head(title), List.of()), d.start)) {
                if (!strict.contains(e) && (country == null || e.countries.isEmpty() || e.countries.contains(country))) {
                    strict.add(e);
                }
            }
        }
        return strict;
    }

    /** Those mentioned before the offset, in order of first mention; all of them if none was. */
    private static List<Entity> mentionedBefore(List<Entity> people, int offset) {
        List<Entity> before = new ArrayList<>();
        for (Entity e : people) {
            if (e.seen.lower(offset) != null) {
                before.add(e);
            }
        }
        List<Entity> result = before.isEmpty() ? new ArrayList<>(people) : before;
        result.sort((a, b) -> Integer.compare(a.seen.first(), b.seen.first()));
        return result;
    }

    private static String head(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        int of = t.indexOf(" of ");
        if (of > 0) {
            t = t.substring(0, of);
        }
        return t.substring(t.lastIndexOf(' ') + 1);
    }

    private static Entity anchor(List<MentionDraft> local, MentionDraft d) {
        List<MentionDraft> before = named(local, d);
        for (MentionDraft other : before) {
            // A name at the anchor word: "Doe’s predecessor".
            if (d.relationAnchor >= other.word && d.relationAnchor < other.endWord) {
                return other.entity;
            }
        }
        return before.isEmpty() ? null : before.get(0).entity;
    }
}
