package factcheck.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Writes a PNG of the active workbench window to the directory named by -Dfactcheck.screenshots,
 * the workbench window sized to 1400×900 (the Xvfb screen of the UI tests); a hover over it is included.
 */
final class Screenshots {

    static final Rectangle WINDOW = new Rectangle(0, 0, 1400, 900);

    private Screenshots() {
    }

    static Path take(String name) throws Exception {
        Display display = Display.getCurrent();
        if (display.getActiveShell() == null) {
            UiConditions.activateWorkbench();
        }
        Shell shell = display.getActiveShell() != null ? display.getActiveShell()
                : org.eclipse.ui.PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
        Shell workbench = org.eclipse.ui.PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
        if (!workbench.getBounds().equals(WINDOW)) {
            workbench.setBounds(WINDOW);
        }
        while (display.readAndDispatch()) {
            // paint everything pending before copying pixels
        }
        // Screen pixels of the active shell: a hover over the window is in them, a dialog is shot alone.
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        try {
            Path dir = Path.of(System.getProperty("factcheck.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }
}
