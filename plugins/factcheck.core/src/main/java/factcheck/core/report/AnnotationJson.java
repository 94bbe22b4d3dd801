package factcheck.core.report;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import factcheck.core.annotation.Annotation;
import factcheck.core.article.LineMap;

/**
 * Writes an annotation as JSON without knowing its class: the stable fields {@code type},
 * {@code start}, {@code end}, {@code line}, {@code column}, {@code text} first, then whatever else
 * the annotation record holds (nested {@code TextRef}s become {start, end, text} objects), nulls
 * omitted. New annotation kinds thus appear in the output without changes here.
 */
final class AnnotationJson {

    private AnnotationJson() {
    }

    static ObjectNode of(Annotation annotation, LineMap lines) {
        ObjectNode node = ReportMapper.MAPPER.createObjectNode();
        node.put("type", annotation.type());
        node.put("start", annotation.start());
        node.put("end", annotation.end());
        node.put("line", lines.line(annotation.start()));
        node.put("column", lines.column(annotation.start()));
        node.put("text", annotation.text());
        JsonNode all;
        try {
            all = ReportMapper.withoutNulls(ReportMapper.MAPPER.valueToTree(annotation));
        } catch (IllegalArgumentException e) {
            // A component Jackson cannot write: keep the stable fields rather than lose the file.
            return node;
        }
        if (all instanceof ObjectNode fields) {
            for (Map.Entry<String, JsonNode> field : fields.properties()) {
                if (!node.has(field.getKey())) {
                    node.set(field.getKey(), field.getValue());
                }
            }
        }
        return node;
    }
}
