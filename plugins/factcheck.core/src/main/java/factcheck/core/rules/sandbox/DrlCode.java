package factcheck.core.rules.sandbox;

import java.util.regex.Pattern;

/**
 * The code of a DRL text without its comments and string literals, for cheap keyword tests before
 * paying for a parse. Only an optimisation: a text this scanner misreads is parsed anyway, or its
 * check is redone with the parse (see {@link PackSandbox#checkBytecode}), so it can cost time but
 * never change a verdict.
 */
final class DrlCode {

    private static final Pattern DECLARE = Pattern.compile("\\bdeclare\\b");

    private DrlCode() {
    }

    /** Whether the text may declare a type: the keyword outside comments and strings. */
    static boolean mayDeclareTypes(String drl) {
        return DECLARE.matcher(code(drl)).find();
    }

    /**
     * The text with each comment and string literal replaced by one space (so words on either side
     * stay apart). An unterminated string or comment runs to the end of its line or text.
     */
    static String code(String drl) {
        StringBuilder out = new StringBuilder(drl.length());
        int i = 0;
        int n = drl.length();
        while (i < n) {
            char c = drl.charAt(i);
            char next = i + 1 < n ? drl.charAt(i + 1) : '\0';
            if (c == '/' && next == '/') {
                i = lineEnd(drl, i);
                out.append(' ');
            } else if (c == '/' && next == '*') {
                int end = drl.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                i = stringEnd(drl, i, c);
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** The index after the closing quote (backslash escapes skipped), or the line's end. */
    private static int stringEnd(String text, int open, char quote) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return text.length();
    }
}
