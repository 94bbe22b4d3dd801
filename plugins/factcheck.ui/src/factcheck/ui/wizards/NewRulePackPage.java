package factcheck.ui.wizards;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import factcheck.workspace.packs.ProjectPacks;

/** Which project gets the pack, and the pack's id. */
final class NewRulePackPage extends WizardPage {

    private final IProject initial;
    private Combo projects;
    private Text id;

    NewRulePackPage(IProject initial) {
        super("newRulePack");
        this.initial = initial;
        setTitle("Fact Check Rule Pack");
        setDescription("Creates " + ProjectPacks.FOLDER + "/ with one example rule and its tests.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        new Label(c, SWT.NONE).setText("Project:");
        projects = new Combo(c, SWT.READ_ONLY);
        projects.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (p.isOpen()) {
                projects.add(p.getName());
            }
        }
        if (initial != null) {
            projects.setText(initial.getName());
        } else if (projects.getItemCount() > 0) {
            projects.select(0);
        }
        new Label(c, SWT.NONE).setText("Pack id:");
        id = new Text(c, SWT.BORDER);
        id.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        id.setText(projects.getText().isEmpty() ? "newsroom.house-style" : projects.getText().toLowerCase() + ".rules");
        projects.addModifyListener(e -> validate());
        id.addModifyListener(e -> validate());
        setControl(c);
        validate();
    }

    private void validate() {
        String message = null;
        if (projects.getText().isEmpty()) {
            message = "Choose an open project.";
        } else if (!id.getText().matches("[a-z][a-z0-9]*([.-][a-z0-9]+)*")) {
            message = "The pack id is lower case letters and digits separated by dots or dashes.";
        } else if (ProjectPacks.folder(project()).exists()) {
            message = "The project already has a rule pack in " + ProjectPacks.FOLDER + ".";
        }
        setErrorMessage(message);
        setPageComplete(message == null);
    }

    IProject project() {
        return ResourcesPlugin.getWorkspace().getRoot().getProject(projects.getText());
    }

    String packId() {
        return id.getText();
    }
}
