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

import factcheck.workspace.settings.CheckSettings;

/**
 * Project > Properties > Fact Check: rule settings of this project, stored in ProjectScope (the
 * project's {@code .settings} folder, shared with the team), used instead of the workspace's when
 * enabled.
 */
public final class ProjectPropertyPage extends PropertyPage {

    private Button specific;
    private RuleSettingsBlock rules;

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
        return page;
    }

    @Override
    public boolean performOk() {
        IProject project = Adapters.adapt(getElement(), IProject.class);
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
