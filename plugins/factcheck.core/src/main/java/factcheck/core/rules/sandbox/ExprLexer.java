package factcheck.core.rules.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a DRL constraint or {@code from} expression (MVEL syntax) into tokens for
 * {@link ExprChecker}. Refuses anything outside string literals that is not plain expression syntax:
 * a backslash (a Unicode escape could hide an identifier), braces (MVEL blocks and inline maps) and
 * statement separators.
 */
final class ExprLexer {

    enum Kind { IDENT, NUMBER, STRING, OP, END }

    record Tok(Kind kind, String text, int offset) {
        boolean is(String s) {
            return (kind == Kind.OP || kind == Kind.IDENT) && text.equals(s);
        }
    }

    static final class LexException extends Exception {
        private static final long serialVersionUID = 1L;

        LexException(String message) {
            super(message);
        }
    }

    private static final String[] OPERATORS = { "!.", "==", "!=", "<=", ">=", "&&", "||", "::", "(", ")", "[", "]", ",",
            ".", "<", ">", "+", "-", "*", "/", "%", "!", "?", ":", "#" };

    private ExprLexer() {
    }

    static List<Tok> lex(String s) throws LexException {
        List<Tok> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(s.charAt(i))) {
                    i++;
                }
                out.add(new Tok(Kind.IDENT, s.substring(start, i), start));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
                        || s.charAt(i) == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
                    i++;
                }
                out.add(new Tok(Kind.NUMBER, s.substring(start, i), start));
            } else if (c == '"' || c == '\'') {
                int start = i++;
                StringBuilder text = new StringBuilder();
                while (i < n && s.charAt(i) != c) {
                    if (s.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    text.append(s.charAt(i++));
                }
                if (i >= n) {
                    throw new LexException("unterminated string");
                }
                i++;
                out.add(new Tok(Kind.STRING, text.toString(), start));
            } else {
                String op = null;
                for (String candidate : OPERATORS) {
                    if (s.startsWith(candidate, i)) {
                        op = candidate;
                        break;
                    }
                }
                if (op == null) {
                    throw new LexException("'" + c + "' is not allowed in a rule's conditions");
                }
                out.add(new Tok(Kind.OP, op, i));
                i += op.length();
            }
        }
        out.add(new Tok(Kind.END, "", n));
        return out;
    }
}
