package factcheck.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import factcheck.core.article.LineMap;
import factcheck.core.findings.Finding;
import factcheck.core.findings.Fix;

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: one run whose driver lists every rule of the loaded
 * packs, one result per finding with a physical location (URI relative to the working directory,
 * region in lines, UTF-16 columns and character offsets), the rule's fixes as replacements, and a
 * fingerprint that survives edits elsewhere in the file. Files that could not be checked become
 * tool execution notifications.
 */
final class SarifReportWriter implements ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT = "factcheckFinding/v1";

    private final ReportContext context;
    private final SarifRules rules;
    private final ArrayNode results = ReportMapper.MAPPER.createArrayNode();
    private final ArrayNode notifications = ReportMapper.MAPPER.createArrayNode();

    SarifReportWriter(ReportContext context) {
        this.context = context;
        this.rules = new SarifRules(context.rules());
    }

    @Override
    public void file(FileReport report) {
        if (report.failed()) {
            ObjectNode n = notifications.addObject();
            n.put("level", "error");
            n.putObject("message").put("text", report.file() + ": " + report.error());
            n.putArray("locations").addObject().putObject("physicalLocation")
                    .putObject("artifactLocation").put("uri", report.uri());
            return;
        }
        LineMap lines = report.lineMap();
        String text = report.article().text();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : report.findings()) {
            results.add(result(report.uri(), f, lines, text, seen));
        }
    }

    private ObjectNode result(String uri, Finding f, LineMap lines, String text, Map<String, Integer> seen) {
        ObjectNode r = ReportMapper.MAPPER.createObjectNode();
        r.put("ruleId", f.ruleId());
        int index = rules.indexOf(f.packId(), f.ruleId());
        if (index >= 0) {
            r.put("ruleIndex", index);
        }
        r.put("level", SarifRules.level(f.severity()));
        r.putObject("message").put("text", f.message());
        ObjectNode location = r.putArray("locations").addObject().putObject("physicalLocation");
        location.putObject("artifactLocation").put("uri", uri);
        ObjectNode region = location.putObject("region");
        region.put("startLine", f.line());
        region.put("startColumn", f.column());
        region.put("endLine", lines.line(f.end()));
        region.put("endColumn", lines.column(f.end()));
        region.put("charOffset", f.start());
        region.put("charLength", f.end() - f.start());
        region.putObject("snippet").put("text", text.substring(f.start(), f.end()));
        if (!f.fixes().isEmpty()) {
            ArrayNode fixes = r.putArray("fixes");
            for (Fix fix : f.fixes()) {
                ObjectNode fn = fixes.addObject();
                fn.putObject("description").put("text", fix.label());
                ObjectNode change = fn.putArray("artifactChanges").addObject();
                change.putObject("artifactLocation").put("uri", uri);
                ObjectNode replacement = change.putArray("replacements").addObject();
                replacement.putObject("deletedRegion").put("charOffset", fix.start()).put("charLength",
                        fix.end() - fix.start());
                replacement.putObject("insertedContent").put("text", fix.replacement());
            }
        }
        r.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(f, text, seen));
        return r;
    }

    /**
     * Rule, flagged words and how many times the same pair came before in the file: stable while
     * other paragraphs are edited, unlike offsets or line numbers.
     */
    private static String fingerprint(Finding f, String text, Map<String, Integer> seen) {
        String basis = f.ruleId() + '\u0000' + text.substring(f.start(), f.end());
        int occurrence = seen.merge(basis, 1, Integer::sum);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((basis + '\u0000' + occurrence).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @Override
    public void finish() throws IOException {
        ObjectNode log = ReportMapper.MAPPER.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", context.toolName());
        driver.put("version", context.toolVersion());
        if (context.informationUri() != null) {
            driver.put("informationUri", context.informationUri());
        }
        driver.set("rules", rules.descriptors());
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", notifications.isEmpty());
        if (!notifications.isEmpty()) {
            invocation.set("toolExecutionNotifications", notifications);
        }
        run.put("columnKind", "utf16CodeUnits");
        run.set("results", results);
        ReportMapper.MAPPER.writer().withDefaultPrettyPrinter()
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(context.out(), log);
        context.out().println();
        context.out().flush();
    }
}
