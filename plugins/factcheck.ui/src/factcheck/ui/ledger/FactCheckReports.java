package factcheck.ui.ledger;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import factcheck.core.report.FactCheckReport;
import factcheck.core.report.FactCheckReportFormat;
import factcheck.ui.commands.SelectedArticles;
import factcheck.workspace.check.ArticleCheck;
import factcheck.workspace.check.ArticleFiles;
import factcheck.workspace.ledger.ArticleLedger;
import factcheck.workspace.ledger.ArticleLedgers;

/** Writes the fact-check report of articles, in a job of family {@link #FAMILY}. */
public final class FactCheckReports {

    public static final Object FAMILY = FactCheckReports.class;

    private FactCheckReports() {
    }

    /** The export job for the articles in the resources, in the format the target's name says (.md, .html, .json). */
    public static Job export(Collection<? extends IResource> resources, Path target) {
        FactCheckReportFormat format = FactCheckReportFormat.ofFileName(target.getFileName().toString());
        Job job = new Job("Writing the fact-check report " + target.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                if (format == null) {
                    return Status.error(target.getFileName() + ": name the report .md, .html or .json");
                }
                List<FactCheckReport> reports = new ArrayList<>();
                try {
                    List<IFile> files = new ArrayList<>(SelectedArticles.articles(new ArrayList<>(resources)));
                    files.sort(Comparator.comparing(f -> f.getFullPath().toString()));
                    for (IFile file : files) {
                        ArticleLedger ledger = ledgerOf(file, monitor);
                        if (ledger != null && ledger.article() != null) {
                            reports.add(FactCheckReport.of(file.getFullPath().toString(), ledger.article(),
                                    ledger.packs(), ledger.rows()));
                        }
                    }
                    try (Writer out = new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8)) {
                        format.write(reports, out);
                    }
                    return Status.OK_STATUS;
                } catch (IOException e) {
                    return Status.error("Cannot write " + target + ": " + e.getMessage(), e);
                } catch (CoreException e) {
                    return e.getStatus();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        return job;
    }

    /** The ledger of the last check, or of a check run now for an article not checked since start-up. */
    private static ArticleLedger ledgerOf(IFile file, IProgressMonitor monitor) throws CoreException {
        ArticleLedger ledger = ArticleLedgers.get().ledgerOf(file);
        if (ledger == null) {
            String text = ArticleFiles.read(file);
            ArticleLedgers.get().checked(file, ArticleCheck.run(file, text, monitor), text);
            ledger = ArticleLedgers.get().ledgerOf(file);
        }
        return ledger;
    }
}
