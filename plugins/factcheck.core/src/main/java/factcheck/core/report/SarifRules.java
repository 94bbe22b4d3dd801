package factcheck.core.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import factcheck.core.findings.Severity;
import factcheck.core.rules.RuleExample;
import factcheck.core.rules.RuleMetadata;

/**
 * The SARIF {@code tool.driver.rules} array (one reporting descriptor per rule of the loaded packs)
 * and the index of each rule in it, which results quote as {@code ruleIndex}.
 */
final class SarifRules {

    private final ArrayNode descriptors = ReportMapper.MAPPER.createArrayNode();
    private final Map<String, Integer> index = new HashMap<>();

    SarifRules(List<RuleInfo> rules) {
        for (RuleInfo rule : rules) {
            index.putIfAbsent(key(rule.packId(), rule.id()), descriptors.size());
            descriptors.add(descriptor(rule));
        }
    }

    ArrayNode descriptors() {
        return descriptors;
    }

    /** The rule's index in {@link #descriptors()}, or -1 when it is not there. */
    int indexOf(String packId, String ruleId) {
        return index.getOrDefault(key(packId, ruleId), -1);
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String key(String packId, String ruleId) {
        return packId + '\u0000' + ruleId;
    }

    private static ObjectNode descriptor(RuleInfo rule) {
        RuleMetadata m = rule.metadata();
        String title = orElse(m.title(), m.id());
        String description = orElse(m.description(), title).strip();
        ObjectNode node = ReportMapper.MAPPER.createObjectNode();
        node.put("id", m.id());
        node.put("name", friendlyName(m.id()));
        node.putObject("shortDescription").put("text", title);
        node.putObject("fullDescription").put("text", description);
        ObjectNode help = node.putObject("help");
        help.put("text", helpText(m, description));
        help.put("markdown", helpMarkdown(m, title, description));
        node.putObject("defaultConfiguration").put("level", level(m.severity()));
        ObjectNode properties = node.putObject("properties");
        properties.putArray("tags").add(m.category().id());
        properties.put("pack", rule.packId());
        return node;
    }

    /** {@code attribution.vague-source} becomes {@code AttributionVagueSource}, the style SARIF names use. */
    static String friendlyName(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.isEmpty() ? id : sb.toString();
    }

    private static String helpText(RuleMetadata m, String description) {
        String rationale = orElse(m.rationale(), "").strip();
        return rationale.isEmpty() ? description : description + "\n\n" + rationale;
    }

    private static String helpMarkdown(RuleMetadata m, String title, String description) {
        StringBuilder md = new StringBuilder("**").append(title).append("**\n\n").append(description);
        String rationale = orElse(m.rationale(), "").strip();
        if (!rationale.isEmpty()) {
            md.append("\n\n*Why:* ").append(rationale);
        }
        if (!m.examples().isEmpty()) {
            md.append("\n\nExamples:\n");
            for (RuleExample e : m.examples()) {
                md.append("\n- ").append(e.triggers() ? "flagged: " : "not flagged: ")
                        .append(orElse(e.text(), "").strip().replace("\n", " "));
            }
        }
        return md.toString();
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
