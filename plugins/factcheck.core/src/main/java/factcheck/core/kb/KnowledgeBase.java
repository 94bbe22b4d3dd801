package factcheck.core.kb;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Office holders: who held which office when, looked up by name as written in news. Loaded from
 * the YAML files under {@code data/kb/} of a rule pack (format: rules/pack/data/kb/README.md).
 * Immutable and safe to share between threads once loaded.
 */
public final class KnowledgeBase {

    /** Pack-relative folder holding the knowledge-base files. */
    public static final String DATA_PREFIX = "data/kb/";

    static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "sir", "dame");
    static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private final Map<String, Jurisdiction> jurisdictions;
    private final Map<String, Office> offices;
    private final Map<String, Person> people;
    private final Map<String, List<Person>> byName = new HashMap<>();
    /** First and last skeleton words of every name and multi-word alias → people, for loose matches. */
    private final Map<String, List<Person>> bySkeleton = new HashMap<>();
    /** Name keys of two words or more without their spaces → people: "Chan-o-cha" / "Chan-ocha". */
    private final Map<String, List<Person>> byCompact = new HashMap<>();
    private final Map<String, List<Term>> byPerson = new HashMap<>();
    private final Map<String, List<Term>> byOffice = new HashMap<>();
    private final TitleLexicon titles;
    private final TitleChecker checker;
    private final int termCount;

    KnowledgeBase(KbContent content) {
        this.jurisdictions = Map.copyOf(content.jurisdictions);
        this.offices = Map.copyOf(content.offices);
        this.people = Map.copyOf(content.people);
        for (Person p : content.people.values()) {
            List<KbContent.NameIndexKey> keys = content.nameKeys(p);
            keys.forEach(k -> byName.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(p));
            for (KbContent.NameIndexKey k : keys) {
                if (k.key().indexOf(' ') > 0) {
                    List<Person> list = byCompact.computeIfAbsent(k.key().replace(" ", ""), x -> new ArrayList<>());
                    if (!list.contains(p)) {
                        list.add(p);
                    }
                }
            }
            for (KbContent.NameIndexKey k : keys) {
                if (k.ends() != null) {
                    List<Person> list = bySkeleton.computeIfAbsent(k.ends(), x -> new ArrayList<>());
                    if (!list.contains(p)) {
                        list.add(p);
                    }
                }
            }
        }
        Comparator<Term> byStart = Comparator.comparing(t -> t.start().first());
        for (Term t : content.terms) {
            byPerson.computeIfAbsent(t.personId(), x -> new ArrayList<>()).add(t);
            byOffice.computeIfAbsent(t.officeId(), x -> new ArrayList<>()).add(t);
        }
        byPerson.replaceAll((k, v) -> v.stream().sorted(byStart).toList());
        byOffice.replaceAll((k, v) -> v.stream().sorted(byStart).toList());
        byName.replaceAll((k, v) -> List.copyOf(v));
        this.termCount = content.terms.size();
        this.titles = new TitleLexicon(content.offices.values(), content.jurisdictions.values());
        this.checker = new TitleChecker(this);
    }

    /**
     * Loads every {@code data/kb/*.yaml} (and generated {@code *.json}) entry of a pack's data map;
     * other entries are ignored.
     *
     * @throws KnowledgeBaseException listing every problem, each naming its file and entry
     */
    public static KnowledgeBase load(Map<String, byte[]> dataFiles) {
        return new KnowledgeBase(checkedContent(dataFiles));
    }

    /** The content of the files, read and cross-checked; see {@link #load(Map)}. */
    static KbContent checkedContent(Map<String, byte[]> dataFiles) {
        KbContent content = new KbContent();
        for (var e : new TreeMap<>(dataFiles).entrySet()) {
            if (isKbFile(e.getKey())) {
                new KbFileParser(content, e.getKey()).parse(e.getValue());
            }
        }
        KbReferences.check(content);
        if (!content.problems.isEmpty()) {
            throw new KnowledgeBaseException(content.problems);
        }
        return content;
    }

    static boolean isKbFile(String path) {
        return path.startsWith(DATA_PREFIX) && (path.endsWith(".yaml") || path.endsWith(".yml") || path.endsWith(".json"));
    }

    /** Loads a single file's text, keyed as {@code data/kb/<name>}; for tests and tools. */
    public static KnowledgeBase loadText(String name, String yaml) {
        return load(Map.of(DATA_PREFIX + name, yaml.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Everyone the name can mean: "Barack Obama", "Obama", "Barack H. Obama". Case, accents, dots
     * and a leading "Mr"/"Dr" or trailing "Jr." do not matter, nor where hyphens and spaces split the
     * words ("Chan-o-cha" / "Chan-ocha"); a name listed nowhere as written is
     * matched by its transliteration skeleton ("Zelensky" / "Zelenskyy"). Empty if no one fits.
     */
    public List<Person> findByName(String nameAsWritten) {
        List<String> words = new ArrayList<>(NameKey.words(nameAsWritten));
        List<Person> found = byName.get(String.join(" ", words));
        if (found == null && words.size() > 1 && HONORIFICS.contains(words.get(0))) {
            words.remove(0);
            found = byName.get(String.join(" ", words));
        }
        if (found == null && words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
            found = byName.get(String.join(" ", words));
        }
        if (found == null && words.size() > 1) {
            // hyphens and spaces split a name differently in each source: "Prayut Chan-o-cha"
            found = byCompact.get(String.join("", words));
        }
        return found == null ? loosely(String.join(" ", words)) : found;
    }

    /** People whose listed name the written one matches as a transliteration (see {@link NameSkeleton}). */
    private List<Person> loosely(String key) {
        List<String> written = NameSkeleton.of(key);
        String ends = NameSkeleton.ends(written);
        if (ends == null) {
            return List.of();
        }
        List<Person> found = new ArrayList<>();
        for (Person p : bySkeleton.getOrDefault(ends, List.of())) {
            boolean fits = NameSkeleton.middleFits(written, NameSkeleton.of(NameKey.of(p.name())))
                    || p.aliases().stream().anyMatch(a -> NameSkeleton.middleFits(written, NameSkeleton.of(NameKey.of(a))));
            if (fits) {
                found.add(p);
            }
        }
        return List.copyOf(found);
    }

    /** All terms of a person, earliest first. */
    public List<Term> termsOf(String personId) {
        return byPerson.getOrDefault(personId, List.of());
    }

    /** The person's terms in any office that cover {@code date}, surely or possibly (see {@link Term#coverage}). */
    public List<Term> termsOn(String personId, LocalDate date) {
        return covering(termsOf(personId), date);
    }

    /** All terms of an office, earliest first. */
    public List<Term> termsIn(String officeId) {
        return byOffice.getOrDefault(officeId, List.of());
    }

    /** Terms of the office covering {@code date}: usually one holder; none in a vacancy or gap in the data. */
    public List<Term> holdersOn(String officeId, LocalDate date) {
        return covering(termsIn(officeId), date);
    }

    /**
     * Checks a title used of a person in an article dated {@code date}: "Vice President" for
     * "Joe Biden" on 2021-11-10 is NOT_HELD, suggesting "President" (held since 2021-01-20).
     */
    public TitleVerdict checkTitle(String nameAsWritten, String titleAsWritten, LocalDate date) {
        return checker.check(nameAsWritten, titleAsWritten, date);
    }

    /** The title vocabulary, for finding titles before names. */
    public TitleLexicon titles() {
        return titles;
    }

    /** Every title form (see {@link TitleLexicon#titleForms()}). */
    public Set<String> titleForms() {
        return titles.titleForms();
    }

    public Person person(String id) {
        return people.get(id);
    }

    public Office office(String id) {
        return offices.get(id);
    }

    public Jurisdiction jurisdiction(String id) {
        return jurisdictions.get(id);
    }

    public Collection<Person> people() {
        return people.values();
    }

    public Collection<Office> offices() {
        return offices.values();
    }

    public int termCount() {
        return termCount;
    }

    /** "US President", "UN Secretary-General": an office's preferred title with its jurisdiction. */
    public String qualifiedTitle(String officeId) {
        Office o = offices.get(officeId);
        Jurisdiction j = jurisdictions.get(o.jurisdictionId());
        return (j == null ? "" : j.preferredAdjective() + " ") + o.preferredTitle();
    }

    private static List<Term> covering(List<Term> terms, LocalDate date) {
        return terms.stream().filter(t -> t.coverage(date) != Coverage.NO).toList();
    }
}
