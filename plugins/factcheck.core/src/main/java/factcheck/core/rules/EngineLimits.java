package factcheck.core.rules;

import java.time.Duration;

/**
 * Safety limits on rule evaluation per article and pack: a looping rule is stopped after
 * {@code maxFirings} firings, a slow one after {@code timeBudget}; either is reported by rule.
 */
public record EngineLimits(int maxFirings, Duration timeBudget) {

    public static final EngineLimits DEFAULTS = new EngineLimits(20_000, Duration.ofSeconds(5));
}
