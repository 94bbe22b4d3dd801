package factcheck.workspace.check;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import factcheck.core.CheckResult;
import factcheck.core.article.Article;
import factcheck.core.article.ArticleFormatException;
import factcheck.core.article.ArticleParser;
import factcheck.core.article.LineMap;
import factcheck.core.findings.Category;
import factcheck.core.findings.Finding;
import factcheck.core.findings.Severity;
import factcheck.core.nlp.SentenceMemo;
import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.RuleSettings;
import factcheck.workspace.FactcheckWorkspace;
import factcheck.workspace.settings.CheckSettings;
import factcheck.workspace.settings.Datelines;

/**
 * Checks one article's text the way every part of the workbench does (builder, save job, editor):
 * the file's dateline override and the user's rule settings applied, suppression comments honoured,
 * an unparseable article turned into a single finding. Must never run on the UI thread.
 */
public final class ArticleCheck {

    /** Rule id of the finding reported when the article's header or front matter is malformed. */
    public static final String FORMAT_RULE = "article.format";

    private static volatile Thread lastThread;

    private ArticleCheck() {
    }

    /**
     * The outcome: the engine's result (null when the article could not be parsed) and the findings
     * to show, which for a malformed article is the single format finding.
     */
    public record Outcome(CheckResult result, List<Finding> findings) {

        public Article article() {
            return result == null ? null : result.analysis().article();
        }
    }

    /**
     * Checks {@code text} as the content of {@code file} (null for text that belongs to no file).
     *
     * @throws OperationCanceledException when the monitor was cancelled between stages
     */
    public static Outcome run(IFile file, String text, IProgressMonitor monitor) {
        return run(file, text, monitor, null);
    }

    /**
     * As {@link #run(IFile, String, IProgressMonitor)}, reusing the NLP of the paragraphs that did not
     * change since {@code memo}'s previous text (the editor's memo; null for none).
     */
    public static Outcome run(IFile file, String text, IProgressMonitor monitor, SentenceMemo memo) {
        lastThread = Thread.currentThread();
        String name = file == null ? "<editor>" : file.getFullPath().toString();
        LocalDate dateline = file == null ? null : Datelines.get(file);
        Article article;
        try {
            article = ArticleParser.parse(name, text, dateline);
        } catch (ArticleFormatException e) {
            return new Outcome(null, List.of(formatFinding(text, e)));
        }
        checkCanceled(monitor);
        FactcheckWorkspace ws = FactcheckWorkspace.get();
        List<CompiledPack> packs = ws.compiledPacks(file == null ? null : file.getProject());
        checkCanceled(monitor);
        RuleSettings settings = settingsFor(file);
        CheckResult result = SharedChecks.check(file, text, dateline, settings, packs,
                () -> ws.checker().check(article, packs, settings, memo));
        RuleProblemLog.log(name, result.problems());
        checkCanceled(monitor);
        return new Outcome(result, result.findings());
    }

    /**
     * The thread the most recent check ran on. The UI tests assert it is not the UI thread; nothing
     * else should depend on it.
     */
    public static Thread lastCheckThread() {
        return lastThread;
    }

    /** Preferences and project settings; the engine itself honours suppression comments in the text. */
    private static RuleSettings settingsFor(IFile file) {
        return CheckSettings.ruleSettings(file == null ? null : file.getProject());
    }

    private static Finding formatFinding(String text, ArticleFormatException e) {
        LineMap lines = new LineMap(text);
        int at = Math.max(0, Math.min(e.offset(), text.length()));
        int end = text.isEmpty() ? 0 : Math.min(text.length(), at + 1);
        return new Finding(FORMAT_RULE, "factcheck.workspace", Category.DATE, Severity.ERROR, e.getMessage(), at, end,
                lines.line(at), lines.column(at), List.of());
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
