package factcheck.workspace.check;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import factcheck.core.FactChecker;
import factcheck.core.article.ArticleFormatException;
import factcheck.core.article.ArticleParser;
import factcheck.core.nlp.NlpModels;
import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.RuleSettings;
import factcheck.workspace.FactcheckWorkspace;

/**
 * Makes the engine ready in the background before the user opens an article: the NLP models, the
 * contributed packs' KieBases and knowledge base, and one check of a short text so that the code
 * of a check is loaded and has run once. Cold, these take seconds, which the first article opened
 * paid for before its findings appeared. Each part is loaded once per process; a check that starts
 * meanwhile waits for the part it needs, never loads it twice. A system job: nothing to show.
 */
public final class EngineWarmUp extends Job {

    public static final Object FAMILY = EngineWarmUp.class;

    private static volatile boolean done;

    /** Sentences of ours with what the rules read: a titled person, an attribution, a date, a claim. */
    private static final String TEXT = "date 2024-05-02 Council approves tram line\n\n"
            + "Mayor Ana Ruiz said on Tuesday that the tram line would open next spring.\n\n"
            + "\u201CIt will carry 40,000 riders a day,\u201D the city's transport office said last week.\n";

    public EngineWarmUp() {
        super("Preparing the fact checker");
        setSystem(true);
        setPriority(Job.LONG);
    }

    /** Whether a warm-up has finished in this process (the engine is ready, or failed to get ready). */
    public static boolean done() {
        return done;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            NlpModels.preload(); // its own thread, while the packs load on this one
            FactcheckWorkspace workspace = FactcheckWorkspace.get();
            List<CompiledPack> packs = workspace.compiledPacks();
            FactChecker checker = workspace.checker();
            checker.check(ArticleParser.parse("warm-up.article", TEXT, null), packs, RuleSettings.DEFAULTS);
        } catch (ArticleFormatException | RuntimeException e) {
            // Only a head start: the first real check meets the same problem and reports it.
            ILog.of(EngineWarmUp.class).warn("Preparing the fact checker failed: " + e.getMessage());
        } finally {
            done = true;
        }
        return Status.OK_STATUS;
    }
}
