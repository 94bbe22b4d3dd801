package factcheck.core.extract.quote;

import static factcheck.core.extract.quote.QuoteMarks.LEFT_DOUBLE;
import static factcheck.core.extract.quote.QuoteMarks.LEFT_GUILLEMET;
import static factcheck.core.extract.quote.QuoteMarks.LEFT_SINGLE_GUILLEMET;
import static factcheck.core.extract.quote.QuoteMarks.RIGHT_GUILLEMET;
import static factcheck.core.extract.quote.QuoteMarks.RIGHT_SINGLE_GUILLEMET;
import static factcheck.core.extract.quote.QuoteMarks.LOW_DOUBLE;
import static factcheck.core.extract.quote.QuoteMarks.LEFT_SINGLE;
import static factcheck.core.extract.quote.QuoteMarks.RIGHT_DOUBLE;
import static factcheck.core.extract.quote.QuoteMarks.RIGHT_SINGLE;
import static factcheck.core.extract.quote.QuoteMarks.STRAIGHT_DOUBLE;
import static factcheck.core.extract.quote.QuoteMarks.STRAIGHT_SINGLE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import factcheck.core.annotation.TextRef;

/**
 * One left-to-right pass over the text units (headline, then body paragraphs) with a tiny state: at
 * most one open outer quotation and one nested quotation inside it. Each character is looked at a
 * bounded number of times, so 10,000 unbalanced marks cost no more than 10,000 balanced ones.
 */
final class QuoteScanner {

    /** A stretch of text scanned as a whole; {@code body} units may continue into the next one. */
    record Unit(int start, int end, int paragraph, boolean body) {
    }

    /** An opening mark waiting for its close. */
    private static final class Open {
        final int pos;
        final char mark;
        final int paragraph;
        final boolean isDouble;
        int lastMark;
        Open inner;

        Open(int pos, char mark, int paragraph, boolean isDouble) {
            this.pos = pos;
            this.mark = mark;
            this.paragraph = paragraph;
            this.isDouble = isDouble;
            this.lastMark = pos;
        }
    }

    private final String text;
    private final List<Quote> found = new ArrayList<>();
    private Open open;
    private int lastEnd;
    private int[] marks;
    private int markIndex;

    QuoteScanner(String text) {
        this.text = text;
    }

