package factcheck.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

import factcheck.core.findings.Severity;

/** Reading the client's settings: rules on, off and re-levelled, bad values reported, merging. */
class ServerSettingsTest {

    @Test
    void rulesPacksAndDatelineAreRead() {
        ServerSettings s = ServerSettings.of(JsonParser.parseString("""
                {"factcheck": {"rules": {"claim.causal": "off", "date.relative-day": "Warning", "quote.unbalanced": "on"},
                 "rulePacks": ["/packs/harbour"], "dateline": "2019-06-30", "trustWorkspaceRules": true,
                 "verifiedClaims": "hide", "debounceMs": 80}}"""));
        assertFalse(s.rules().enabled("claim.causal"));
        assertTrue(s.rules().enabled("quote.unbalanced"));
        assertEquals(Severity.WARNING, s.rules().severity("date.relative-day", Severity.INFO));
        assertEquals(List.of("/packs/harbour"), s.rulePacks());
        assertEquals(LocalDate.of(2019, 6, 30), s.dateline());
        assertTrue(s.trustWorkspaceRules());
        assertEquals(ServerSettings.VerifiedClaims.HIDE, s.verifiedClaims());
        assertEquals(80, s.debounceMs());
        assertTrue(s.problems().isEmpty(), s.problems().toString());
    }

    @Test
    void badValuesKeepTheirDefaultsAndAreReported() {
        ServerSettings s = ServerSettings.of(JsonParser.parseString(
                "{\"rules\": {\"claim.causal\": \"loud\"}, \"dateline\": \"30/06/2019\", \"verifiedClaims\": \"bury\"}"));
        assertEquals(3, s.problems().size(), s.problems().toString());
        assertEquals(null, s.dateline());
        assertEquals(ServerSettings.VerifiedClaims.LOWER, s.verifiedClaims());
        assertFalse(s.trustWorkspaceRules(), "trust is never assumed");
    }

    @Test
    void anEmptyConfigurationKeepsTheInitializationOptions() {
        ServerSettings s = ServerSettings.of(JsonParser.parseString("{\"trustWorkspaceRules\": true}"),
                JsonParser.parseString("{}"));
        assertTrue(s.trustWorkspaceRules());
        ServerSettings over = ServerSettings.of(JsonParser.parseString("{\"trustWorkspaceRules\": true}"),
                JsonParser.parseString("{\"factcheck\": {\"trustWorkspaceRules\": false}}"));
        assertFalse(over.trustWorkspaceRules());
    }
}
