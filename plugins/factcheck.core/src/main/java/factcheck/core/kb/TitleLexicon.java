package factcheck.core.kb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The title vocabulary of the knowledge base: which words before a name are a title, and which
 * offices a written title can mean. A title is a bare form ("Foreign Minister"), optionally
 * qualified by a jurisdiction adjective or name before it ("Chinese Foreign Minister",
 * "China's Foreign Minister") or after "of" ("Foreign Minister of China"), or a complete form of
 * one office ("Secretary of State", "POTUS"). A bare title with no qualifier means every office
 * with that title, so "President Macron" is checked against all presidencies.
 */
public final class TitleLexicon {

    /** Words before a title that change its meaning in time ("former") or not at all ("acting"). */
    private static final Set<String> FORMER = Set.of("former", "ex");
    private static final Set<String> NEUTRAL = Set.of("then", "acting", "interim", "incumbent", "sitting", "current");
    private static final int MAX_WORDS = 10;

    private final Map<String, Office> offices;
    private final Map<String, Jurisdiction> jurisdictions;
    private final Map<String, Set<String>> bare = new HashMap<>();
    private final Map<String, Set<String>> complete = new HashMap<>();
    private final Map<String, Set<String>> qualifiers = new HashMap<>();
    private final Set<String> forms = new TreeSet<>();

    TitleLexicon(Collection<Office> offices, Collection<Jurisdiction> jurisdictions) {
        this.offices = new HashMap<>();
        this.jurisdictions = new HashMap<>();
        for (Jurisdiction j : jurisdictions) {
            this.jurisdictions.put(j.id(), j);
            for (String q : concat(List.of(j.name()), j.names(), j.adjectives())) {
                qualifiers.computeIfAbsent(NameKey.of(q), k -> new LinkedHashSet<>()).add(j.id());
            }
        }
        for (Office o : offices) {
            this.offices.put(o.id(), o);
            o.titles().forEach(t -> bare.computeIfAbsent(NameKey.of(t), k -> new LinkedHashSet<>()).add(o.id()));
            o.forms().forEach(f -> complete.computeIfAbsent(NameKey.of(f), k -> new LinkedHashSet<>()).add(o.id()));
            forms.addAll(o.titles());
            forms.addAll(o.forms());
            Jurisdiction j = this.jurisdictions.get(o.jurisdictionId());
            if (j != null) {
                for (String t : o.titles()) {
                    j.adjectives().forEach(a -> forms.add(a + " " + t));
                    forms.add(t + " of " + j.name());
                }
            }
        }
    }

    /**
     * Title forms as written in the data, plus each office's titles qualified by its own
     * jurisdiction's adjectives ("Chinese Premier") and name ("Premier of China").
     */
    public Set<String> titleForms() {
        return java.util.Collections.unmodifiableSet(forms);
    }

    /** Adjectives and names that qualify a title ("U.S.", "Chinese", "Germany"). */
    public Set<String> qualifierKeys() {
        return java.util.Collections.unmodifiableSet(qualifiers.keySet());
    }

    public boolean isTitle(String text) {
        return parse(text).recognized();
    }

