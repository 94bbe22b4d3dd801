package factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModelEvent;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.jface.text.source.IAnnotationModelListenerExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

import factcheck.ui.editor.FindingAnnotation;
import factcheck.ui.editor.HighlightAnnotation;

/**
 * The workbench rows of {@code ./bench} (not a test: its name keeps it out of the UI test run, and
 * it is skipped unless -Dfactcheck.bench.workbench.out names a results file). Drives the real
 * workbench: opens the seed article and times the first findings in the editor and the first
 * markers; types in the editor (key events through the X server) and times the last keystroke to
 * the annotations painted; types in a 20,000-word draft while a UI-thread heartbeat records the
 * longest stall. Writes the figures as a properties file; BenchMain's WorkbenchRows prints them.
 */
class WorkbenchBench {

    private static final int TYPING_TRIALS = 8;
    private static final int HEARTBEAT_MS = 5;

    @Test
    void measure() throws Exception {
        String out = System.getProperty("factcheck.bench.workbench.out");
        if (out == null || out.isBlank()) {
            return; // a harness for ./bench (WorkbenchRows), not a test: ./test never selects it
        }
        Properties results = new Properties();
        IProject project = TestProjects.create("workbench-bench", true);
        try {
            seedArticle(project, results);
            largeDraft(project, results);
        } finally {
            TestProjects.dispose(project);
        }
        try (Writer w = Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
            results.store(w, "factcheck.ui.tests.WorkbenchBench");
        }
    }

    private static void seedArticle(IProject project, Properties results) throws Exception {
        String text = Files.readString(Path.of(System.getProperty("factcheck.samples"), "us-china-talks-2021-11-10.article"));
        IFile file = TestProjects.article(project, "talks.article", text);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        long opening = System.nanoTime();
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
        ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
        UiConditions.waitUntil(() -> hasFindings(viewer), Duration.ofSeconds(120));
        results.setProperty("firstFindingsMs", ms(System.nanoTime() - opening));
        UiConditions.waitUntil(() -> !TestProjects.markers(file).isEmpty(), Duration.ofSeconds(120));
        results.setProperty("firstMarkersMs", ms(System.nanoTime() - opening));
        // From the JVM's start (the workbench launching, as a user starting the product) to those markers.
        results.setProperty("startToMarkersMs",
                Long.toString(System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));

        List<Long> latencies = new ArrayList<>();
        String how = "";
        for (int trial = 0; trial < TYPING_TRIALS; trial++) {
            Typing typing = type(editor, viewer, "  ", 80);
            how = typing.how;
            if (typing.latencyNanos >= 0) {
                latencies.add(typing.latencyNanos);
            }
        }
        Collections.sort(latencies);
        results.setProperty("typingLatencyMs", latencies.stream().map(WorkbenchBench::ms).reduce((a, b) -> a + "," + b).orElse(""));
        assertFalse(latencies.isEmpty(), "no keystroke reached the annotations in " + TYPING_TRIALS + " trials (" + how + ")");
        results.setProperty("typingInput", how);
        editor.doRevertToSaved();
    }

    private static void largeDraft(IProject project, Properties results) throws Exception {
        String seed = Files.readString(Path.of(System.getProperty("factcheck.samples"), "us-china-talks-2021-11-10.article"));
        String header = seed.substring(0, seed.indexOf('\n') + 1);
        String body = seed.substring(header.length());
        int bodyWords = body.split("\\s+").length;
        StringBuilder draft = new StringBuilder(header);
        int words = 0;
        while (words < 20_000) {
            draft.append(body).append("\n");
            words += bodyWords;
        }
        IFile file = TestProjects.article(project, "draft.article", draft.toString());
        results.setProperty("draftWords", Integer.toString(words));
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        long opening = System.nanoTime();
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
        ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
        UiConditions.waitUntil(() -> hasFindings(viewer), Duration.ofSeconds(180));
        results.setProperty("draftFirstFindingsMs", ms(System.nanoTime() - opening));

        Display display = Display.getCurrent();
        AtomicLong last = new AtomicLong(System.nanoTime());
        AtomicLong longest = new AtomicLong();
        boolean[] beating = {true};
        Runnable[] beat = new Runnable[1];
        beat[0] = () -> {
            long now = System.nanoTime();
            longest.accumulateAndGet(now - last.getAndSet(now) - HEARTBEAT_MS * 1_000_000L, Math::max);
            if (beating[0]) {
                display.timerExec(HEARTBEAT_MS, beat[0]);
            }
        };
        display.timerExec(HEARTBEAT_MS, beat[0]);
        List<Long> latencies = new ArrayList<>();
        for (int trial = 0; trial < 4; trial++) {
            Typing typing = type(editor, viewer, "   ", 120);
            if (typing.latencyNanos >= 0) {
                latencies.add(typing.latencyNanos);
            }
        }
        beating[0] = false;
        Collections.sort(latencies);
        results.setProperty("draftLongestStallMs", ms(longest.get()));
        results.setProperty("draftTypingLatencyMs", latencies.stream().map(WorkbenchBench::ms).reduce((a, b) -> a + "," + b).orElse(""));
        editor.doRevertToSaved();
    }

