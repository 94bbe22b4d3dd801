package factcheck.core.rules;

import java.util.ArrayList;
import java.util.List;

import org.kie.api.runtime.rule.RuleContext;

import factcheck.core.article.LineMap;
import factcheck.core.findings.Finding;
import factcheck.core.findings.Fix;
import factcheck.core.findings.Related;
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

    /** Reports a finding on [start, end) of the article text, at the rule's default severity. */
    public void report(RuleContext drools, int start, int end, String message) {
        add(drools.getRule().getName(), null, start, end, message, new Object[0]);
    }

    /**
     * Reports a finding with evidence: each extra is a {@link Fix} (see {@link #fix}) or a
     * {@link Related} place (see {@link #related}).
     */
    public void report(RuleContext drools, int start, int end, String message, Object... extras) {
        add(drools.getRule().getName(), null, start, end, message, extras);
    }

    /**
     * Reports at a severity the rule chooses ("error", "warning", "info"), e.g. by a claim's
     * check-worthiness; the user's severity override for the rule still wins.
     */
    public void reportAs(RuleContext drools, String severity, int start, int end, String message, Object... extras) {
        add(drools.getRule().getName(), Severity.parse(severity), start, end, message, extras);
    }

    /** Reports a finding with one proposed replacement of [fixStart, fixEnd). */
    public void report(RuleContext drools, int start, int end, String message, String fixLabel, int fixStart,
            int fixEnd, String replacement) {
        add(drools.getRule().getName(), null, start, end, message,
                new Object[] {new Fix(fixLabel, fixStart, fixEnd, replacement)});
    }

    /** A replacement of [start, end) with {@code replacement}, to pass to {@code report}. */
    public Fix fix(String label, int start, int end, String replacement) {
        return new Fix(label, start, end, replacement);
    }

    /** A related place, to pass to {@code report}. */
    public Related related(String label, int start, int end) {
        return new Related(label, start, end);
    }

    private void add(String ruleId, Severity chosen, int start, int end, String message, Object[] extras) {
        RuleMetadata meta = pack.rules().get(ruleId);
        if (meta == null) {
            problems.add(new RuleProblem(pack.id(), ruleId, "rule reported a finding but has no metadata"));
            return;
        }
        if (!inText(start, end)) {
            problems.add(new RuleProblem(pack.id(), ruleId,
                    "rule reported offsets [" + start + ", " + end + ") outside the text"));
            return;
        }
        List<Fix> fixes = new ArrayList<>();
        List<Related> related = new ArrayList<>();
        for (Object extra : extras) {
            if (extra instanceof Fix f && inText(f.start(), f.end())) {
                fixes.add(f);
            } else if (extra instanceof Related r && inText(r.start(), r.end())) {
                related.add(r);
            } else if (extra != null) {
                problems.add(new RuleProblem(pack.id(), ruleId, "rule passed " + extra
                        + " to report(); only fixes and related places inside the text are allowed"));
            }
        }
        if (!settings.enabled(ruleId)) {
            return;
        }
        Severity severity = settings.severity(ruleId, chosen != null ? chosen : meta.severity());
        findings.add(new Finding(ruleId, pack.id(), meta.category(), severity, message, start, end, lines.line(start),
                lines.column(start), fixes, related));
    }

    private boolean inText(int start, int end) {
        return start >= 0 && end >= start && end <= textLength;
    }

    List<Finding> findings() {
        return findings;
    }

    List<RuleProblem> problems() {
        return problems;
    }
}
