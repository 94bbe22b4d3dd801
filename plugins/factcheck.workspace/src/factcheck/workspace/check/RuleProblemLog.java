package factcheck.workspace.check;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

import factcheck.core.rules.RuleProblem;

/**
 * Writes rules that misbehaved (looped, overran their time budget, threw) to the platform log as
 * warnings naming the pack, the rule and what happened. The other rules' findings still arrive; the
 * log tells the rule's author. Each distinct problem is logged once per session, because the
 * reconciler re-checks on every pause in typing.
 */
final class RuleProblemLog {

    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

    private RuleProblemLog() {
    }

    static void log(String articleName, Iterable<RuleProblem> problems) {
        for (RuleProblem p : problems) {
            String key = p.packId() + '/' + p.ruleId() + '/' + p.message();
            if (LOGGED.add(key)) {
                ILog.of(RuleProblemLog.class).log(Status.warning("Fact-check rule " + p.ruleId() + " of pack "
                        + p.packId() + " misbehaved on " + articleName + ": " + p.message()));
            }
        }
    }
}