    private record Typing(long latencyNanos, String how) {
    }

    /**
     * Types {@code keys} at the end of the first paragraph, {@code gapMs} apart, and measures from the
     * last keystroke to the moment the UI thread has taken in the check's new annotations. -1 when
     * no check published within 30 s. Spaces, not letters: letters open the Generic Editor's word
     * completion, and with its popup open no check published in a trial run.
     */
    private static Typing type(ITextEditor editor, ISourceViewer viewer, String keys, int gapMs) {
        Display display = Display.getCurrent();
        StyledText widget = viewer.getTextWidget();
        UiConditions.activateWorkbench();
        editor.setFocus();
        int at = viewer.getDocument().get().indexOf("\n\n", 100);
        widget.setCaretOffset(at < 0 ? 0 : at);
        key(display, SWT.ESC); // close a completion popup a previous trial may have opened
        // Let a check started by the previous trial finish and publish first.
        pause(600);
        AtomicLong painted = new AtomicLong(-1);
        long[] lastKey = {Long.MAX_VALUE};
        IAnnotationModel model = viewer.getAnnotationModel();
        IAnnotationModelListener listener = new Published(() -> {
            if (System.nanoTime() > lastKey[0]) {
                // The painter updates in the UI thread's queue after this event; our runnable comes after it.
                display.asyncExec(() -> painted.compareAndSet(-1, System.nanoTime()));
            }
        });
        model.addAnnotationModelListener(listener);
        String how = "XTest key events";
        try {
            for (char c : keys.toCharArray()) {
                if (!key(display, c)) {
                    how = "document edits (no XTest)";
                    int caret = widget.getCaretOffset();
                    widget.replaceTextRange(caret, 0, String.valueOf(c));
                    widget.setCaretOffset(caret + 1);
                }
                lastKey[0] = System.nanoTime();
                pause(gapMs);
            }
            UiConditions.waitUntil(() -> painted.get() >= 0, Duration.ofSeconds(30));
        } finally {
            model.removeAnnotationModelListener(listener);
        }
        return new Typing(painted.get() < 0 ? -1 : painted.get() - lastKey[0], how);
    }

    /** Keeps the event loop running for a while: the pace of typing, not a wait for a result. */
    private static void pause(int ms) {
        UiConditions.waitUntil(() -> false, Duration.ofMillis(ms));
    }

    private static boolean key(Display display, char c) {
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.character = c;
        down.keyCode = c;
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.character = c;
        up.keyCode = c;
        return display.post(down) && display.post(up);
    }

    private static boolean hasFindings(ISourceViewer viewer) {
        IAnnotationModel model = viewer.getAnnotationModel();
        for (var it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof FindingAnnotation) {
                return true;
            }
        }
        return false;
    }

    private static String ms(long nanos) {
        return Long.toString(Math.round(nanos / 1e6));
    }

    /** Calls back when a check publishes: annotations of ours were added. */
    private record Published(Runnable callback) implements IAnnotationModelListener, IAnnotationModelListenerExtension {

        @Override
        public void modelChanged(IAnnotationModel model) {
            // the extension's event says what changed
        }

        @Override
        public void modelChanged(AnnotationModelEvent event) {
            Annotation[] added = event.getAddedAnnotations();
            if (Arrays.stream(added).anyMatch(a -> a instanceof FindingAnnotation || a instanceof HighlightAnnotation)) {
                callback.run();
            }
        }
    }
}
