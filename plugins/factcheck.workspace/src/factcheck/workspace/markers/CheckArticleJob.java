package factcheck.workspace.markers;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import factcheck.workspace.check.ArticleCheck;
import factcheck.workspace.ledger.ArticleLedgers;
import factcheck.workspace.ledger.LedgerMarkers;
import factcheck.workspace.check.ArticleFiles;

/**
 * Checks one article's text and replaces the file's markers: for files outside projects with the
 * fact-check nature (on save) and for the "Check Article" command. Runs in the background, one job per
 * file at a time, and belongs to {@link #FAMILY} so tests and commands can join it.
 */
public final class CheckArticleJob extends Job {

    public static final Object FAMILY = CheckArticleJob.class;

    private final IFile file;
    private final String text;

    /**
     * @param file the article file the markers go on
     * @param text the text to check: the saved document, or null to read the file
     */
    public CheckArticleJob(IFile file, String text) {
        super("Fact-checking " + file.getName());
        this.file = file;
        this.text = text;
        setRule(new FileCheckRule(file));
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            if (!file.exists()) {
                return Status.OK_STATUS;
            }
            String content = text != null ? text : ArticleFiles.read(file);
            ArticleCheck.Outcome outcome = ArticleCheck.run(file, content, monitor);
            LedgerMarkers marking = ArticleLedgers.get().checked(file, outcome, content);
            FindingMarkers.replace(file, marking.findings(), content, marking::attributes, monitor);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (CoreException e) {
            return e.getStatus();
        }
    }
}
