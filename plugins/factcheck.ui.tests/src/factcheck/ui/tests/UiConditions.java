package factcheck.ui.tests;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Waits on a condition while keeping the UI thread's event loop running; never a blind sleep. */
final class UiConditions {

    private UiConditions() {
    }

    /**
     * Makes the workbench window the active shell again. Under Xvfb there is no window manager to hand
     * the focus back when a dialog closes, so a test that asks for the focus control after another
     * test's dialog would get null.
     */
    static void activateWorkbench() {
        org.eclipse.swt.widgets.Shell shell = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null
                ? org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()
                : org.eclipse.ui.PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
        shell.forceActive();
        shell.setActive();
        Display display = shell.getDisplay();
        waitUntil(() -> display.getActiveShell() == shell, Duration.ofSeconds(5));
    }

    /** Spins the event loop until the condition holds; false when the timeout passed first. */
    static boolean waitUntil(BooleanSupplier condition, Duration timeout) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            if (!display.readAndDispatch()) {
                // Wake up at least every 50 ms to re-test the condition (jobs finish off the UI thread).
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
        return true;
    }
}
