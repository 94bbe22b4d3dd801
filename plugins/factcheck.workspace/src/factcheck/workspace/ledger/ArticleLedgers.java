package factcheck.workspace.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import factcheck.core.findings.Category;
import factcheck.core.findings.Finding;
import factcheck.core.findings.Severity;
import factcheck.core.ledger.AnchorMatcher;
import factcheck.core.ledger.Ledger;
import factcheck.core.ledger.LedgerEntry;
import factcheck.core.ledger.LedgerFormatException;
import factcheck.core.ledger.LedgerRow;
import factcheck.core.ledger.LedgerStatus;
import factcheck.core.ledger.LedgerStore;
import factcheck.core.ledger.LedgerSubject;
import factcheck.core.ledger.LedgerSubjects;
import factcheck.core.rules.CompiledPack;
import factcheck.workspace.FactcheckWorkspace;
import factcheck.workspace.check.ArticleCheck;
import factcheck.workspace.markers.FileCheckRule;
import factcheck.workspace.markers.FindingMarkers;
import factcheck.workspace.settings.CheckSettings;

/**
 * The workbench's ledgers: after every check of an article its ledger file is read and matched to
 * the findings ({@link #checked}), the result kept in memory for views and reports, and the
 * markers carry each claim's status. Verdicts are saved by {@link #edit} jobs, which merge into the
 * file ({@link LedgerStore#save}) and re-mark the article from the last check without re-running
 * the engine. Nothing here runs on the UI thread.
 */
public final class ArticleLedgers {

    /** The family of every job of this class. */
    public static final Object FAMILY = ArticleLedgers.class;
    /** Rule id of the finding that reports an unreadable ledger file on its article. */
    public static final String FORMAT_RULE = "ledger.format";

    private static final class Holder {
        static final ArticleLedgers INSTANCE = new ArticleLedgers();
    }

    private final Map<IFile, ArticleLedger> current = new ConcurrentHashMap<>();
    private final ListenerList<Consumer<IFile>> listeners = new ListenerList<>();

    private ArticleLedgers() {
        CheckSettings.workspaceNode().addPreferenceChangeListener((IEclipsePreferences.PreferenceChangeEvent e) -> {
            if (VerifiedMarkers.KEY.equals(e.getKey())) {
                current.keySet().forEach(f -> remark(f).schedule());
            }
        });
    }

    public static ArticleLedgers get() {
        return Holder.INSTANCE;
    }

    /** The ledger file of an article in the file system (it may not exist). */
    public static Path ledgerPath(IFile article) {
        return LedgerStore.fileFor(article.getLocation().toFile().toPath());
    }

    /** The ledger file of an article in the workspace (it may not exist). */
    public static IFile ledgerFile(IFile article) {
        return article.getParent().getFile(org.eclipse.core.runtime.Path.fromPortableString(
                LedgerStore.FOLDER + "/" + article.getName() + LedgerStore.SUFFIX));
    }

    /** The ledger as of the article's last check, or null when it was not checked since start-up. */
    public ArticleLedger ledgerOf(IFile article) {
        return current.get(article);
    }

    /** The articles checked since start-up. */
    public List<ArticleLedger> all() {
        return new ArrayList<>(current.values());
    }

    /** Tells the listener of each article whose ledger rows changed (on a background thread). */
    public void addListener(Consumer<IFile> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<IFile> listener) {
        listeners.remove(listener);
    }

    /**
     * Called by every check that writes markers, in its job: reads the article's ledger, matches it
     * to the findings and returns what to mark.
     */
    public LedgerMarkers checked(IFile file, ArticleCheck.Outcome outcome, String text) {
        if (outcome.result() == null) {
            current.remove(file);
            fire(file);
            return LedgerMarkers.of(outcome.findings(), List.of(), VerifiedMarkers.current());
        }
        Ledger ledger = Ledger.empty(file.getName());
        LedgerFormatException error = null;
        try {
            ledger = LedgerStore.read(ledgerPath(file));
        } catch (LedgerFormatException e) {
            error = e;
        } catch (IOException e) {
            error = new LedgerFormatException(ledgerPath(file), 0, "cannot be read: " + e.getMessage(), e);
        }
        List<LedgerSubject> subjects = LedgerSubjects.of(outcome.result());
        List<CompiledPack> packs = FactcheckWorkspace.get().compiledPacks();
        ArticleLedger state = new ArticleLedger(file, outcome.article(), text, outcome.findings(),
                packs.stream().map(CompiledPack::pack).toList(), ledger, AnchorMatcher.match(ledger, subjects), error);
        current.put(file, state);
        fire(file);
        return markers(state);
    }

