package factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import factcheck.workspace.packs.ProjectPackTrust;
import factcheck.workspace.packs.ProjectPacks;

/**
 * A project's own pack in .factcheck/rules/: saving a rule file recompiles it in the build, its
 * problems become markers on the rule file at the right line, and once fixed the rule fires on the
 * project's articles.
 */
class WorkspacePackTest {

    private static final String PACK = "id: uitest.workspace\nname: Workspace pack of the UI tests\nversion: 1.0.0\n";
    private static final String META = String.join("\n",
            "id: uitest.whopping",
            "category: style",
            "severity: warning",
            "title: Hype word",
            "");
    private static final String GOOD_RULE = String.join("\n",
            "package uitest.style",
            "",
            "import factcheck.core.nlp.Token",
            "",
            "global factcheck.core.rules.FindingSink findings",
            "",
            "rule \"uitest.whopping\"",
            "when",
            "    $t : Token( text == \"whopping\" )",
            "then",
            "    findings.report(drools, $t.start(), $t.end(), \"Hype: say how big\");",
            "end",
            "");
    private static final String ARTICLE = "date 2026-03-02 Budget\n\nThe council approved a whopping budget on Monday.\n";

    private IProject project;
    private IFile rule;
    private IFile article;

    @BeforeEach
    void createProjectWithPack() throws Exception {
        project = TestProjects.create("workspace-pack", true);
        // the pack under test is the user's own (ProjectPackTrustUiTest covers the question asked otherwise)
        ProjectPackTrust.setPrompt((p, pack) -> ProjectPackTrust.Decision.TRUSTED);
        ProjectPackTrust.decide(project, ProjectPackTrust.Decision.TRUSTED);
        IFolder folder = ProjectPacks.folder(project);
        project.getFolder(".factcheck").create(true, true, null);
        folder.create(true, true, null);
        folder.getFolder("style").create(true, true, null);
        write(folder.getFile("pack.yaml"), PACK);
        write(folder.getFile("style/whopping.yaml"), META);
        rule = folder.getFile("style/whopping.drl");
        article = TestProjects.article(project, "budget.article", ARTICLE);
    }

    @AfterEach
    void deleteProject() throws Exception {
        // (no reset to "undecided" while the project lives: a build still running would ask)
        TestProjects.dispose(project);
        ProjectPackTrust.setPrompt(new factcheck.ui.packs.ProjectPackTrustDialog());
    }

    @Test
    void aSyntaxErrorIsMarkedOnItsLineAndFixingItMakesTheRuleFire() throws Exception {
        // line 9: the pattern lacks its closing parenthesis
        write(rule, GOOD_RULE.replace("text == \"whopping\" )", "text == \"whopping\""));
        assertTrue(UiConditions.waitUntil(() -> !TestProjects.packMarkers(rule).isEmpty(), Duration.ofSeconds(90)),
                "no marker for the syntax error");
        assertEquals(1, TestProjects.packMarkers(rule).size(), () -> "one syntax error, one marker: " + messages(TestProjects.packMarkers(rule)));
        IMarker error = TestProjects.packMarkers(rule).get(0);
        assertEquals(IMarker.SEVERITY_ERROR, error.getAttribute(IMarker.SEVERITY, -1));
        int line = error.getAttribute(IMarker.LINE_NUMBER, -1);
        assertTrue(line == 9 || line == 10, "marker on line " + line + ": " + error.getAttribute(IMarker.MESSAGE, ""));
        assertTrue(TestProjects.markers(article, "uitest.whopping").isEmpty(), "a broken pack must not run");

        write(rule, GOOD_RULE);
        assertTrue(UiConditions.waitUntil(() -> TestProjects.packMarkers(rule).isEmpty()
                && TestProjects.markers(article, "uitest.whopping").size() == 1, Duration.ofSeconds(90)),
                "after the fix: pack markers " + messages(TestProjects.packMarkers(rule)) + ", article markers "
                        + TestProjects.markers(article));
        IMarker finding = TestProjects.markers(article, "uitest.whopping").get(0);
        assertEquals(ARTICLE.indexOf("whopping"), finding.getAttribute(IMarker.CHAR_START, -1));
    }

    @Test
    void usingJavaIoIsRefusedAtTheCall() throws Exception {
        write(rule, GOOD_RULE.replace("    findings.report(", "    new java.io.File(\"/tmp/x\").delete();\n    findings.report("));
        assertTrue(UiConditions.waitUntil(() -> !TestProjects.packMarkers(rule).isEmpty(), Duration.ofSeconds(90)),
                "no marker for the use of java.io");
        IMarker error = TestProjects.packMarkers(rule).get(0);
        assertEquals(11, error.getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals(IMarker.SEVERITY_ERROR, error.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(error.getAttribute(IMarker.MESSAGE, "").contains("refused by the rule pack sandbox: java.io.File"),
                error.getAttribute(IMarker.MESSAGE, ""));
        assertTrue(TestProjects.markers(article, "uitest.whopping").isEmpty(), "a refused pack must not run");
    }

    @Test
    void callingRuntimeIsRefusedAtTheCall() throws Exception {
        write(rule, GOOD_RULE.replace("    findings.report(", "    Runtime.getRuntime().gc();\n    findings.report("));
        assertTrue(UiConditions.waitUntil(() -> !TestProjects.packMarkers(rule).isEmpty(), Duration.ofSeconds(90)),
                "no marker for the Runtime call");
        // one marker per refused symbol (getRuntime and gc), all on the line of the call
        List<IMarker> errors = TestProjects.packMarkers(rule);
        assertTrue(errors.stream().allMatch(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) == 11), () -> messages(errors).toString());
        assertTrue(errors.stream().anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "")
                .contains("java.lang.Runtime.getRuntime: not in the rule API")), () -> messages(errors).toString());
        assertTrue(TestProjects.markers(article, "uitest.whopping").isEmpty(), "a refused pack must not run");
    }

    private static void write(IFile file, String text) throws CoreException {
        ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (file.exists()) {
            file.setContents(in, true, false, null);
        } else {
            file.create(in, true, null);
        }
    }


    private static List<String> messages(List<IMarker> markers) {
        return markers.stream().map(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) + ": "
                + m.getAttribute(IMarker.MESSAGE, "")).toList();
    }
}
