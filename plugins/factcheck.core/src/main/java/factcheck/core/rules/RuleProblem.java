package factcheck.core.rules;

/**
 * A rule that misbehaved on an article (looped, overran its time budget, threw); the other rules'
 * findings still arrive.
 *
 * @param packId  the pack
 * @param ruleId  the rule, when known
 * @param message what happened
 */
public record RuleProblem(String packId, String ruleId, String message) {
}
