package factcheck.ui.preferences;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import factcheck.core.rules.RuleSettings;
import factcheck.workspace.settings.CheckSettings;

/** Writes rule settings in the form {@link CheckSettings#read} reads. */
final class RuleSettingsStore {

    private RuleSettingsStore() {
    }

    static void write(IEclipsePreferences node, RuleSettings settings) {
        node.put(CheckSettings.DISABLED_RULES, String.join(",", new java.util.TreeSet<>(settings.disabled())));
        node.put(CheckSettings.SEVERITIES, CheckSettings.format(new java.util.TreeMap<>(settings.severities())));
    }
}
