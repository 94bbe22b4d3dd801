package factcheck.ui.perspective;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Fact Check perspective, the product's default: articles in the middle, the project explorer
 * on the left, the article's outline on the right and the Fact Check view (findings and the claim
 * ledger with its details pane) below the article.
 */
public final class FactCheckPerspective implements IPerspectiveFactory {

    public static final String ID = "factcheck.ui.perspective";
    public static final String FACT_CHECK_VIEW = "factcheck.ui.views.factCheck";
    /** The Project Explorer of org.eclipse.ui.navigator.resources. */
    public static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("factcheck.ui.perspective.left", IPageLayout.LEFT, 0.18f, editors);
        left.addView(PROJECT_EXPLORER);
        IFolderLayout bottom = layout.createFolder("factcheck.ui.perspective.bottom", IPageLayout.BOTTOM, 0.66f, editors);
        bottom.addView(FACT_CHECK_VIEW);
        bottom.addPlaceholder(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
        IFolderLayout right = layout.createFolder("factcheck.ui.perspective.right", IPageLayout.RIGHT, 0.72f, editors);
        right.addView(IPageLayout.ID_OUTLINE);
        right.addPlaceholder(IPageLayout.ID_PROP_SHEET);

        layout.addShowViewShortcut(FACT_CHECK_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addNewWizardShortcut("factcheck.ui.wizards.newRulePack");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
    }
}
