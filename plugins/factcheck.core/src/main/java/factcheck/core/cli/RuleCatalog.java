package factcheck.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import factcheck.core.report.RuleInfo;
import factcheck.core.rules.RuleExample;
import factcheck.core.rules.RuleMetadata;
import factcheck.core.rules.RulePack;
import factcheck.core.rules.RuleSettings;

/** The rules of the loaded packs, for {@code --list-rules}, {@code --explain} and the reports. */
final class RuleCatalog {

    private final List<RulePack> packs;
    private final List<RuleInfo> rules = new ArrayList<>();

    RuleCatalog(List<RulePack> packs) {
        this.packs = List.copyOf(packs);
        for (RulePack pack : packs) {
            pack.rules().values().stream().sorted(Comparator.comparing(RuleMetadata::id))
                    .forEach(m -> rules.add(new RuleInfo(pack.id(), pack.version(), m)));
        }
    }

    /** Every rule, in pack order then by id. */
    List<RuleInfo> rules() {
        return List.copyOf(rules);
    }

    Optional<RuleInfo> find(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** One line per rule: id, effective severity, category, pack, title. */
    void list(PrintStream out, RuleSettings settings) {
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(10);
        for (RuleInfo r : rules) {
            RuleMetadata m = r.metadata();
            String severity = settings.enabled(m.id()) ? settings.severity(m.id(), m.severity()).id() : "off";
            out.printf("%-" + width + "s  %-7s  %-11s  %s  (%s)%n", m.id(), severity, m.category().id(),
                    text(m.title(), ""), r.packId());
        }
        out.flush();
    }

    /** The same list as a JSON array, for {@code --list-rules --format json}. */
    void listJson(PrintStream out, RuleSettings settings) throws IOException {
        JsonMapper mapper = new JsonMapper();
        ArrayNode array = mapper.createArrayNode();
        for (RuleInfo r : rules) {
            RuleMetadata m = r.metadata();
            ObjectNode node = array.addObject();
            node.put("id", m.id());
            node.put("pack", r.packId());
            node.put("category", m.category().id());
            node.put("severity", settings.severity(m.id(), m.severity()).id());
            node.put("defaultSeverity", m.severity().id());
            node.put("enabled", settings.enabled(m.id()));
            node.put("title", m.title());
            node.put("description", m.description());
        }
        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        out.flush();
    }

    /** Metadata, rationale and examples of one rule, for {@code --explain}. */
    void explain(RuleInfo r, PrintStream out, RuleSettings settings) {
        RuleMetadata m = r.metadata();
        RulePack pack = packs.stream().filter(p -> p.id().equals(r.packId())).findFirst().orElseThrow();
        out.println(m.id() + ": " + text(m.title(), "(no title)"));
        out.println("  pack:     " + pack.id() + " " + pack.version() + " (" + pack.location() + ")");
        out.println("  category: " + m.category().id());
        var effective = settings.severity(m.id(), m.severity());
        out.println("  severity: " + effective.id() + (effective != m.severity() ? " (default " + m.severity().id()
                + ")" : "") + (settings.enabled(m.id()) ? "" : ", disabled"));
        paragraph(out, "What it flags", m.description());
        paragraph(out, "Why", m.rationale());
        if (!m.examples().isEmpty()) {
            out.println();
            out.println("Examples:");
            for (RuleExample e : m.examples()) {
                StringBuilder head = new StringBuilder(e.triggers() ? "  flagged" : "  not flagged");
                if (e.triggers() && e.match() != null) {
                    head.append(" (\"").append(e.match()).append("\")");
                }
                if (e.dateline() != null) {
                    head.append(", dateline ").append(e.dateline());
                }
                out.println(head.append(':'));
                text(e.text(), "").strip().lines().forEach(l -> out.println("    " + l));
            }
        }
        out.flush();
    }

    private static void paragraph(PrintStream out, String heading, String body) {
        if (body != null && !body.isBlank()) {
            out.println();
            out.println(heading + ":");
            out.println("  " + body.strip().replaceAll("\\s*\\n\\s*", " "));
        }
    }

    private static String text(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
