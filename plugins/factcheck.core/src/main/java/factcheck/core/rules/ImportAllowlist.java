package factcheck.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps rule packs to data: DRL may import our fact model, java.util, java.time and java.lang's
 * value types, and may not name file, network, process, thread, class-loading or reflection APIs
 * anywhere in its code. Packs are shared between teams, so a rule must never reach outside the
 * article it checks. Comments and string literals are skipped, so a message may mention anything.
 */
public final class ImportAllowlist {

    private static final List<String> ALLOWED_IMPORT_PREFIXES = List.of(
            "factcheck.core.", "java.util.", "java.time.", "java.lang.Math", "java.lang.String",
            "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Boolean",
            "java.lang.Character", "java.text.Normalizer");

    /** Names no rule may use, even fully qualified without an import. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(java\\.io|java\\.nio|java\\.net|java\\.lang\\.reflect|java\\.lang\\.invoke|javax?\\.script"
                    + "|sun\\.|jdk\\.internal|java\\.lang\\.ProcessBuilder|java\\.lang\\.Runtime|java\\.lang\\.Thread"
                    + "|java\\.lang\\.ClassLoader|java\\.lang\\.System)\\b"
                    + "|\\b(Runtime|ProcessBuilder|Process|System|Thread|ClassLoader|Class\\s*\\.\\s*forName"
                    + "|getClass|getDeclaredMethod|getDeclaredField|setAccessible|Unsafe|exec)\\b");

    private static final Pattern IMPORT = Pattern.compile(
            "^\\s*import\\s+(?:static\\s+|function\\s+|accumulate\\s+)?([\\w.$*]+)");

    private ImportAllowlist() {
    }

    public static List<Diagnostic> check(String packId, String file, String drl) {
        List<Diagnostic> problems = new ArrayList<>();
        String code = blankCommentsAndStrings(drl);
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher imp = IMPORT.matcher(line);
            if (imp.find()) {
                String name = imp.group(1);
                if (ALLOWED_IMPORT_PREFIXES.stream().noneMatch(name::startsWith)) {
                    problems.add(new Diagnostic(packId, file, i + 1, imp.start(1) + 1, "import of " + name
                            + " is not allowed in rule packs (allowed: the factcheck.core fact model, java.util,"
                            + " java.time and java.lang value types)"));
                    continue;
                }
            }
            Matcher bad = FORBIDDEN.matcher(line);
            if (bad.find()) {
                problems.add(new Diagnostic(packId, file, i + 1, bad.start() + 1, "'" + bad.group()
                        + "' is not allowed in rule packs: rules may not touch files, the network, processes,"
                        + " threads, class loading or reflection"));
            }
        }
        return problems;
    }

    /** Replaces comments and string/char literals with spaces, keeping every line break and column. */
    static String blankCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/' || c == '#') {
                while (i < n && s.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                while (i < n && !(s.charAt(i) == '*' && i + 1 < n && s.charAt(i + 1) == '/')) {
                    blank(out, s, i++);
                }
                if (i < n) {
                    out.setCharAt(i++, ' ');
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '"' || c == '\'') {
                out.setCharAt(i++, ' ');
                while (i < n && s.charAt(i) != c && s.charAt(i) != '\n') {
                    if (s.charAt(i) == '\\' && i + 1 < n) {
                        out.setCharAt(i++, ' ');
                    }
                    blank(out, s, i++);
                }
                if (i < n && s.charAt(i) == c) {
                    out.setCharAt(i++, ' ');
                }
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, String s, int i) {
        if (s.charAt(i) != '\n') {
            out.setCharAt(i, ' ');
        }
    }
}
