package factcheck.core.rules;

/**
 * A text that must (or must not) trigger a rule; every pack's examples run as tests.
 *
 * @param text     the article text (a header line may give the dateline)
 * @param dateline a dateline (YYYY-MM-DD) for texts without one, or null
 * @param triggers whether the rule must fire on it
 * @param match    when it fires, the exact text the finding must cover (optional)
 */
public record RuleExample(String text, String dateline, boolean triggers, String match) {
}
