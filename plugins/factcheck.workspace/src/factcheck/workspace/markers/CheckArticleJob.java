package factcheck.workspace.markers;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import factcheck.core.CheckResult;
import factcheck.core.article.Article;
import factcheck.core.article.ArticleFormatException;
import factcheck.core.article.ArticleParser;
import factcheck.core.article.LineMap;
import factcheck.core.findings.Category;
import factcheck.core.findings.Finding;
import factcheck.core.findings.Severity;
import factcheck.core.rules.RuleSettings;
import factcheck.workspace.FactcheckWorkspace;

/**
 * Checks one article's text and replaces the file's markers. Runs as a background job, never on the
 * UI thread; one job per file at a time (the file is its scheduling rule for the analysis, the
 * marker rule for the write), and every such job belongs to {@link #FAMILY} so tests can join it.
 */
public final class CheckArticleJob extends Job {

    public static final Object FAMILY = CheckArticleJob.class;

    private final IFile file;
    private final String text;

    /**
     * @param file the article file the markers go on
     * @param text the text to check: the editor's document, or the file's decoded content
     */
    public CheckArticleJob(IFile file, String text) {
        super("Fact-checking " + file.getName());
        this.file = file;
        this.text = text;
        setSystem(true);
        setRule(file);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        List<Finding> findings;
        try {
            Article article = ArticleParser.parse(file.getFullPath().toString(), text);
            FactcheckWorkspace ws = FactcheckWorkspace.get();
            CheckResult result = ws.checker().check(article, ws.compiledPacks(), RuleSettings.DEFAULTS);
            findings = result.findings();
        } catch (ArticleFormatException e) {
            LineMap lines = new LineMap(text);
            int at = Math.min(e.offset(), text.length());
            findings = List.of(new Finding("article.format", "factcheck.core", Category.DATE, Severity.ERROR,
                    e.getMessage(), at, Math.min(text.length(), at + 1), lines.line(at), lines.column(at), List.of()));
        }
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        try {
            FindingMarkers.replace(file, findings, monitor);
        } catch (CoreException e) {
            return e.getStatus();
        }
        return Status.OK_STATUS;
    }
}
