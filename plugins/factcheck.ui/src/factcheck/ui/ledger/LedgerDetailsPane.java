package factcheck.ui.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import factcheck.core.ledger.LedgerRow;
import factcheck.core.ledger.LedgerStatus;
import factcheck.workspace.ledger.ArticleLedger;
import factcheck.workspace.ledger.ArticleLedgers;

/**
 * The Fact Check view's details pane for the selected claim: the article's progress ("14 claims: 9
 * verified, ..."), the claim as checked, and status, note and sources (one per line) to edit and
 * save. Reads only the in-memory ledger; saving runs a job.
 */
public final class LedgerDetailsPane {

    private final Composite control;
    private final Label progress;
    private final Label claim;
    private final Combo status;
    private final Text note;
    private final Text sources;
    private final Button save;
    private final Consumer<IFile> listener = this::ledgerChanged;
    private IMarker marker;

    public LedgerDetailsPane(Composite parent) {
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(2, false));
        progress = new Label(control, SWT.NONE);
        progress.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        claim = new Label(control, SWT.WRAP);
        GridData claimData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        claimData.widthHint = 200;
        claim.setLayoutData(claimData);
        new Label(control, SWT.NONE).setText("Status:");
        status = new Combo(control, SWT.READ_ONLY);
        status.setItems(Arrays.stream(LedgerStatus.values()).map(LedgerStatus::label).toArray(String[]::new));
        new Label(control, SWT.NONE).setText("Note:");
        note = new Text(control, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        note.setLayoutData(grow(2));
        new Label(control, SWT.NONE).setText("Sources:");
        sources = new Text(control, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        sources.setToolTipText("URLs or citations, one per line");
        sources.setLayoutData(grow(2));
        new Label(control, SWT.NONE);
        save = new Button(control, SWT.PUSH);
        save.setText("Save to Ledger");
        save.addListener(SWT.Selection, e -> save());
        ArticleLedgers.get().addListener(listener);
        control.addDisposeListener(e -> ArticleLedgers.get().removeListener(listener));
        show(null);
    }

    private static GridData grow(int lines) {
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = lines * 18;
        return data;
    }

    public Composite control() {
        return control;
    }

    /** Shows the claim of a finding marker; disables the editors for other findings or none. */
    public void show(IMarker selected) {
        marker = selected;
        LedgerRow row = LedgerEdits.row(selected);
        boolean editable = row != null;
        ArticleLedger ledger = selected != null && selected.getResource() instanceof IFile file
                ? ArticleLedgers.get().ledgerOf(file) : null;
        progress.setText(ledger == null ? "Select a claim, attribution or date finding."
                : ledger.file().getName() + ": " + ledger.summary()
                        + (ledger.error() == null ? "" : " - the ledger file is unreadable"));
        claim.setText(row == null ? "" : row.label() + ": " + (row.entry() != null
                && row.state() == LedgerRow.State.CHANGED ? "checked as \"" + row.entry().anchor().claim()
                        + "\", now \"" + row.anchor().claim() + "\"" : row.anchor().claim()));
        status.select(row == null ? -1 : row.status().ordinal());
        note.setText(row == null || row.entry() == null ? "" : row.entry().note());
        sources.setText(row == null || row.entry() == null ? "" : String.join("\n", row.entry().sources()));
        for (var c : List.of(status, note, sources, save)) {
            c.setEnabled(editable);
        }
        control.layout(true, true);
    }

    /** Saves what the pane shows; returns the job, or null when nothing is selected. */
    public org.eclipse.core.runtime.jobs.Job save() {
        if (marker == null || LedgerEdits.row(marker) == null || status.getSelectionIndex() < 0) {
            return null;
        }
        List<String> list = sources.getText().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return LedgerEdits.save(marker, LedgerStatus.values()[status.getSelectionIndex()], note.getText(), list);
    }

    /** For tests: the editors, in order status, note, sources, and the progress line. */
    Combo status() {
        return status;
    }

    Text note() {
        return note;
    }

    Text sources() {
        return sources;
    }

    public String progressText() {
        return progress.getText();
    }

    /** Test access: sets the fields as a user would. */
    public void fill(LedgerStatus newStatus, String newNote, List<String> newSources) {
        status.select(newStatus.ordinal());
        note.setText(newNote);
        sources.setText(String.join("\n", newSources));
    }

    private void ledgerChanged(IFile file) {
        if (control.isDisposed()) {
            return;
        }
        control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed() && marker != null && file.equals(marker.getResource())) {
                // The marker may have been replaced by the re-marking: keep the old handle, it is still valid
                // when the finding is unchanged (markers are kept by finding key).
                show(marker.exists() ? marker : null);
            }
        });
    }
}
