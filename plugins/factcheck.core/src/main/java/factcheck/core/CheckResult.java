package factcheck.core;

import java.util.List;

import factcheck.core.findings.Finding;
import factcheck.core.rules.RuleProblem;

/**
 * The outcome of checking one article.
 *
 * @param analysis what the engine found in the text
 * @param findings the rules' findings, by position
 * @param problems rules that misbehaved (looped, overran, threw) on this article
 */
public record CheckResult(Analysis analysis, List<Finding> findings, List<RuleProblem> problems) {

    public CheckResult {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }
}