    /**
     * The longest title ending {@code textBeforeName}, as written there: for "said U.S. Secretary of
     * State" it is "U.S. Secretary of State". Lets the extractor tell "Senator" from "Senate leader".
     */
    public Optional<String> titleAtEnd(String textBeforeName) {
        String[] words = textBeforeName.strip().split("\\s+");
        for (int n = Math.min(MAX_WORDS, words.length); n > 0; n--) {
            String candidate = String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length));
            if (isTitle(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the written title is a bare title with no jurisdiction ("President", "former Prime
     * Minister"): it then means every office of that title, including ones the data does not list.
     */
    public boolean bare(String written) {
        List<String> words = new ArrayList<>(NameKey.words(written));
        while (!words.isEmpty() && (FORMER.contains(words.get(0)) || NEUTRAL.contains(words.get(0)))) {
            words.remove(0);
        }
        String key = String.join(" ", words);
        return bare.containsKey(key) && !complete.containsKey(key);
    }

    /**
     * Whether news may call the holder of this office by the bare title written: the title ends one
     * of the office's own titles or forms ("President" of the "European Council President").
     */
    public boolean callable(String officeId, String written) {
        List<String> words = new ArrayList<>(NameKey.words(written));
        while (!words.isEmpty() && (FORMER.contains(words.get(0)) || NEUTRAL.contains(words.get(0)))) {
            words.remove(0);
        }
        String key = String.join(" ", words);
        Office o = offices.get(officeId);
        if (o == null || key.isEmpty()) {
            return false;
        }
        for (String t : concat(o.titles(), o.forms())) {
            String k = NameKey.of(t);
            if (k.equals(key) || k.endsWith(" " + key)) {
                return true;
            }
        }
        return false;
    }

    /** Understands a written title: which offices it can mean, and whether it says "former". */
    public TitleQuery parse(String written) {
        List<String> words = new ArrayList<>(NameKey.words(written));
        boolean former = false;
        while (!words.isEmpty() && (FORMER.contains(words.get(0)) || NEUTRAL.contains(words.get(0)))) {
            former |= FORMER.contains(words.remove(0));
        }
        if (words.isEmpty()) {
            return TitleQuery.unknown(written);
        }
        String key = String.join(" ", words);
        if (complete.containsKey(key)) {
            return query(written, complete.get(key), null, former);
        }
        if (bare.containsKey(key)) {
            return query(written, bare.get(key), null, former);
        }
        // "Chinese Foreign Minister", "China's Foreign Minister", "US Secretary of State"
        for (int n = Math.min(words.size() - 1, 3); n > 0; n--) {
            Set<String> where = qualifiers.get(String.join(" ", words.subList(0, n)));
            String rest = String.join(" ", words.subList(n, words.size()));
            if (where != null && (bare.containsKey(rest) || complete.containsKey(rest))) {
                return qualified(written, rest, where, former);
            }
        }
        // "Prime Minister of India", "Secretary-General of the United Nations"
        for (int i = words.size() - 2; i > 0; i--) {
            if (!words.get(i).equals("of")) {
                continue;
            }
            String title = String.join(" ", words.subList(0, i));
            List<String> place = words.subList(i + 1, words.size());
            if (!place.isEmpty() && place.get(0).equals("the")) {
                place = place.subList(1, place.size());
            }
            Set<String> where = qualifiers.get(String.join(" ", place));
            if (where != null && (bare.containsKey(title) || complete.containsKey(title))) {
                return qualified(written, title, where, former);
            }
        }
        return TitleQuery.unknown(written);
    }

    private TitleQuery qualified(String written, String title, Set<String> where, boolean former) {
        Set<String> ids = new LinkedHashSet<>();
        ids.addAll(bare.getOrDefault(title, Set.of()));
        ids.addAll(complete.getOrDefault(title, Set.of()));
        ids.removeIf(id -> !where.contains(offices.get(id).jurisdictionId()));
        // "New York Governor": the name is the state's and the city's, the title only the state's
        Set<String> meant = new LinkedHashSet<>(where.size() == 1 ? where : List.of());
        if (meant.isEmpty()) {
            ids.forEach(id -> meant.add(offices.get(id).jurisdictionId()));
        }
        String jurisdiction = meant.size() == 1 ? meant.iterator().next() : null;
        return new TitleQuery(written, true, ids, jurisdiction, former);
    }

    private static TitleQuery query(String written, Set<String> ids, String jurisdiction, boolean former) {
        return new TitleQuery(written, true, ids, jurisdiction, former);
    }

    Jurisdiction jurisdiction(String id) {
        return jurisdictions.get(id);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return all;
    }
}
