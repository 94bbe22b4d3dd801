package factcheck.workspace.check;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code <!-- factcheck-disable RULE-ID ... -->} comments, which switch rules off for the file
 * they stand in. The engine is meant to honour them itself; the workbench reads them too, so a
 * "Disable rule for this file" quick fix works whichever engine version is installed.
 */
public final class Suppressions {

    /** The comment the quick fix inserts, for one rule. */
    public static String comment(String ruleId) {
        return "<!-- factcheck-disable " + ruleId + " -->";
    }

    private static final Pattern COMMENT = Pattern.compile("<!--\\s*factcheck-disable\\s+([^>]*?)\\s*-->");

    private Suppressions() {
    }

    /** The rule ids switched off by comments in the text. */
    public static Set<String> disabledRules(String text) {
        Set<String> ids = new LinkedHashSet<>();
        if (text.indexOf("factcheck-disable") < 0) {
            return ids;
        }
        Matcher m = COMMENT.matcher(text);
        while (m.find()) {
            for (String id : m.group(1).split("[\\s,]+")) {
                if (!id.isBlank()) {
                    ids.add(id.trim());
                }
            }
        }
        return ids;
    }
}
