package factcheck.core.kb;

import factcheck.core.yaml.PlainYaml;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one knowledge-base YAML file into {@link KbContent}. Strict on purpose: an unknown key is
 * reported rather than ignored, since a misspelt "end" would otherwise leave a term silently open.
 * The format is documented in rules/pack/data/kb/README.md.
 */
final class KbFileParser {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Set<String> FILE_KEYS = Set.of("as-of", "source", "note", "jurisdictions", "offices", "people");
    private static final Set<String> JURISDICTION_KEYS = Set.of("id", "name", "names", "adjectives", "note");
    private static final Set<String> OFFICE_KEYS = Set.of("id", "jurisdiction", "titles", "forms",
            "holders-complete-from", "per-person-complete", "history-from", "note", "source", "terms");
    private static final Set<String> PERSON_KEYS = Set.of("id", "name", "aliases", "born", "note", "source");
    private static final Set<String> TERM_KEYS = Set.of("person", "start", "end", "expected-end", "as-of", "source",
            "note", "uncertain", "acting", "party", "state", "district");
    private static final List<String> DETAIL_KEYS = List.of("party", "state", "district");

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final KbContent content;
    private final String file;
    private LocalDate asOf;
    private String fileSource;

    KbFileParser(KbContent content, String file) {
        this.content = content;
        this.file = file;
    }

    void parse(byte[] bytes) {
        Object root;
        try {
            // Generated files are JSON (a subset of YAML, one entry a line): Jackson reads thousands
            // of terms in a fraction of the time SnakeYAML takes in a fresh JVM.
            root = file.endsWith(".json") ? JSON.readValue(bytes, Object.class)
                    : PlainYaml.create().load(new ByteArrayInputStream(bytes));
        } catch (YAMLException | java.io.IOException e) {
            content.problem(file, file.endsWith(".json") ? "JSON" : "YAML", e.getMessage().replace('\n', ' '));
            return;
        }
        if (root == null) {
            return;
        }
        if (!(root instanceof Map<?, ?> map)) {
            content.problem(file, "top level", "expected a mapping with offices/people/jurisdictions");
            return;
        }
        Map<String, Object> top = fields(map, FILE_KEYS, "top level");
        asOf = date(top.get("as-of"), "top level", "as-of");
        fileSource = text(top.get("source"));
        for (Map<String, Object> j : entries(top.get("jurisdictions"), "jurisdictions", JURISDICTION_KEYS)) {
            jurisdiction(j);
        }
        for (Map<String, Object> p : entries(top.get("people"), "people", PERSON_KEYS)) {
            person(p);
        }
        for (Map<String, Object> o : entries(top.get("offices"), "offices", OFFICE_KEYS)) {
            office(o);
        }
    }

    private void jurisdiction(Map<String, Object> j) {
        String id = id(j.get("id"), "jurisdiction");
        if (id == null) {
            return;
        }
        String entry = "jurisdiction " + id;
        String name = required(j.get("name"), entry, "name");
        Jurisdiction previous = content.jurisdictions.putIfAbsent(id,
                new Jurisdiction(id, name == null ? id : name, texts(j.get("names")), texts(j.get("adjectives")), file));
        if (previous != null) {
            content.problem(file, entry, "already defined in " + previous.file());
        }
    }

    private void person(Map<String, Object> p) {
        String id = id(p.get("id"), "person");
        if (id == null) {
            return;
        }
        String entry = "person " + id;
        String name = required(p.get("name"), entry, "name");
        Person person = new Person(id, name == null ? id : name, texts(p.get("aliases")), text(p.get("born")),
                text(p.get("note")), file);
        Person previous = content.people.putIfAbsent(id, person);
        if (previous != null) {
            content.problem(file, entry, "already defined in " + previous.file());
        }
    }

    private void office(Map<String, Object> o) {
        String id = id(o.get("id"), "office");
        if (id == null) {
            return;
        }
        String entry = "office " + id;
        String jurisdiction = required(o.get("jurisdiction"), entry, "jurisdiction");
        List<String> titles = texts(o.get("titles"));
        List<String> forms = texts(o.get("forms"));
        if (titles.isEmpty() && forms.isEmpty()) {
            content.problem(file, entry, "needs at least one of titles or forms");
            forms = List.of(id);
        }
        Office office = new Office(id, jurisdiction, titles, forms,
                date(o.get("holders-complete-from"), entry, "holders-complete-from"),
                flag(o.get("per-person-complete"), entry, "per-person-complete"),
                date(o.get("history-from"), entry, "history-from"), text(o.get("note")), file);
        Office previous = content.offices.putIfAbsent(id, office);
        if (previous != null) {
            content.problem(file, entry, "already defined in " + previous.file());
            return;
        }
        String officeSource = text(o.get("source"));
        List<Map<String, Object>> terms = entries(o.get("terms"), entry + " terms", TERM_KEYS);
        for (int i = 0; i < terms.size(); i++) {
            term(terms.get(i), id, officeSource, entry + ", term " + (i + 1));
        }
    }

