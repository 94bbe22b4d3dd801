package factcheck.ui.ledger;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.jobs.Job;

import factcheck.core.ledger.LedgerRow;
import factcheck.core.ledger.LedgerStatus;
import factcheck.workspace.ledger.ArticleLedger;
import factcheck.workspace.ledger.ArticleLedgers;
import factcheck.workspace.markers.FindingMarkers;

/** Starts the jobs that save verdicts set in the view; the UI thread only reads memory here. */
public final class LedgerEdits {

    private LedgerEdits() {
    }

    /** The ledger row of a marker's finding as of the last check, or null. */
    public static LedgerRow row(IMarker marker) {
        if (marker == null || !(marker.getResource() instanceof IFile file)) {
            return null;
        }
        ArticleLedger ledger = ArticleLedgers.get().ledgerOf(file);
        return ledger == null ? null : ledger.rowOf(marker.getAttribute(FindingMarkers.FINDING_ID, ""));
    }

    /** Saves a new status, keeping the entry's note and sources. */
    public static Job setStatus(IMarker marker, LedgerStatus status) {
        LedgerRow row = row(marker);
        String note = row == null || row.entry() == null ? "" : row.entry().note();
        List<String> sources = row == null || row.entry() == null ? List.of() : row.entry().sources();
        return save(marker, status, note, sources);
    }

    /** Saves status, note and sources of the marker's claim. */
    public static Job save(IMarker marker, LedgerStatus status, String note, List<String> sources) {
        IFile file = (IFile) marker.getResource();
        Job job = ArticleLedgers.get().edit(file, marker.getAttribute(FindingMarkers.FINDING_ID, ""), status, note,
                sources);
        job.setUser(false);
        job.schedule();
        return job;
    }
}
