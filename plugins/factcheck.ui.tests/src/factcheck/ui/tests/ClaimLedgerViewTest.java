package factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import factcheck.core.ledger.Ledger;
import factcheck.core.ledger.LedgerEntry;
import factcheck.core.ledger.LedgerStatus;
import factcheck.core.ledger.LedgerStore;
import factcheck.ui.ledger.FactCheckReports;
import factcheck.ui.ledger.StatusField;
import factcheck.ui.views.FactCheckView;
import factcheck.workspace.ledger.ArticleLedger;
import factcheck.workspace.ledger.ArticleLedgers;
import factcheck.workspace.ledger.LedgerMarkers;

/**
 * The claim ledger in the Fact Check view: a status set in the details pane is saved to the ledger
 * file beside the article, survives closing the view and re-reading from disk, lowers the marker,
 * and the exported HTML report lists it.
 */
class ClaimLedgerViewTest {

    private static final String RULE = "attribution.vague-source";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = TestProjects.create("ledger", true);
    }

    @AfterEach
    void deleteProject() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.hideView(page.findView(FactCheckView.ID));
        TestProjects.dispose(project);
    }

    @Test
    void aStatusSetInTheViewIsSavedBesideTheArticleAndReportedInHtml() throws Exception {
        IFile file = TestProjects.article(project, "harbour.article", TestProjects.ARTICLE);
        assertTrue(UiConditions.waitUntil(() -> vagueSource(file) != null
                && "unchecked".equals(vagueSource(file).getAttribute(LedgerMarkers.STATUS, "")),
                Duration.ofSeconds(90)), "no ledger status on the vague-source marker: " + TestProjects.markers(file));
        assertEquals(IMarker.SEVERITY_WARNING, vagueSource(file).getAttribute(IMarker.SEVERITY, -1));

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        FactCheckView view = (FactCheckView) page.showView(FactCheckView.ID);
        Tree tree = tree();
        assertTrue(Arrays.stream(tree.getColumns()).map(TreeColumn::getText).toList().contains("Status"),
                "columns: " + Arrays.stream(tree.getColumns()).map(TreeColumn::getText).toList());
        TreeItem row = waitForRow(tree, "Economists say");
        assertEquals("unchecked", row.getText(statusColumn(tree)));

        // Select the finding, fill the details pane, save.
        tree.setSelection(row);
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.item = row;
        tree.notifyListeners(SWT.Selection, e);
        assertTrue(UiConditions.waitUntil(() -> view.details().progressText().startsWith("harbour.article: "),
                Duration.ofSeconds(10)), view.details().progressText());
        view.details().fill(LedgerStatus.VERIFIED, "Confirmed with the council's economist",
                List.of("https://harbour.example.org/budget-2022.pdf", "Council minutes, 9 Nov 2021"));
        Job save = view.details().save();
        assertNotNull(save, "the pane has a claim to save");
        assertTrue(UiConditions.waitUntil(() -> save.getResult() != null, Duration.ofSeconds(30)));
        assertTrue(save.getResult().isOK(), save.getResult().toString());

        Path ledgerPath = ArticleLedgers.ledgerPath(file);
        assertEquals(file.getLocation().toFile().toPath().getParent().resolve(".factcheck/harbour.article.ledger.json"),
                ledgerPath);
        Ledger onDisk = LedgerStore.read(ledgerPath);
        assertEquals(1, onDisk.entries().size(), Files.readString(ledgerPath));
        LedgerEntry entry = onDisk.entries().get(0);
        assertEquals(LedgerStatus.VERIFIED, entry.status());
        assertEquals("Economists say", entry.anchor().match());
        assertEquals("Confirmed with the council's economist", entry.note());
        assertEquals(2, entry.sources().size());
        assertTrue(UiConditions.waitUntil(() -> vagueSource(file).getAttribute(IMarker.SEVERITY, -1)
                == IMarker.SEVERITY_INFO, Duration.ofSeconds(20)), "a verified claim's marker is lowered");
        assertTrue(UiConditions.waitUntil(() -> "verified".equals(StatusField.label(vagueSource(file))),
                Duration.ofSeconds(10)));
        assertTrue(UiConditions.waitUntil(() -> ArticleLedgers.ledgerFile(file).exists(), Duration.ofSeconds(20)),
                "the workspace sees the ledger file");
        Arrays.stream(tree().getItems()).forEach(i -> i.setExpanded(true));
        assertTrue(UiConditions.waitUntil(() -> "verified".equals(waitForRow(tree(), "Economists say")
                .getText(statusColumn(tree()))), Duration.ofSeconds(20)), "the status column shows the verdict");
        Screenshots.take("claim-ledger-view");

        // A fresh view, and the markers rebuilt from the file on disk by a new check: still verified.
        page.hideView(view);
        ArticleLedger before = ArticleLedgers.get().ledgerOf(file);
        file.touch(null);
        assertTrue(UiConditions.waitUntil(() -> ArticleLedgers.get().ledgerOf(file) != before,
                Duration.ofSeconds(90)), "the article was checked again");
        assertEquals(LedgerStatus.VERIFIED, ArticleLedgers.get().ledgerOf(file).rows().stream()
                .filter(r -> r.anchor().match().equals("Economists say")).findFirst().orElseThrow().status(),
                "the check re-read the verdict from the file");
        FactCheckView reopened = (FactCheckView) page.showView(FactCheckView.ID);
        assertTrue(UiConditions.waitUntil(() -> "verified".equals(waitForRow(tree(), "Economists say")
                .getText(statusColumn(tree()))), Duration.ofSeconds(30)), "the reopened view shows the verdict");
        assertNotNull(reopened.details());

        // The HTML report lists the claim with its verdict, note and sources.
        Path report = Files.createTempDirectory("report").resolve("fact-check.html");
        Job export = FactCheckReports.export(List.of(project), report);
        export.schedule();
        assertTrue(UiConditions.waitUntil(() -> export.getResult() != null, Duration.ofSeconds(60)));
        assertTrue(export.getResult().isOK(), export.getResult().toString());
        Document html = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(report)));
        NodeList rows = html.getElementsByTagName("tr");
        Element verified = null;
        for (int i = 0; i < rows.getLength(); i++) {
            Element tr = (Element) rows.item(i);
            if (tr.getAttribute("class").equals("status-verified")) {
                verified = tr;
            }
        }
        assertNotNull(verified, Files.readString(report));
        assertTrue(verified.getTextContent().contains("Economists say the plan will cut costs by 12 percent"),
                verified.getTextContent());
        assertTrue(verified.getTextContent().contains("Confirmed with the council's economist"));
        assertEquals("https://harbour.example.org/budget-2022.pdf",
                ((Element) verified.getElementsByTagName("a").item(0)).getAttribute("href"));
        assertTrue(html.getElementsByTagName("h2").item(0).getTextContent().equals("/ledger/harbour.article"));
        Files.copy(report, Path.of(System.getProperty("factcheck.screenshots", "target/screenshots"))
                .resolve("claim-ledger-report.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static IMarker vagueSource(IFile file) {
        return TestProjects.markers(file, RULE).stream()
                .filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("Economists say")).findFirst().orElse(null);
    }

    private static Tree tree() {
        UiConditions.activateWorkbench();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.findView(FactCheckView.ID).setFocus();
        return (Tree) Display.getCurrent().getFocusControl();
    }

    private static int statusColumn(Tree tree) {
        TreeColumn[] columns = tree.getColumns();
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].getText().equals("Status")) {
                return i;
            }
        }
        throw new AssertionError("no Status column");
    }

    /** The row of the finding whose description contains the text, expanding groups until it shows. */
    private static TreeItem waitForRow(Tree tree, String text) {
        TreeItem[] found = new TreeItem[1];
        UiConditions.waitUntil(() -> {
            for (TreeItem group : tree.getItems()) {
                if (!group.getExpanded()) {
                    group.setExpanded(true);
                    org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
                    e.item = group;
                    tree.notifyListeners(SWT.Expand, e);
                }
                for (TreeItem item : group.getItems()) {
                    if (item.getText().contains(text)) {
                        found[0] = item;
                        return true;
                    }
                }
            }
            return false;
        }, Duration.ofSeconds(30));
        if (found[0] == null) {
            throw new AssertionError("no row with " + text);
        }
        return found[0];
    }
}
