package factcheck.ui.startup;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.FrameworkUtil;

import factcheck.ui.perspective.FactCheckPerspective;
import factcheck.workspace.builder.ArticleNature;

/**
 * The first start of the Factcheck Workbench product on a workspace: a sample project with the
 * sample article (bundled at build time from samples/), opened in the Fact Check perspective, so a
 * new user sees findings at once. Runs once per workspace and only in the product: a test runtime
 * or another application built from our plug-ins keeps its workspace as it is. With
 * {@code -Dfactcheck.sampleProject} (./workbench) that project is the sample instead.
 */
public final class FirstRunWelcome implements IStartup {

    static final String DONE_KEY = "welcomeShown";
    public static final String PROJECT = "Fact Check Sample";
    static final String ARTICLE = "welcome/us-china-talks-2021-11-10.article";
    private static final String PRODUCT = "factcheck.ui.product";

    @Override
    public void earlyStartup() {
        IProduct product = Platform.getProduct();
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode("factcheck.ui");
        if (product == null || !PRODUCT.equals(product.getId()) || prefs.getBoolean(DONE_KEY, false)) {
            return;
        }
        prefs.putBoolean(DONE_KEY, true);
        boolean ownSample = System.getProperty(SampleProjectStartup.PROPERTY) == null;
        Job.create("Opening the Fact Check sample", monitor -> {
            try {
                IFile article = ownSample ? createSample() : null;
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> show(article));
                return Status.OK_STATUS;
            } catch (CoreException e) {
                return e.getStatus();
            }
        }).schedule();
    }

    /** Creates the sample project with its article (if it is not there yet) and returns the article. */
    public static IFile createSample() throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        ArticleNature.addTo(project, null);
        URL entry = FrameworkUtil.getBundle(FirstRunWelcome.class).getEntry(ARTICLE);
        IFile article = project.getFile(ARTICLE.substring(ARTICLE.indexOf('/') + 1));
        if (entry != null && !article.exists()) {
            try (InputStream in = entry.openStream()) {
                article.create(in, true, null);
            } catch (IOException e) {
                throw new CoreException(Status.error("Cannot read the bundled sample article", e));
            }
        }
        return article;
    }

    /** Shows the Fact Check perspective and opens the article (when there is one) in it. */
    public static void show(IFile article) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null) {
            return;
        }
        try {
            IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(FactCheckPerspective.ID, window);
            if (article != null && article.exists()) {
                IDE.openEditor(page, article);
            }
        } catch (WorkbenchException e) {
            ILog.of(FirstRunWelcome.class).log(new Status(IStatus.ERROR, "factcheck.ui", "Cannot open the welcome", e));
        }
    }
}