    private void term(Map<String, Object> t, String officeId, String officeSource, String entry) {
        String person = text(t.get("person"));
        if (person != null) {
            entry += " (" + person + ")";
        }
        required(person, entry, "person");
        KbDate start = kbDate(t.get("start"), entry, "start");
        KbDate end = kbDate(t.get("end"), entry, "end");
        LocalDate expectedEnd = date(t.get("expected-end"), entry, "expected-end");
        if (start == null) {
            content.problem(file, entry, "missing start");
        }
        if (start != null && end != null && end.last().isBefore(start.first())) {
            content.problem(file, entry, "end " + end + " is before start " + start);
        }
        if (end != null && expectedEnd != null) {
            content.problem(file, entry, "expected-end is only for open terms (this one has an end)");
        }
        if (end == null && asOf == null) {
            content.problem(file, entry, "an open term needs the file's as-of date");
        }
        // a source that vouches for an open term only until some earlier day (a listing not
        // updated since the term's scheduled end) gives the term its own as-of
        LocalDate termAsOf = date(t.get("as-of"), entry, "as-of");
        if (termAsOf != null && end != null) {
            content.problem(file, entry, "as-of is only for open terms (this one has an end)");
        }
        if (termAsOf != null && asOf != null && termAsOf.isAfter(asOf)) {
            content.problem(file, entry, "as-of " + termAsOf + " is after the file's as-of " + asOf);
        }
        String source = firstOf(text(t.get("source")), officeSource, fileSource);
        if (source == null) {
            content.problem(file, entry, "no source (give one on the term, its office or the file)");
        }
        Map<String, String> details = new LinkedHashMap<>();
        for (String key : DETAIL_KEYS) {
            if (t.get(key) != null) {
                details.put(key, text(t.get(key)));
            }
        }
        if (person != null && start != null) {
            content.terms.add(new Term(person, officeId, start, end, expectedEnd, termAsOf != null ? termAsOf : asOf,
                    source, text(t.get("note")),
                    flag(t.get("uncertain"), entry, "uncertain"), flag(t.get("acting"), entry, "acting"), details,
                    file + ": " + entry));
        }
    }

    private Map<String, Object> fields(Map<?, ?> map, Set<String> allowed, String entry) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (var e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!allowed.contains(key)) {
                content.problem(file, entry, "unknown key '" + key + "' (allowed: " + String.join(", ",
                        allowed.stream().sorted().toList()) + ")");
            }
            result.put(key, e.getValue());
        }
        return result;
    }

    private List<Map<String, Object>> entries(Object value, String entry, Set<String> allowed) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            content.problem(file, entry, "expected a list");
            return List.of();
        }
        List<Map<String, Object>> result = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> map) {
                Object id = map.containsKey("id") ? map.get("id") : map.get("person");
                result.add(fields(map, allowed, entry + " #" + (i + 1) + (id == null ? "" : " (" + id + ")")));
            } else {
                content.problem(file, entry + " #" + (i + 1), "expected a mapping, found '" + list.get(i) + "'");
            }
        }
        return result;
    }

    private String id(Object value, String kind) {
        String id = text(value);
        if (id == null || !ID.matcher(id).matches()) {
            content.problem(file, kind + " '" + id + "'", "id must be lower-case letters, digits, '.' and '-'");
            return null;
        }
        return id;
    }

    private String required(Object value, String entry, String key) {
        String text = text(value);
        if (text == null || text.isBlank()) {
            content.problem(file, entry, "missing " + key);
            return null;
        }
        return text;
    }

    private KbDate kbDate(Object value, String entry, String key) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return KbDate.parse(text);
        } catch (IllegalArgumentException e) {
            content.problem(file, entry, key + ": " + e.getMessage());
            return null;
        }
    }

    private LocalDate date(Object value, String entry, String key) {
        KbDate d = kbDate(value, entry, key);
        if (d != null && !d.exact()) {
            content.problem(file, entry, key + " must be a full date YYYY-MM-DD");
        }
        return d == null ? null : d.first();
    }

    private boolean flag(Object value, String entry, String key) {
        String text = text(value);
        if (text == null || text.equals("false")) {
            return false;
        }
        if (!text.equals("true")) {
            content.problem(file, entry, key + " must be true or false, not '" + text + "'");
        }
        return true;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value).strip();
    }

    private List<String> texts(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::strip).toList();
        }
        return List.of(String.valueOf(value).strip());
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
