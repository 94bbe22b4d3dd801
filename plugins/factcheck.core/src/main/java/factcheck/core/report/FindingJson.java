package factcheck.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import factcheck.core.article.LineMap;
import factcheck.core.findings.Finding;
import factcheck.core.findings.Fix;
import factcheck.core.findings.Related;

/**
 * A finding as a JSON object: {@code rule, pack, category, severity, message, start, end, line,
 * column, endLine, endColumn, fixes}, and {@code related} places when there are any. Offsets are UTF-16 code units of the decoded text; lines and
 * columns are 1-based and {@code endColumn} is the column just after the last flagged character.
 */
final class FindingJson {

    private FindingJson() {
    }

    static ObjectNode of(Finding f, LineMap lines) {
        ObjectNode node = ReportMapper.MAPPER.createObjectNode();
        node.put("rule", f.ruleId());
        node.put("pack", f.packId());
        node.put("category", f.category().id());
        node.put("severity", f.severity().id());
        node.put("message", f.message());
        node.put("start", f.start());
        node.put("end", f.end());
        node.put("line", f.line());
        node.put("column", f.column());
        node.put("endLine", lines.line(f.end()));
        node.put("endColumn", lines.column(f.end()));
        ArrayNode fixes = node.putArray("fixes");
        for (Fix fix : f.fixes()) {
            ObjectNode fn = fixes.addObject();
            fn.put("label", fix.label());
            fn.put("start", fix.start());
            fn.put("end", fix.end());
            fn.put("replacement", fix.replacement());
        }
        if (!f.related().isEmpty()) {
            ArrayNode related = node.putArray("related");
            for (Related r : f.related()) {
                ObjectNode rn = related.addObject();
                rn.put("label", r.label());
                rn.put("start", r.start());
                rn.put("end", r.end());
                rn.put("line", lines.line(r.start()));
                rn.put("column", lines.column(r.start()));
            }
        }
        return node;
    }
}
