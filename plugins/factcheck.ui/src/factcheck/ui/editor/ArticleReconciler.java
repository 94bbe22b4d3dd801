package factcheck.ui.editor;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;

import factcheck.workspace.settings.CheckSettings;
import factcheck.workspace.settings.SettingsRecheck;

/**
 * Checks the article in the editor in the platform reconciler's background thread, a moment after
 * the user stops typing (the reconciler debounces, and cancels a running check on every change).
 */
public final class ArticleReconciler extends MonoReconciler {

    /**
     * Pause in typing before the first check starts. Short: the budget is annotations updated 150 ms
     * after typing stops, and a check that a new keystroke overtakes is cancelled, not waited for.
     */
    private static final int DELAY_MS = 100;
    /** Bounds of the pause once checks have been timed (see {@link #delayAfter}). */
    private static final int MIN_DELAY_MS = 50;
    private static final int MAX_DELAY_MS = 500;

    /** The reconcilers of open article editors, for re-checking them when the settings change. */
    private static final Set<ArticleReconciler> OPEN = ConcurrentHashMap.newKeySet();
    private static boolean listening;

    private final ArticleCheckStrategy strategy;

    public ArticleReconciler() {
        this(new ArticleCheckStrategy());
    }

    private ArticleReconciler(ArticleCheckStrategy strategy) {
        super(strategy, false);
        this.strategy = strategy;
        setDelay(DELAY_MS);
        // called on the reconciler's own thread, the one that reads the delay
        strategy.onChecked(millis -> setDelay(delayAfter(millis)));
        SaveChecks.install();
        listenToSettings();
    }

    /**
     * The pause in typing before the next check, from how long the last one took: as long, within
     * 50-500 ms. A cheap check may start soon after typing stops (a keystroke that overtakes it
     * wastes little); an expensive one, as in a long draft, waits for a real pause, so typing does
     * not start one check after another that is each cancelled and leaves garbage behind.
     */
    public static int delayAfter(long checkMillis) {
        return (int) Math.max(MIN_DELAY_MS, Math.min(MAX_DELAY_MS, Math.max(0, checkMillis)));
    }

    /**
     * Re-checks the text of every open article editor now, as when the user stops typing: after a
     * change of what a check reports (rule settings, check mode, a file's dateline).
     */
    public static void recheckOpenEditors() {
        Display display = Display.getDefault();
        display.asyncExec(() -> OPEN.forEach(ArticleReconciler::forceReconciling));
    }

    private static synchronized void listenToSettings() {
        if (!listening) {
            SettingsRecheck.get().addListener(projects -> recheckOpenEditors());
            CheckSettings.workspaceNode().addPreferenceChangeListener((IEclipsePreferences.PreferenceChangeEvent e) -> {
                if (CheckSettings.CHECK_MODE.equals(e.getKey())) {
                    recheckOpenEditors();
                }
            });
            listening = true;
        }
    }

    @Override
    public void install(ITextViewer textViewer) {
        if (textViewer instanceof ISourceViewer sourceViewer) {
            strategy.setViewer(sourceViewer);
        }
        super.install(textViewer);
        ArticleEditorLook.applyLater(textViewer);
        OPEN.add(this);
    }

    @Override
    public void uninstall() {
        OPEN.remove(this);
        super.uninstall();
    }
}
