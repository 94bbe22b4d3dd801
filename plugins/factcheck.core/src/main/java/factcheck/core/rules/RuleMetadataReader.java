package factcheck.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import factcheck.core.findings.Category;
import factcheck.core.findings.Severity;

/**
 * Turns one rule's metadata, as {@link factcheck.core.yaml.PlainYaml} reads it (maps, lists and
 * strings), into a {@link RuleMetadata}. Written out rather than left to a data-binding library:
 * binding costs a fresh process about a fifth of a second of class loading and introspection
 * before the first article, for seven fields. Unknown keys are ignored, as before.
 */
final class RuleMetadataReader {

    private RuleMetadataReader() {
    }

    /**
     * @throws IllegalArgumentException naming the field that cannot be read
     */
    static RuleMetadata read(Object entry) {
        Map<?, ?> map = map(entry, "a rule's metadata");
        String category = text(map, "category");
        String severity = text(map, "severity");
        return new RuleMetadata(text(map, "id"),
                category == null ? null : Category.parse(category),
                severity == null ? null : Severity.parse(severity),
                text(map, "title"), text(map, "description"), text(map, "rationale"), examples(map.get("examples")));
    }

    private static List<RuleExample> examples(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("examples: expected a list");
        }
        List<RuleExample> examples = new ArrayList<>();
        for (Object item : list) {
            Map<?, ?> example = map(item, "examples: each example");
            examples.add(new RuleExample(text(example, "text"), text(example, "dateline"),
                    flag(example, "triggers"), text(example, "match")));
        }
        return examples;
    }

    private static Map<?, ?> map(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException(what + " must be a mapping of keys to values");
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new IllegalArgumentException(key + ": expected text, found a " + (value instanceof List ? "list" : "mapping"));
    }

    /** YAML's spellings of a boolean that our files use; missing means false. */
    private static boolean flag(Map<?, ?> map, String key) {
        String value = text(map, key);
        if (value == null) {
            return false;
        }
        return switch (value.trim()) {
            case "true", "True", "TRUE" -> true;
            case "false", "False", "FALSE" -> false;
            default -> throw new IllegalArgumentException(key + ": expected true or false, found '" + value + "'");
        };
    }
}
