package factcheck.core.rules;

import java.time.Duration;

/**
 * Safety limits on rule evaluation per article and pack: a looping rule is stopped after
 * {@code maxFirings} firings, a slow one after {@code timeBudget}; pack code (consequences, functions)
 * is metered and stopped after {@code maxSteps} steps (calls and loop iterations) or when it has
 * allocated {@code maxBytes}. Each is reported by rule.
 */
public record EngineLimits(int maxFirings, Duration timeBudget, long maxSteps, long maxBytes) {

    public static final EngineLimits DEFAULTS = new EngineLimits(20_000, Duration.ofSeconds(5));

    /** Limits with the default step and allocation budgets (10 million steps, 256 MB). */
    public EngineLimits(int maxFirings, Duration timeBudget) {
        this(maxFirings, timeBudget, 10_000_000L, 256L << 20);
    }
}
