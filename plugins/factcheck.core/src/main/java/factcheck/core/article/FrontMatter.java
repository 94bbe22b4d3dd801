package factcheck.core.article;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

import factcheck.core.yaml.PlainYaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads Markdown front matter with SnakeYAML, keeping scalars as text (see {@link PlainYaml}). */
final class FrontMatter {

    private FrontMatter() {
    }

    static Map<String, Object> read(String yaml, int offset) throws ArticleFormatException {
        Yaml parser = PlainYaml.create();
        try {
            Object loaded = parser.load(yaml);
            if (loaded == null) {
                return Map.of();
            }
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new ArticleFormatException("front matter is not a mapping of keys to values", offset);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), v));
            return result;
        } catch (MarkedYAMLException e) {
            int at = offset + (e.getProblemMark() == null ? 0 : e.getProblemMark().getIndex());
            throw new ArticleFormatException("front matter is not valid YAML: " + e.getProblem(), at);
        } catch (YAMLException e) {
            throw new ArticleFormatException("front matter is not valid YAML: " + e.getMessage(), offset);
        }
    }

    /** Where a top-level key's scalar value stands in the text, for exact spans. */
    static Span valueSpan(String text, int from, int to, String key, String value) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "[ \\t]*:[ \\t]*").matcher(text);
        m.region(from, to);
        if (!m.find()) {
            return null;
        }
        int idx = text.indexOf(value, m.end());
        if (idx < 0 || idx >= to) {
            return null;
        }
        return new Span(idx, idx + value.length());
    }
}
