package factcheck.lsp;

import java.util.Arrays;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between the engine's offsets and LSP positions. Both count UTF-16 code units (Java
 * {@code char}s), so a column is an offset minus its line's start; what needs care is where lines
 * end: LSP breaks lines at {@code \r\n}, {@code \n} and {@code \r}, so a CRLF text has as many lines as
 * its LF twin and {@code \r} never counts as a column.
 */
final class TextPositions {

    private final String text;
    /** Offset where each line starts; the last line is the text after the last line break. */
    private final int[] starts;

    TextPositions(String text) {
        this.text = text;
        int[] found = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(found, count);
    }

    int lineCount() {
        return starts.length;
    }

    /** The position of an offset (clamped to the text). */
    Position position(int offset) {
        int at = Math.clamp(offset, 0, text.length());
        int line = Arrays.binarySearch(starts, at);
        if (line < 0) {
            line = -line - 2;
        }
        return new Position(line, at - starts[line]);
    }

    Range range(int start, int end) {
        return new Range(position(start), position(Math.max(start, end)));
    }

    /**
     * The offset of a position the client sent. A character past the end of its line means the line's
     * end (as LSP says); a line past the last one, a negative number or a position between the two
     * halves of a surrogate pair or of a CRLF is refused.
     *
     * @throws IllegalArgumentException saying what is wrong with the position
     */
    int offset(Position p) {
        if (p == null || p.getLine() < 0 || p.getCharacter() < 0) {
            throw new IllegalArgumentException("invalid position " + describe(p));
        }
        if (p.getLine() >= starts.length) {
            throw new IllegalArgumentException("position " + describe(p) + " is past the last line (" + (starts.length - 1)
                    + ")");
        }
        int start = starts[p.getLine()];
        int at = Math.min(start + p.getCharacter(), lineEnd(p.getLine()));
        if (at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at))) {
            throw new IllegalArgumentException("position " + describe(p) + " splits a surrogate pair");
        }
        return at;
    }

    /** The offset range of a client's range; start after end is refused. */
    int[] offsets(Range r) {
        if (r == null) {
            throw new IllegalArgumentException("missing range");
        }
        int start = offset(r.getStart());
        int end = offset(r.getEnd());
        if (end < start) {
            throw new IllegalArgumentException("range " + describe(r.getStart()) + "-" + describe(r.getEnd())
                    + " ends before it starts");
        }
        return new int[] { start, end };
    }

    /** The offset of the end of a line's content, before its line break. */
    int lineEnd(int line) {
        if (line + 1 >= starts.length) {
            return text.length();
        }
        int end = starts[line + 1];
        if (end >= 2 && text.charAt(end - 2) == '\r' && text.charAt(end - 1) == '\n') {
            return end - 2;
        }
        return end - 1;
    }

    private static String describe(Position p) {
        return p == null ? "(none)" : p.getLine() + ":" + p.getCharacter();
    }
}
