package factcheck.workspace.settings;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import factcheck.core.findings.Severity;
import factcheck.core.rules.RuleSettings;

/**
 * The user's settings, in the preference node {@value #NODE}: workspace-wide in InstanceScope, and
 * per project in ProjectScope (stored in the project's {@code .settings}, so a team shares them) when
 * the project enables {@value #PROJECT_SPECIFIC}.
 */
public final class CheckSettings {

    public static final String NODE = "factcheck.workspace";
    /** {@link CheckMode#id()}. */
    public static final String CHECK_MODE = "checkMode";
    /** Disabled rule ids, comma separated. */
    public static final String DISABLED_RULES = "rules.disabled";
    /** Severity overrides as {@code rule-id=severity}, comma separated. */
    public static final String SEVERITIES = "rules.severity";
    /** Project node only: whether the project's rule settings replace the workspace's. */
    public static final String PROJECT_SPECIFIC = "projectSpecific";

    private CheckSettings() {
    }

    public static IEclipsePreferences workspaceNode() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    public static IEclipsePreferences projectNode(IProject project) {
        return new ProjectScope(project).getNode(NODE);
    }

    public static CheckMode mode() {
        return CheckMode.parse(workspaceNode().get(CHECK_MODE, CheckMode.AS_YOU_TYPE.id()));
    }

    /** The rule settings that apply to files of the project (null: the workspace's). */
    public static RuleSettings ruleSettings(IProject project) {
        IEclipsePreferences node = workspaceNode();
        if (project != null && project.isAccessible()) {
            IEclipsePreferences projectNode = projectNode(project);
            if (projectNode.getBoolean(PROJECT_SPECIFIC, false)) {
                node = projectNode;
            }
        }
        return read(node.get(DISABLED_RULES, ""), node.get(SEVERITIES, ""));
    }

    /** Parses the two stored strings; unknown severities are ignored. */
    public static RuleSettings read(String disabled, String severities) {
        Set<String> off = new LinkedHashSet<>();
        for (String id : disabled.split(",")) {
            if (!id.isBlank()) {
                off.add(id.trim());
            }
        }
        return new RuleSettings(off, severities(severities));
    }

    public static Map<String, Severity> severities(String stored) {
        Map<String, Severity> map = new LinkedHashMap<>();
        for (String entry : stored.split(",")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                try {
                    map.put(entry.substring(0, eq).trim(), Severity.parse(entry.substring(eq + 1)));
                } catch (IllegalArgumentException e) {
                    // a hand-edited preference with a bad value: keep the rule's default
                }
            }
        }
        return map;
    }

    /** The inverse of {@link #severities(String)}. */
    public static String format(Map<String, Severity> severities) {
        StringBuilder b = new StringBuilder();
        severities.forEach((id, s) -> b.append(b.isEmpty() ? "" : ",").append(id).append('=').append(s.id()));
        return b.toString();
    }
}
