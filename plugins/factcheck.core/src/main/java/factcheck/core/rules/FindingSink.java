package factcheck.core.rules;

import java.util.ArrayList;
import java.util.List;

import org.kie.api.runtime.rule.RuleContext;

import factcheck.core.article.LineMap;
import factcheck.core.findings.Finding;
import factcheck.core.findings.Fix;
import factcheck.core.findings.Severity;

/**
 * The global {@code findings} through which rules report. The rule's name is its id; category and
 * default severity come from the rule's metadata, so DRL only says where and what.
 */
public final class FindingSink {

    private final RulePack pack;
    private final RuleSettings settings;
    private final LineMap lines;
    private final int textLength;
    private final List<Finding> findings = new ArrayList<>();
    private final List<RuleProblem> problems = new ArrayList<>();

    FindingSink(RulePack pack, RuleSettings settings, LineMap lines, int textLength) {
        this.pack = pack;
        this.settings = settings;
        this.lines = lines;
        this.textLength = textLength;
    }

    /** Reports a finding on [start, end) of the article text. */
    public void report(RuleContext drools, int start, int end, String message) {
        add(drools.getRule().getName(), start, end, message, List.of());
    }

    /** Reports a finding with one proposed replacement of [fixStart, fixEnd). */
    public void report(RuleContext drools, int start, int end, String message, String fixLabel, int fixStart,
            int fixEnd, String replacement) {
        add(drools.getRule().getName(), start, end, message,
                List.of(new Fix(fixLabel, fixStart, fixEnd, replacement)));
    }

    private void add(String ruleId, int start, int end, String message, List<Fix> fixes) {
        RuleMetadata meta = pack.rules().get(ruleId);
        if (meta == null) {
            problems.add(new RuleProblem(pack.id(), ruleId, "rule reported a finding but has no metadata"));
            return;
        }
        if (start < 0 || end < start || end > textLength) {
            problems.add(new RuleProblem(pack.id(), ruleId,
                    "rule reported offsets [" + start + ", " + end + ") outside the text"));
            return;
        }
        if (!settings.enabled(ruleId)) {
            return;
        }
        Severity severity = settings.severity(ruleId, meta.severity());
        findings.add(new Finding(ruleId, pack.id(), meta.category(), severity, message, start, end, lines.line(start),
                lines.column(start), fixes));
    }

    List<Finding> findings() {
        return findings;
    }

    List<RuleProblem> problems() {
        return problems;
    }
}
