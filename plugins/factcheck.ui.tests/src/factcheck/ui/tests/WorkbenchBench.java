package factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.IAnnotationModel;
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

import factcheck.core.Analysis;
import factcheck.ui.editor.FindingAnnotation;
import factcheck.ui.outline.LatestAnalysis;
import factcheck.workspace.check.EngineWarmUp;

/**
 * The workbench rows of {@code ./bench} (not a test: its name keeps it out of the UI test run, and
 * it is skipped unless -Dfactcheck.bench.workbench.out names a results file). Drives the real
 * workbench: once the start-up warm-up has made the engine ready, opens the seed article and times
 * the first findings in the editor and the first markers; types in the editor (key events through the X server) and times the last keystroke to
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
        // The harness runs this test the moment the window opens, as the first-run welcome opens the
        // sample: an article opened then waits for the start-up warm-up. Timed on a copy, closed after.
        IFile early = TestProjects.article(project, "opened-at-start.article", text);
        long openingEarly = System.nanoTime();
        ITextEditor earlyEditor = (ITextEditor) IDE.openEditor(page, early);
        ISourceViewer earlyViewer = (ISourceViewer) earlyEditor.getAdapter(ITextOperationTarget.class);
        UiConditions.waitUntil(() -> hasFindings(earlyViewer), Duration.ofSeconds(120));
        results.setProperty("openedAtStartFindingsMs", ms(System.nanoTime() - openingEarly));
        page.closeEditor(earlyEditor, false);
        // A user opens an article once the workbench is up; by then the start-up warm-up has made the
        // engine ready.
        UiConditions.waitUntil(EngineWarmUp::done, Duration.ofSeconds(120));
        results.setProperty("startToEngineReadyMs", Long.toString(sinceJvmStart()));
        long opening = System.nanoTime();
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
        ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
        UiConditions.waitUntil(() -> hasFindings(viewer), Duration.ofSeconds(120));
        results.setProperty("firstFindingsMs", ms(System.nanoTime() - opening));
        UiConditions.waitUntil(() -> !TestProjects.markers(file).isEmpty(), Duration.ofSeconds(120));
        results.setProperty("firstMarkersMs", ms(System.nanoTime() - opening));
        // From the JVM's start (the workbench launching, as a user starting the product) to those markers.
        results.setProperty("startToMarkersMs", Long.toString(sinceJvmStart()));

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
        Display display = Display.getCurrent();
        AtomicLong last = new AtomicLong(System.nanoTime());
        AtomicLong longest = new AtomicLong();
        // The UI thread's CPU time in the longest stall: near the stall, the UI thread worked; near
        // zero, it waited (a GC pause, a lock, or no core free on a loaded machine).
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] lastCpu = {threads.getCurrentThreadCpuTime()};
        AtomicLong longestCpu = new AtomicLong();
        boolean[] beating = {true};
        Runnable[] beat = new Runnable[1];
        beat[0] = () -> {
            long now = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            long stall = now - last.getAndSet(now) - HEARTBEAT_MS * 1_000_000L;
            if (stall > longest.get()) {
                longest.set(stall);
                longestCpu.set(cpu - lastCpu[0]);
            }
            lastCpu[0] = cpu;
            if (beating[0]) {
                display.timerExec(HEARTBEAT_MS, beat[0]);
            }
        };
        display.timerExec(HEARTBEAT_MS, beat[0]);
        long opening = System.nanoTime();
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
        ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
        UiConditions.waitUntil(() -> hasFindings(viewer), Duration.ofSeconds(180));
        results.setProperty("draftFirstFindingsMs", ms(System.nanoTime() - opening));
        // Opening is apart from typing: creating the editor for 130,000 characters, the first check's
        // annotations and the builder's markers (the file is new) land before the user types.
        UiConditions.waitUntil(() -> !TestProjects.markers(file).isEmpty(), Duration.ofSeconds(180));
        pause(600);
        results.setProperty("draftOpenStallMs", ms(longest.get()));
        results.setProperty("draftOpenStallCpuMs", ms(longestCpu.get()));
        longest.set(0);
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
        results.setProperty("draftStallCpuMs", ms(longestCpu.get()));
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
        long[] lastKey = {Long.MAX_VALUE};
        IDocument document = viewer.getDocument();
        // A check publishes its annotations, then its analysis. The annotations change only where
        // they differ from the last check's (none, when typing spaces changes no finding), so the
        // analysis is the signal that a check is in the editor. Checks may finish between keystrokes:
        // only the first one of the final text, shown after the last keystroke, counts.
        java.util.Queue<Map.Entry<Long, String>> shown = new java.util.concurrent.ConcurrentLinkedQueue<>();
        BiConsumer<IDocument, Optional<Analysis>> listener = (checked, analysis) -> {
            if (checked == document && analysis.isPresent()) {
                String text = analysis.get().article().text();
                // The painter updates in the UI thread's queue after the annotation change; our runnable comes after it.
                display.asyncExec(() -> shown.add(Map.entry(System.nanoTime(), text)));
            }
        };
        LatestAnalysis.addListener(listener);
        String how = "XTest key events";
        AtomicLong painted = new AtomicLong(-1);
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
            String finalText = document.get();
            UiConditions.waitUntil(() -> {
                shown.stream().filter(e -> e.getKey() > lastKey[0] && e.getValue().equals(finalText)).findFirst()
                        .ifPresent(e -> painted.compareAndSet(-1, e.getKey()));
                return painted.get() >= 0;
            }, Duration.ofSeconds(30));
        } finally {
            LatestAnalysis.removeListener(listener);
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

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static String ms(long nanos) {
        return Long.toString(Math.round(nanos / 1e6));
    }
}
