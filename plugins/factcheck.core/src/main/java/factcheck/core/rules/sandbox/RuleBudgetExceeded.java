package factcheck.core.rules.sandbox;

/**
 * Thrown into pack code that ran out of its {@link RuleBudget}. An Error, not an exception: the
 * sandbox refuses code that catches Error or Throwable, so a rule cannot swallow it.
 */
public final class RuleBudgetExceeded extends Error {

    private static final long serialVersionUID = 1L;

    public RuleBudgetExceeded(String what) {
        super("the rule used " + what, null, false, false);
    }
}
