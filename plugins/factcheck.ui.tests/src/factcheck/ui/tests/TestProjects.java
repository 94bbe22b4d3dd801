package factcheck.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.PlatformUI;

import factcheck.workspace.builder.ArticleNature;
import factcheck.workspace.markers.FindingMarkers;

/** Projects, articles and markers for the UI tests. */
final class TestProjects {

    /**
     * An article of our own: a misspelled title (the test pack's rule, with a fix), a vague source
     * (the standard pack's only rule), a quotation and a relative date against the header's dateline.
     */
    static final String ARTICLE = String.join("\n",
            "date 2021-11-10 Council approves the harbour budget",
            "",
            "Presidnet Maria Lopez of the harbour council said on Tuesday evening that the budget would pass.",
            "",
            "Economists say the plan will cut costs by 12 percent next year.",
            "",
            "\u201cWe have listened to every neighbourhood,\u201d Lopez said.",
            "");

    private TestProjects() {
    }

    static IProject create(String name, boolean withNature) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        if (withNature) {
            ArticleNature.addTo(project, null);
        }
        return project;
    }

    static IFile article(IProject project, String name, String text) throws CoreException {
        IFile file = project.getFile(name);
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        return file;
    }

    static void dispose(IProject project) throws CoreException {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        project.delete(true, true, null);
    }

    static List<IMarker> markers(IFile file) {
        try {
            return file.exists() ? Arrays.asList(file.findMarkers(FindingMarkers.TYPE, true, IResource.DEPTH_ZERO))
                    : List.of();
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rule-pack problem markers on a pack file (pack.yaml, a DRL file). */
    static List<IMarker> packMarkers(IFile file) {
        try {
            return file.exists() ? Arrays.asList(file.findMarkers(factcheck.workspace.markers.RulePackMarkers.TYPE, false,
                    IResource.DEPTH_ZERO)) : List.of();
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<IMarker> markers(IFile file, String ruleId) {
        return markers(file).stream().filter(m -> ruleId.equals(m.getAttribute(FindingMarkers.RULE_ID, ""))).toList();
    }
}
