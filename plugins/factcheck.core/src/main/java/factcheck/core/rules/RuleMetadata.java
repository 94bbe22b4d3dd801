package factcheck.core.rules;

import java.util.List;

import factcheck.core.findings.Category;
import factcheck.core.findings.Severity;

/**
 * What a rule is, beside its DRL: read from the YAML file of the same name.
 *
 * @param id          the rule id; the DRL rule of the same name reports under it
 * @param category    finding category
 * @param severity    default severity
 * @param title       a short title
 * @param description what it flags
 * @param rationale   why editors care (a style-guide reference or link)
 * @param examples    texts that must and must not trigger it
 */
public record RuleMetadata(String id, Category category, Severity severity, String title, String description,
        String rationale, List<RuleExample> examples) {

    public RuleMetadata {
        examples = examples == null ? List.of() : List.copyOf(examples);
    }
}
