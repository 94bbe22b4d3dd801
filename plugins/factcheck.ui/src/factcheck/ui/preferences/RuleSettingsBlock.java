package factcheck.ui.preferences;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import factcheck.core.findings.Category;
import factcheck.core.findings.Severity;
import factcheck.core.rules.RuleMetadata;
import factcheck.core.rules.RulePack;
import factcheck.core.rules.RuleSettings;
import factcheck.workspace.FactcheckWorkspace;

/**
 * The rules of every contributed pack by pack and category, each with a check box (enabled) and a
 * severity override for the selected rule. Shared by the preference page and the project property
 * page. The packs are read in a job: reading bundles is I/O, which has no place on the UI thread.
 */
final class RuleSettingsBlock {

    private static final String DEFAULT = "Default";

    private final Tree tree;
    private final Combo severity;
    private final Label description;
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private RuleSettings initial = RuleSettings.DEFAULTS;

    RuleSettingsBlock(Composite parent) {
        Composite block = new Composite(parent, SWT.NONE);
        block.setLayout(new GridLayout(2, false));
        block.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Label title = new Label(block, SWT.NONE);
        title.setText("Rules (unchecked rules do not report):");
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        tree = new Tree(block, SWT.CHECK | SWT.BORDER | SWT.SINGLE);
        GridData treeData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        treeData.heightHint = 220;
        tree.setLayoutData(treeData);
        new TreeItem(tree, SWT.NONE).setText("Reading rule packs...");
        new Label(block, SWT.NONE).setText("Severity of the selected rule:");
        severity = new Combo(block, SWT.READ_ONLY);
        severity.setItems(DEFAULT, "error", "warning", "info");
        severity.setEnabled(false);
        description = new Label(block, SWT.WRAP);
        GridData descriptionData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        descriptionData.widthHint = 400;
        description.setLayoutData(descriptionData);

        tree.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && e.item instanceof TreeItem item) {
                checkDown(item, item.getChecked());
            }
            showSelected();
        });
        severity.addListener(SWT.Selection, e -> {
            String rule = selectedRule();
            if (rule != null) {
                if (severity.getSelectionIndex() <= 0) {
                    severities.remove(rule);
                } else {
                    severities.put(rule, Severity.parse(severity.getText()));
                }
            }
        });
        loadPacks();
    }

    /** Shows the settings (the packs may still be loading; they are applied when they arrive). */
    void show(RuleSettings settings) {
        initial = settings;
        severities.clear();
        severities.putAll(settings.severities());
        for (TreeItem pack : tree.getItems()) {
            for (TreeItem category : pack.getItems()) {
                for (TreeItem rule : category.getItems()) {
                    if (rule.getData() instanceof RuleMetadata m) {
                        rule.setChecked(settings.enabled(m.id()));
                    }
                }
            }
        }
        showSelected();
    }

    /** The settings as shown; rules not (yet) listed keep their initial state. */
    RuleSettings settings() {
        Set<String> disabled = new java.util.LinkedHashSet<>(initial.disabled());
        for (TreeItem pack : tree.getItems()) {
            for (TreeItem category : pack.getItems()) {
                for (TreeItem rule : category.getItems()) {
                    if (rule.getData() instanceof RuleMetadata m) {
                        if (rule.getChecked()) {
                            disabled.remove(m.id());
                        } else {
                            disabled.add(m.id());
                        }
                    }
                }
            }
        }
        return new RuleSettings(disabled, severities);
    }

    void setEnabled(boolean enabled) {
        tree.setEnabled(enabled);
        severity.setEnabled(enabled && selectedRule() != null);
    }

    private void loadPacks() {
        Job job = Job.create("Reading rule packs", monitor -> {
            List<RulePack> packs = FactcheckWorkspace.get().registry().packs();
            if (!tree.isDisposed()) {
                tree.getDisplay().asyncExec(() -> fill(packs));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void fill(List<RulePack> packs) {
        if (tree.isDisposed()) {
            return;
        }
        tree.removeAll();
        for (RulePack pack : packs) {
            TreeItem packItem = new TreeItem(tree, SWT.NONE);
            packItem.setText(pack.name() + " (" + pack.id() + " " + pack.version() + ")");
            Map<Category, List<RuleMetadata>> byCategory = new TreeMap<>();
            new TreeMap<>(pack.rules()).values().forEach(
                    m -> byCategory.computeIfAbsent(m.category(), c -> new java.util.ArrayList<>()).add(m));
            byCategory.forEach((category, rules) -> {
                TreeItem categoryItem = new TreeItem(packItem, SWT.NONE);
                categoryItem.setText(category.id());
                for (RuleMetadata m : rules) {
                    TreeItem ruleItem = new TreeItem(categoryItem, SWT.NONE);
                    ruleItem.setText(m.id() + " - " + m.title());
                    ruleItem.setData(m);
                }
                categoryItem.setExpanded(true);
            });
            packItem.setExpanded(true);
        }
        show(initial);
        syncParents();
    }

    private void checkDown(TreeItem item, boolean checked) {
        for (TreeItem child : item.getItems()) {
            child.setChecked(checked);
            checkDown(child, checked);
        }
        syncParents();
    }

    private void syncParents() {
        for (TreeItem pack : tree.getItems()) {
            boolean anyPack = false;
            for (TreeItem category : pack.getItems()) {
                boolean any = false;
                for (TreeItem rule : category.getItems()) {
                    any |= rule.getChecked();
                }
                category.setChecked(any);
                anyPack |= any;
            }
            pack.setChecked(anyPack);
        }
    }

    private String selectedRule() {
        TreeItem[] selection = tree.getSelection();
        return selection.length == 1 && selection[0].getData() instanceof RuleMetadata m ? m.id() : null;
    }

    private void showSelected() {
        TreeItem[] selection = tree.getSelection();
        if (selection.length == 1 && selection[0].getData() instanceof RuleMetadata m) {
            Severity s = severities.get(m.id());
            severity.select(s == null ? 0 : s.ordinal() == 2 ? 1 : s.ordinal() == 1 ? 2 : 3);
            severity.setEnabled(tree.isEnabled());
            description.setText(m.description() == null ? "" : m.description().strip()
                    + " (default severity: " + m.severity().id() + ")");
        } else {
            severity.select(0);
            severity.setEnabled(false);
            description.setText("");
        }
        description.getParent().layout(true);
    }
}
