package factcheck.core.rules;

/**
 * DRL text with its comments and string literals blanked out, for the digests that must look at code
 * only. (What a pack may do is decided by the sandbox on what the compiler resolved, never on text:
 * see {@code factcheck.core.rules.sandbox.PackSandbox}.)
 */
final class DrlText {

    private DrlText() {
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
