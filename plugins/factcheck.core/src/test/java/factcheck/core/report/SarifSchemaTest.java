package factcheck.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import factcheck.core.cli.CommandRunner;

/**
 * {@code --format sarif} validates against the SARIF 2.1.0 schema (src/test/resources/sarif, see
 * its README) and carries what GitHub code scanning uses: rules, levels, regions, fixes, URIs.
 */
class SarifSchemaTest {

    private static Schema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }

    private JsonNode sarif(String... args) throws IOException {
        CommandRunner cli = new CommandRunner(dir);
        cli.write("news/crlf.article", "date 2024-02-01 Zürich\r\n\r\nIn Zürich 😀 the mayor allegedly took a very"
                + " large sum.\r\nEconomists say the clerk allegedly knew.\r\n");
        cli.write("news/clean.txt", "date 2024-03-07 Council\n\nThe council met in the town hall.\n");
        cli.write("news/bad.txt", new byte[] {'x', 0});
        CommandRunner.Run run = cli.runWithWords(args);
        JsonNode log = new ObjectMapper().readTree(run.out());
        List<Error> errors = schema.validate(log);
        assertTrue(errors.isEmpty(), () -> "SARIF schema violations: " + errors + "\n" + run.out());
        return log;
    }

    @Test
    void outputIsValidSarifWithRulesLevelsRegionsAndFixes() throws IOException {
        JsonNode log = sarif("--format", "sarif", "news");
        assertEquals("2.1.0", log.get("version").asText());
        assertTrue(log.get("$schema").asText().startsWith("https://"));
        JsonNode run = log.get("runs").get(0);
        assertEquals("utf16CodeUnits", run.get("columnKind").asText());
        JsonNode driver = run.get("tool").get("driver");
        assertEquals("factcheck", driver.get("name").asText());
        assertFalse(driver.get("version").asText().isEmpty());
        JsonNode rules = driver.get("rules");
        for (JsonNode rule : rules) {
            for (String field : List.of("id", "name", "shortDescription", "fullDescription", "help",
                    "defaultConfiguration")) {
                assertTrue(rule.has(field), field + " missing in " + rule);
            }
        }
        JsonNode results = run.get("results");
        assertTrue(results.size() >= 4, results.toString());
        for (JsonNode r : results) {
            JsonNode rule = rules.get(r.get("ruleIndex").asInt());
            assertEquals(r.get("ruleId").asText(), rule.get("id").asText());
            JsonNode loc = r.get("locations").get(0).get("physicalLocation");
            assertEquals("news/crlf.article", loc.get("artifactLocation").get("uri").asText());
            assertTrue(r.get("partialFingerprints").has("factcheckFinding/v1"));
        }
        JsonNode hedge = results.get(0);
        assertEquals("test.allegedly", hedge.get("ruleId").asText());
        assertEquals("error", hedge.get("level").asText());
        JsonNode region = hedge.get("locations").get(0).get("physicalLocation").get("region");
        assertEquals(3, region.get("startLine").asInt());
        assertEquals(24, region.get("startColumn").asInt());
        assertEquals(33, region.get("endColumn").asInt());
        assertEquals(9, region.get("charLength").asInt());
        assertEquals("allegedly", region.get("snippet").get("text").asText());
        JsonNode replacement = hedge.get("fixes").get(0).get("artifactChanges").get(0).get("replacements").get(0);
        assertEquals(region.get("charOffset").asInt(), replacement.get("deletedRegion").get("charOffset").asInt());
        assertEquals(9, replacement.get("deletedRegion").get("charLength").asInt());
        assertEquals("", replacement.get("insertedContent").get("text").asText());
        assertTrue(results.findValuesAsText("level").contains("note"), "info findings are SARIF notes");
        JsonNode invocation = run.get("invocations").get(0);
        assertFalse(invocation.get("executionSuccessful").asBoolean());
        assertTrue(invocation.get("toolExecutionNotifications").get(0).get("message").get("text").asText()
                .startsWith("news/bad.txt: binary data"));
    }

    @Test
    void fingerprintsSurviveEditsElsewhereAndDifferForRepeats() throws IOException {
        JsonNode results = sarif("--no-default-rules", "--format", "sarif", "news").get("runs").get(0).get("results");
        String first = results.get(0).get("partialFingerprints").get("factcheckFinding/v1").asText();
        String repeat = results.get(2).get("partialFingerprints").get("factcheckFinding/v1").asText();
        assertEquals("test.allegedly", results.get(2).get("ruleId").asText());
        assertFalse(first.equals(repeat));
    }

    @Test
    void theSchemaDoesRejectBrokenLogs() throws IOException {
        JsonNode broken = new ObjectMapper().readTree("{\"version\": \"2.0.0\", \"runs\": [{\"results\": []}]}");
        assertFalse(schema.validate(broken).isEmpty(), "validation must not pass vacuously");
    }

    @Test
    void emptyRunIsValidToo() throws IOException {
        JsonNode log = sarif("--format", "sarif", "--min-severity", "error", "--disable", "test.allegedly", "news/clean.txt");
        assertEquals(0, log.get("runs").get(0).get("results").size());
    }
}
