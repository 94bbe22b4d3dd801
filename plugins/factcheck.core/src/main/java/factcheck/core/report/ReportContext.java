package factcheck.core.report;

import java.io.PrintStream;
import java.util.List;

/**
 * Everything a report writer needs besides the files: where to write, the tool's name and version,
 * the rules of the loaded packs (SARIF lists them), and the caller's choices.
 *
 * @param out         where the report goes (UTF-8)
 * @param toolName    the tool's name, e.g. {@code factcheck}
 * @param toolVersion the tool's version
 * @param informationUri where to read about the tool, or null when there is no such page
 * @param rules       every rule of the loaded packs, in pack order then id order
 * @param annotations whether to include the engine's annotations (JSON only)
 * @param color       whether to colour text output (a terminal)
 */
public record ReportContext(PrintStream out, String toolName, String toolVersion, String informationUri,
        List<RuleInfo> rules, boolean annotations, boolean color) {

    public ReportContext {
        rules = List.copyOf(rules);
    }
}
