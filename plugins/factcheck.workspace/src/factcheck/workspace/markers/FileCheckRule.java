package factcheck.workspace.markers;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Serialises checks of one file (parallel writers duplicated markers in LSP4E #1283) without
 * locking the file itself: a resource rule would block saving the file for as long as the engine
 * runs.
 */
public record FileCheckRule(IFile file) implements ISchedulingRule {

    @Override
    public boolean contains(ISchedulingRule rule) {
        return equals(rule);
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return equals(rule);
    }
}
