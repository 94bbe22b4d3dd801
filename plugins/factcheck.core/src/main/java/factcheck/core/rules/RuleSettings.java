package factcheck.core.rules;

import java.util.Map;
import java.util.Set;

import factcheck.core.findings.Severity;

/**
 * What the user changed about the packs: rules switched off and severity overrides, from
 * preferences, project settings or the command line.
 *
 * @param disabled   ids of rules that must not report
 * @param severities severity overrides by rule id
 */
public record RuleSettings(Set<String> disabled, Map<String, Severity> severities) {

    public static final RuleSettings DEFAULTS = new RuleSettings(Set.of(), Map.of());

    public RuleSettings {
        disabled = Set.copyOf(disabled);
        severities = Map.copyOf(severities);
    }

    public boolean enabled(String ruleId) {
        return !disabled.contains(ruleId);
    }

    public Severity severity(String ruleId, Severity fallback) {
        return severities.getOrDefault(ruleId, fallback);
    }
}