    List<Quote> scan(List<Unit> units) {
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            Unit next = u + 1 < units.size() ? units.get(u + 1) : null;
            scanUnit(unit, next);
        }
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.depth(), b.depth()));
        return found;
    }

    private void scanUnit(Unit unit, Unit next) {
        marks = doubleMarks(unit);
        markIndex = -1;
        lastEnd = unit.start();
        int from = unit.start();
        if (open != null) {
            // Carried over from the paragraph before: the first mark here is the reopening one.
            open.lastMark = unit.start();
            markIndex = 0;
            from = unit.start() + 1;
        }
        for (int pos = from; pos < unit.end(); pos++) {
            char c = text.charAt(pos);
            if (QuoteMarks.isDouble(c)) {
                markIndex++;
                onDouble(c, pos, unit);
            } else if (open != null && (c == LEFT_SINGLE || c == RIGHT_SINGLE || c == STRAIGHT_SINGLE
                    || c == LEFT_SINGLE_GUILLEMET || c == RIGHT_SINGLE_GUILLEMET)) {
                onSingle(c, pos, unit);
            }
        }
        if (open == null) {
            return;
        }
        open.inner = null; // a nested mark never closed was an apostrophe or a slip; nothing to report
        boolean nextContinues = unit.body() && next != null && next.body();
        char first = next == null || next.start() >= next.end() ? 0 : text.charAt(next.start());
        if (nextContinues && (first == LEFT_DOUBLE || first == STRAIGHT_DOUBLE || first == LOW_DOUBLE
                || first == LEFT_GUILLEMET)) {
            return; // the news convention: the next paragraph reopens, the quotation goes on
        }
        QuoteProblem problem = nextContinues ? QuoteProblem.PARAGRAPH_RUN_NOT_REOPENED : QuoteProblem.UNCLOSED;
        emit(open, unit.end(), -1, (char) 0, unit.paragraph(), problem, open.lastMark);
        open = null;
    }

    private void onDouble(char c, int pos, Unit unit) {
        if (open == null) {
            if (c == STRAIGHT_DOUBLE && QuoteMarks.inchMark(text, pos, unit.start())) {
                return; // 6" wide
            }
            if (c == RIGHT_DOUBLE || c == RIGHT_GUILLEMET || (c == STRAIGHT_DOUBLE
                    && QuoteMarks.straightDoubleClearlyCloses(text, pos, unit.start(), unit.end()))) {
                stray(c, pos, unit);
            } else {
                open = new Open(pos, c, unit.paragraph(), true);
            }
            return;
        }
        Open inner = open.inner;
        if (c == LEFT_GUILLEMET || c == RIGHT_GUILLEMET) {
            onGuillemet(c, pos, unit);
            return;
        }
        if (inner != null && inner.isDouble && c != LOW_DOUBLE
                && (c != LEFT_DOUBLE || inner.mark == LOW_DOUBLE && closesGerman(pos, unit))) {
            closeInner(c, pos, unit);
            return;
        }
        if (c == LOW_DOUBLE) {
            if (inner == null) {
                open.inner = new Open(pos, c, unit.paragraph(), true); // „ only ever opens
            }
            return;
        }
        if (c == LEFT_DOUBLE && open.mark == LOW_DOUBLE && closesGerman(pos, unit)) {
            emit(open, pos + 1, pos, c, unit.paragraph(), QuoteProblem.NONE, -1);
            open = null;
            return;
        }
        boolean looksOpening = QuoteMarks.opensAfter(text, pos, unit.start())
                || !QuoteMarks.closesBefore(text, pos, unit.end());
        if (c == RIGHT_DOUBLE || (c == STRAIGHT_DOUBLE && !(looksOpening && nestedAhead(unit)))) {
            emit(open, pos + 1, pos, c, unit.paragraph(), QuoteProblem.NONE, -1);
            open = null;
        } else if (c == STRAIGHT_DOUBLE || (looksOpening && nestedAhead(unit))) {
            if (inner == null) {
                open.inner = new Open(pos, c, unit.paragraph(), true);
            }
        } else {
            // “ … “ with nothing after that could close two quotations: the second “ is a wrong close.
            emit(open, pos + 1, pos, c, unit.paragraph(), QuoteProblem.MISMATCHED_CLOSE, pos);
            open = null;
        }
    }

    /** Guillemets say which way they face: « always opens (nested when a quotation is open), » always closes. */
    private void onGuillemet(char c, int pos, Unit unit) {
        Open inner = open.inner;
        if (c == LEFT_GUILLEMET) {
            if (inner == null) {
                open.inner = new Open(pos, c, unit.paragraph(), true);
            }
        } else if (inner != null && inner.isDouble) {
            closeInner(c, pos, unit);
        } else {
            emit(open, pos + 1, pos, c, unit.paragraph(), QuoteProblem.NONE, -1);
            open = null;
        }
    }

    private void onSingle(char c, int pos, Unit unit) {
        Open inner = open.inner;
        if (c == LEFT_SINGLE_GUILLEMET || c == RIGHT_SINGLE_GUILLEMET) {
            if (c == LEFT_SINGLE_GUILLEMET && inner == null) {
                open.inner = new Open(pos, c, unit.paragraph(), false);
            } else if (c == RIGHT_SINGLE_GUILLEMET && inner != null && !inner.isDouble) {
                closeInner(c, pos, unit);
            }
            return;
        }
        if (inner == null) {
            if (c != RIGHT_SINGLE && QuoteMarks.singleOpens(text, pos, unit.start(), unit.end())) {
                open.inner = new Open(pos, c, unit.paragraph(), false);
            }
        } else if (!inner.isDouble && c != LEFT_SINGLE
                && QuoteMarks.singleCloses(text, pos, unit.start(), unit.end())) {
            closeInner(c, pos, unit);
        }
    }

    private void closeInner(char c, int pos, Unit unit) {
        Open inner = open.inner;
        open.inner = null;
        String style = QuoteMarks.isCurly(inner.mark) == QuoteMarks.isCurly(c) ? QuoteMarks.style(c) : Quote.MIXED;
        found.add(new Quote(inner.pos, pos + 1, text.substring(inner.pos, pos + 1), content(inner.pos + 1, pos),
                true, QuoteProblem.NONE, -1, -1, String.valueOf(inner.mark), String.valueOf(c), inner.paragraph,
                unit.paragraph(), false, 1, style));
    }

    /** “ closes a quotation opened with „ (German style) when it ends a word: „so“ or „so“, not „ “x. */
    private boolean closesGerman(int pos, Unit unit) {
        return !QuoteMarks.opensAfter(text, pos, unit.start()) && QuoteMarks.closesBefore(text, pos, unit.end());
    }

    /** Whether the next two double marks in this unit both close, so this mark opens a nested one. */
    private boolean nestedAhead(Unit unit) {
        return markIndex + 2 < marks.length && closing(marks[markIndex + 1], unit) && closing(marks[markIndex + 2], unit);
    }

    private boolean closing(int pos, Unit unit) {
        char c = text.charAt(pos);
        return c == RIGHT_DOUBLE || (c == STRAIGHT_DOUBLE && !(QuoteMarks.opensAfter(text, pos, unit.start())
                && !QuoteMarks.closesBefore(text, pos, unit.end())));
    }

    private void stray(char c, int pos, Unit unit) {
        int start = lastEnd;
        while (start < pos && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        found.add(new Quote(start, pos + 1, text.substring(start, pos + 1), content(start, pos), false,
                QuoteProblem.STRAY_CLOSE, pos, pos + 1, null, String.valueOf(c), unit.paragraph(), unit.paragraph(),
                false, 0, QuoteMarks.style(c)));
        lastEnd = pos + 1;
    }

    private void emit(Open o, int end, int closePos, char closeMark, int paragraph, QuoteProblem problem, int at) {
        int contentEnd = closePos < 0 ? end : closePos;
        String style = closeMark == 0 || QuoteMarks.isCurly(o.mark) == QuoteMarks.isCurly(closeMark)
                ? QuoteMarks.style(o.mark) : Quote.MIXED;
        found.add(new Quote(o.pos, end, text.substring(o.pos, end), content(o.pos + 1, contentEnd),
                problem == QuoteProblem.NONE, problem, at, at < 0 ? -1 : at + 1, String.valueOf(o.mark),
                closeMark == 0 ? null : String.valueOf(closeMark), o.paragraph, paragraph, paragraph != o.paragraph,
                0, style));
        lastEnd = end;
    }

    private TextRef content(int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return TextRef.of(text, from, to);
    }

    private int[] doubleMarks(Unit unit) {
        int[] result = new int[16];
        int n = 0;
        for (int pos = unit.start(); pos < unit.end(); pos++) {
            if (QuoteMarks.isDouble(text.charAt(pos))) {
                if (n == result.length) {
                    result = Arrays.copyOf(result, n * 2);
                }
                result[n++] = pos;
            }
        }
        return Arrays.copyOf(result, n);
    }
}
