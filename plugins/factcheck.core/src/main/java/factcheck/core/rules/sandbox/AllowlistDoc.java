package factcheck.core.rules.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The README's list of the rule API, made from {@code allowed-api.txt} so that the two cannot drift:
 * {@code AllowlistDocTest} fails when the README's section differs, and running this class with the
 * README's path rewrites it ({@code releng/scripts/allowed-api-doc.sh}).
 */
public final class AllowlistDoc {

    public static final String BEGIN = "<!-- allowed-api: generated from allowed-api.txt by releng/scripts/allowed-api-doc.sh -->";
    public static final String END = "<!-- allowed-api: end -->";

    private AllowlistDoc() {
    }

    /** The section between (and including) the markers. */
    public static String render(List<String> lines) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        String group = "General";
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("# ---")) {
                group = line.replaceAll("^# -+\\s*", "").replaceAll("\\s*-+$", "");
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(line.replaceFirst("\\s+#.*$", ""));
            }
        }
        StringBuilder out = new StringBuilder(BEGIN).append("\n\n<details><summary>The allowed API, by group (")
                .append(groups.values().stream().mapToInt(List::size).sum()).append(" lines)</summary>\n\n");
        groups.forEach((name, entries) -> {
            out.append("- **").append(name).append("**: ");
            out.append(String.join(", ", entries.stream().map(e -> "`" + e + "`").toList()));
            out.append("\n");
        });
        return out.append("\n</details>\n\n").append(END).toString();
    }

    /** The text with its generated section replaced (or unchanged when it has no markers). */
    public static String replaceIn(String text, String section) {
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            return text;
        }
        return text.substring(0, begin) + section + text.substring(end + END.length());
    }

    /** Rewrites the generated section of the file named by {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path readme = Path.of(args[0]);
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        Files.writeString(readme, replaceIn(text, render(ApiAllowlist.standard().lines())), StandardCharsets.UTF_8);
    }
}
