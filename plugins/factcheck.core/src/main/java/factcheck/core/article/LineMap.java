package factcheck.core.article;

import java.util.Arrays;

/**
 * Maps offsets of a decoded text to 1-based line and column numbers. A line ends after '\n', after a
 * lone '\r', or after "\r\n" (counted once), so CRLF files number their lines as editors do.
 * Columns count UTF-16 code units from the start of the line, starting at 1.
 */
public final class LineMap {

    private final int[] lineStarts;
    private final int length;

    public LineMap(CharSequence text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.length = n;
    }

    /** 1-based line of the offset (offsets equal to the text length belong to the last line). */
    public int line(int offset) {
        checkOffset(offset);
        int idx = Arrays.binarySearch(lineStarts, offset);
        return (idx >= 0 ? idx : -idx - 2) + 1;
    }

    /** 1-based column of the offset in UTF-16 code units. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** Offset of the first character of the 1-based line. */
    public int lineStart(int line) {
        if (line < 1 || line > lineStarts.length) {
            throw new IndexOutOfBoundsException("line " + line + " of " + lineStarts.length);
        }
        return lineStarts[line - 1];
    }

    public int lineCount() {
        return lineStarts.length;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + length + "]");
        }
    }
}
