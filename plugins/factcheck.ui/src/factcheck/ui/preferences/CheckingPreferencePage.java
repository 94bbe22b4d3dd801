package factcheck.ui.preferences;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;

import factcheck.core.rules.RuleSettings;
import factcheck.workspace.ledger.VerifiedMarkers;
import factcheck.workspace.settings.CheckMode;
import factcheck.workspace.settings.CheckSettings;

/** Window > Preferences > Fact Check: when to check, and which rules report at what severity. */
public final class CheckingPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private final Button[] modes = new Button[CheckMode.values().length];
    private final Button[] verified = new Button[VerifiedMarkers.values().length];
    private RuleSettingsBlock rules;

    @Override
    public void init(IWorkbench workbench) {
        setDescription("Factcheck Workbench checks news articles with the contributed rule packs.");
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        Group mode = new Group(page, SWT.NONE);
        mode.setText("Check articles");
        mode.setLayout(new GridLayout(CheckMode.values().length, false));
        mode.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        for (CheckMode m : CheckMode.values()) {
            modes[m.ordinal()] = new Button(mode, SWT.RADIO);
            modes[m.ordinal()].setText(m.label());
        }
        Group ledger = new Group(page, SWT.NONE);
        ledger.setText("Markers of claims the ledger says are verified");
        ledger.setLayout(new GridLayout(VerifiedMarkers.values().length, false));
        ledger.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        String[] labels = {"Lower to information", "Hide", "Keep the rule's severity"};
        for (VerifiedMarkers v : VerifiedMarkers.values()) {
            verified[v.ordinal()] = new Button(ledger, SWT.RADIO);
            verified[v.ordinal()].setText(labels[v.ordinal()]);
        }
        verified[VerifiedMarkers.current().ordinal()].setSelection(true);
        rules = new RuleSettingsBlock(page);
        IEclipsePreferences node = CheckSettings.workspaceNode();
        modes[CheckSettings.mode().ordinal()].setSelection(true);
        rules.show(CheckSettings.read(node.get(CheckSettings.DISABLED_RULES, ""), node.get(CheckSettings.SEVERITIES, "")));
        return page;
    }

    @Override
    protected void performDefaults() {
        for (Button b : modes) {
            b.setSelection(b == modes[CheckMode.AS_YOU_TYPE.ordinal()]);
        }
        for (Button b : verified) {
            b.setSelection(b == verified[VerifiedMarkers.LOWER.ordinal()]);
        }
        rules.show(RuleSettings.DEFAULTS);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        IEclipsePreferences node = CheckSettings.workspaceNode();
        for (CheckMode m : CheckMode.values()) {
            if (modes[m.ordinal()].getSelection()) {
                node.put(CheckSettings.CHECK_MODE, m.id());
            }
        }
        for (VerifiedMarkers v : VerifiedMarkers.values()) {
            if (verified[v.ordinal()].getSelection()) {
                node.put(VerifiedMarkers.KEY, v.id());
            }
        }
        RuleSettingsStore.write(node, rules.settings());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            setErrorMessage("Cannot save the settings: " + e.getMessage());
            return false;
        }
        return true;
    }
}
