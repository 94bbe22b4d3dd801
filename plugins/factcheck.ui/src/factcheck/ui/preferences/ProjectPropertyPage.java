package factcheck.ui.preferences;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.PropertyPage;
import org.osgi.service.prefs.BackingStoreException;

import factcheck.workspace.packs.ProjectPackTrust;
import factcheck.workspace.packs.ProjectPackTrust.Decision;
import factcheck.workspace.packs.ProjectPacks;
import factcheck.workspace.settings.CheckSettings;

/**
 * Project > Properties > Fact Check: rule settings of this project, stored in ProjectScope (the
 * project's {@code .settings} folder, shared with the team), used instead of the workspace's when
 * enabled.
 */
public final class ProjectPropertyPage extends PropertyPage {

    private Button specific;
    private RuleSettingsBlock rules;
    private Button runProjectPack;

    @Override
    protected Control createContents(Composite parent) {
        IProject project = Adapters.adapt(getElement(), IProject.class);
        IEclipsePreferences node = CheckSettings.projectNode(project);
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        specific = new Button(page, SWT.CHECK);
        specific.setText("Enable project-specific rule settings");
        specific.setSelection(node.getBoolean(CheckSettings.PROJECT_SPECIFIC, false));
        rules = new RuleSettingsBlock(page);
        rules.show(CheckSettings.ruleSettings(project));
        rules.setEnabled(specific.getSelection());
        specific.addListener(SWT.Selection, e -> rules.setEnabled(specific.getSelection()));
        if (ProjectPacks.exists(project)) {
            runProjectPack = new Button(page, SWT.CHECK);
            runProjectPack.setText(RUN_PROJECT_PACK);
            runProjectPack.setToolTipText("The rule pack in this project's .factcheck/rules/ folder came with the project."
                    + " It runs only while this is checked.");
            runProjectPack.setSelection(ProjectPackTrust.decision(project) == Decision.TRUSTED);
        }
        return page;
    }

    /** Label of the trust check box (UI tests find it by its text). */
    public static final String RUN_PROJECT_PACK = "Run this project's own rule pack (.factcheck/rules/)";

    @Override
    public boolean performOk() {
        IProject project = Adapters.adapt(getElement(), IProject.class);
        if (runProjectPack != null) {
            Decision wanted = runProjectPack.getSelection() ? Decision.TRUSTED : Decision.REFUSED;
            Decision now = ProjectPackTrust.decision(project);
            if (wanted != now && !(now == Decision.UNDECIDED && wanted == Decision.REFUSED)) {
                ProjectPackTrust.decide(project, wanted);
            }
        }
        IEclipsePreferences node = CheckSettings.projectNode(project);
        node.putBoolean(CheckSettings.PROJECT_SPECIFIC, specific.getSelection());
        if (specific.getSelection()) {
            RuleSettingsStore.write(node, rules.settings());
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            setErrorMessage("Cannot save the project settings: " + e.getMessage());
            return false;
        }
        return true;
    }
}