    /**
     * A job saving a verdict on the finding with key {@code findingKey} (a marker's findingId) of the
     * article's last check. It fails, leaving the file alone, when the ledger file is unreadable.
     */
    public Job edit(IFile file, String findingKey, LedgerStatus status, String note, List<String> sources) {
        Job job = new Job("Saving the claim ledger of " + file.getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                ArticleLedger state = current.get(file);
                LedgerRow row = state == null ? null : state.rowOf(findingKey);
                if (row == null) {
                    return Status.warning("The claim is no longer in the last check of " + file.getName()
                            + "; check the article again.");
                }
                try {
                    Path path = ledgerPath(file);
                    Ledger onDisk = LedgerStore.read(path);
                    LedgerEntry entry = row.edit(onDisk, status, note, sources, System.getProperty("user.name", ""),
                            Instant.now());
                    Ledger saved = LedgerStore.save(path, List.of(entry));
                    refresh(ledgerFile(file)).schedule();
                    apply(file, saved, monitor);
                    return Status.OK_STATUS;
                } catch (LedgerFormatException e) {
                    return Status.error(e.getMessage(), e);
                } catch (IOException e) {
                    return Status.error("Cannot save " + ledgerPath(file) + ": " + e.getMessage(), e);
                } catch (CoreException e) {
                    return e.getStatus();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setRule(new FileCheckRule(file));
        return job;
    }

    /** A job re-reading the article's ledger file and re-marking it from the last check. */
    public Job remark(IFile file) {
        Job job = new Job("Applying the claim ledger of " + file.getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                ArticleLedger state = current.get(file);
                if (state == null || !file.exists()) {
                    return Status.OK_STATUS;
                }
                try {
                    apply(file, LedgerStore.read(ledgerPath(file)), monitor);
                    return Status.OK_STATUS;
                } catch (LedgerFormatException | IOException e) {
                    return Status.error(e.getMessage(), e);
                } catch (CoreException e) {
                    return e.getStatus();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setRule(new FileCheckRule(file));
        return job;
    }

    /** Lets the workspace see the written ledger file (outside the edit job: it needs the folder's rule). */
    private static Job refresh(IFile ledgerFile) {
        Job job = new WorkspaceJob("Refreshing " + ledgerFile.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                ledgerFile.refreshLocal(IResource.DEPTH_ZERO, monitor);
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(ledgerFile.getParent()));
        return job;
    }

    private void apply(IFile file, Ledger ledger, IProgressMonitor monitor) throws CoreException {
        ArticleLedger state = current.get(file);
        if (state == null) {
            return;
        }
        List<LedgerSubject> subjects = state.rows().stream().map(LedgerRow::subject).filter(s -> s != null).toList();
        ArticleLedger next = new ArticleLedger(file, state.article(), state.text(), state.findings(), state.packs(),
                ledger, AnchorMatcher.match(ledger, subjects), null);
        current.put(file, next);
        LedgerMarkers markers = markers(next);
        FindingMarkers.replace(file, markers.findings(), next.text(), markers::attributes, monitor);
        fire(file);
    }

    private static LedgerMarkers markers(ArticleLedger state) {
        List<Finding> findings = new ArrayList<>(state.findings());
        if (state.error() != null) {
            findings.add(0, new Finding(FORMAT_RULE, "factcheck.workspace", Category.CLAIM, Severity.ERROR,
                    "Unreadable claim ledger: " + state.error().getMessage(), 0, 0, 1, 1, List.of()));
        }
        return LedgerMarkers.of(findings, state.rows(), VerifiedMarkers.current());
    }

    private void fire(IFile file) {
        for (Consumer<IFile> l : listeners) {
            l.accept(file);
        }
    }
}
