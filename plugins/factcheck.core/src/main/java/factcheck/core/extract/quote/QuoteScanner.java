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
        /** 2 for the typewriter pairs `` and '', 1 for every other mark. */
        final int width;
        /** Opened with ” turned the wrong way: ”Words …” */
        boolean wrongWay;
        int lastMark;
        Open inner;

        Open(int pos, char mark, int paragraph, boolean isDouble, int width) {
            this.pos = pos;
            this.mark = mark;
            this.paragraph = paragraph;
            this.isDouble = isDouble;
            this.width = width;
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
            from = unit.start() + QuoteMarks.pairAt(text, unit.start(), unit.end(), false);
        }
        for (int pos = from; pos < unit.end(); pos++) {
            char c = text.charAt(pos);
            int tag = c == '<' ? QuoteMarks.tagEnd(text, pos, unit.end()) : -1;
            if (tag > 0) {
                pos = tag - 1; // the marks inside an embed's tag delimit its attributes
                continue;
            }
            int pair = QuoteMarks.pairAt(text, pos, unit.end(), innerSingleOpen());
            if (pair == 2) {
                // `` opens like “; '' goes either way like a straight double mark (older AP and NYT copy)
                markIndex++;
                onDouble(c == '`' ? LEFT_DOUBLE : STRAIGHT_DOUBLE, pos, 2, unit);
                pos++;
            } else if (QuoteMarks.isDouble(c)) {
                markIndex++;
                onDouble(c, pos, 1, unit);
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
                || first == LEFT_GUILLEMET || QuoteMarks.pairAt(text, next.start(), next.end(), false) == 2)) {
            return; // the news convention: the next paragraph reopens, the quotation goes on
        }
        QuoteProblem problem = nextContinues ? QuoteProblem.PARAGRAPH_RUN_NOT_REOPENED : QuoteProblem.UNCLOSED;
        emit(open, unit.end(), -1, QuoteMarks.pairAt(text, open.lastMark, unit.end(), false), unit.paragraph(), problem,
                open.lastMark);
        open = null;
    }

    private boolean innerSingleOpen() {
        return open != null && open.inner != null && !open.inner.isDouble;
    }

    /**
     * A double mark at pos, {@code width} characters long; {@code c} is the mark it acts as (`` acts
     * as “ and '' as ").
     */
    private void onDouble(char c, int pos, int width, Unit unit) {
        int last = pos + width - 1;
        if (open == null) {
            if (c == STRAIGHT_DOUBLE && QuoteMarks.inchMark(text, pos, unit.start())) {
                return; // 6" wide, 6'' wide
            }
            if (c == RIGHT_DOUBLE && wrongWayOpening(pos, unit)) {
                open = new Open(pos, LEFT_DOUBLE, unit.paragraph(), true, width);
                open.wrongWay = true; // ”Fear is what I feel,” she said: the first mark is turned the wrong way
                return;
            }
            if (c == RIGHT_DOUBLE || c == RIGHT_GUILLEMET || (c == STRAIGHT_DOUBLE
                    && !QuoteMarks.opensAfter(text, pos, unit.start()) && QuoteMarks.closesBefore(text, last, unit.end()))) {
                stray(pos, width, unit);
            } else {
                open = new Open(pos, c, unit.paragraph(), true, width);
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
            closeInner(pos, width, unit);
            return;
        }
        if (c == LOW_DOUBLE) {
            if (inner == null) {
                open.inner = new Open(pos, c, unit.paragraph(), true, 1); // „ only ever opens
            }
            return;
        }
        if (c == LEFT_DOUBLE && open.mark == LOW_DOUBLE && closesGerman(pos, unit)) {
            emit(open, pos + width, pos, width, unit.paragraph(), QuoteProblem.NONE, -1);
            open = null;
            return;
        }
        boolean looksOpening = QuoteMarks.opensAfter(text, pos, unit.start())
                || !QuoteMarks.closesBefore(text, last, unit.end());
        if (c == RIGHT_DOUBLE || (c == STRAIGHT_DOUBLE && !(looksOpening && nestedAhead(unit)))) {
            emit(open, pos + width, pos, width, unit.paragraph(), QuoteProblem.NONE, -1);
            open = null;
        } else if (c == STRAIGHT_DOUBLE || (looksOpening && nestedAhead(unit))) {
            if (inner == null) {
                open.inner = new Open(pos, c, unit.paragraph(), true, width);
            }
        } else {
            // “ … “ with nothing after that could close two quotations: the second “ is a wrong close.
            emit(open, pos + width, pos, width, unit.paragraph(), QuoteProblem.MISMATCHED_CLOSE, pos);
            open = null;
        }
    }

    /** Guillemets say which way they face: « always opens (nested when a quotation is open), » always closes. */
    private void onGuillemet(char c, int pos, Unit unit) {
        Open inner = open.inner;
        if (c == LEFT_GUILLEMET) {
            if (inner == null) {
                open.inner = new Open(pos, c, unit.paragraph(), true, 1);
            }
        } else if (inner != null && inner.isDouble) {
            closeInner(pos, 1, unit);
        } else {
            emit(open, pos + 1, pos, 1, unit.paragraph(), QuoteProblem.NONE, -1);
            open = null;
        }
    }

    private void onSingle(char c, int pos, Unit unit) {
        Open inner = open.inner;
        if (c == LEFT_SINGLE_GUILLEMET || c == RIGHT_SINGLE_GUILLEMET) {
            if (c == LEFT_SINGLE_GUILLEMET && inner == null) {
                open.inner = new Open(pos, c, unit.paragraph(), false, 1);
            } else if (c == RIGHT_SINGLE_GUILLEMET && inner != null && !inner.isDouble) {
                closeInner(pos, 1, unit);
            }
            return;
        }
        if (inner == null) {
            if (c != RIGHT_SINGLE && QuoteMarks.singleOpens(text, pos, unit.start(), unit.end())) {
                open.inner = new Open(pos, c, unit.paragraph(), false, 1);
            }
        } else if (!inner.isDouble && c != LEFT_SINGLE
                && QuoteMarks.singleCloses(text, pos, unit.start(), unit.end())) {
            closeInner(pos, 1, unit);
        }
    }

    /** Closes the nested quotation with the mark at pos, {@code width} characters long. */
    private void closeInner(int pos, int width, Unit unit) {
        Open inner = open.inner;
        open.inner = null;
        char o = text.charAt(inner.pos);
        char c = text.charAt(pos);
        String style = QuoteMarks.isCurly(o) == QuoteMarks.isCurly(c) ? QuoteMarks.style(c) : Quote.MIXED;
        found.add(new Quote(inner.pos, pos + width, text.substring(inner.pos, pos + width),
                content(inner.pos + inner.width, pos), true, QuoteProblem.NONE, -1, -1,
                text.substring(inner.pos, inner.pos + inner.width), text.substring(pos, pos + width), inner.paragraph,
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
        int last = pos + QuoteMarks.pairAt(text, pos, unit.end(), false) - 1;
        return c == RIGHT_DOUBLE || ((c == STRAIGHT_DOUBLE || c == STRAIGHT_SINGLE)
                && !(QuoteMarks.opensAfter(text, pos, unit.start()) && !QuoteMarks.closesBefore(text, last, unit.end())));
    }

    /**
     * Whether ” at {@code pos}, with nothing open, opens a quotation: it stands where words begin (at
     * the unit's start or after a space) and right before a word or an ellipsis, and a ” that closes
     * (after a word or punctuation) follows later in the unit. "reckless” and" stays a stray close.
     */
    private boolean wrongWayOpening(int pos, Unit unit) {
        if (!QuoteMarks.opensAfter(text, pos, unit.start()) || pos + 1 >= unit.end()) {
            return false;
        }
        char after = text.charAt(pos + 1);
        if (!Character.isLetterOrDigit(after) && after != '\u2026' && after != ' ' ) {
            return false;
        }
        if (after == ' ' && (pos + 2 >= unit.end() || text.charAt(pos + 2) != '\u2026')) {
            return false; // "” … what I learned": an ellipsis after a space opens too; a lone mark does not
        }
        for (int x = pos + 1; x < unit.end(); x++) {
            char c = text.charAt(x);
            if (c == LEFT_DOUBLE || c == STRAIGHT_DOUBLE) {
                return false; // another quotation's marks come first: this mark is not the opening of a pair
            }
            if (c == RIGHT_DOUBLE) {
                return QuoteMarks.closesBefore(text, x, unit.end()) && !QuoteMarks.opensAfter(text, x, unit.start());
            }
        }
        return false;
    }

    private void stray(int pos, int width, Unit unit) {
        int start = lastEnd;
        while (start < pos && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        found.add(new Quote(start, pos + width, text.substring(start, pos + width), content(start, pos), false,
                QuoteProblem.STRAY_CLOSE, pos, pos + width, null, text.substring(pos, pos + width), unit.paragraph(),
                unit.paragraph(), false, 0, QuoteMarks.style(text.charAt(pos))));
        lastEnd = pos + width;
    }

    /**
     * Records the outer quotation {@code o}, ending at {@code end}; its closing mark (closeWidth
     * characters) sits at closePos, or closePos is -1 when it was never closed.
     */
    private void emit(Open o, int end, int closePos, int closeWidth, int paragraph, QuoteProblem problem, int at) {
        if (o.wrongWay && problem == QuoteProblem.NONE) {
            problem = QuoteProblem.WRONG_WAY_OPEN; // the pair is whole; its opening mark is the one to fix
            at = o.pos;
            closeWidth = o.width;
        }
        int contentEnd = closePos < 0 ? end : closePos;
        char openChar = text.charAt(o.pos);
        String style = closePos < 0 || QuoteMarks.isCurly(openChar) == QuoteMarks.isCurly(text.charAt(closePos))
                ? QuoteMarks.style(openChar) : Quote.MIXED;
        found.add(new Quote(o.pos, end, text.substring(o.pos, end), content(o.pos + o.width, contentEnd),
                problem == QuoteProblem.NONE, problem, at, at < 0 ? -1 : at + closeWidth,
                text.substring(o.pos, o.pos + o.width), closePos < 0 ? null : text.substring(closePos, closePos + closeWidth),
                o.paragraph, paragraph, paragraph != o.paragraph, 0, style));
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
            int tag = text.charAt(pos) == '<' ? QuoteMarks.tagEnd(text, pos, unit.end()) : -1;
            if (tag > 0) {
                pos = tag - 1; // as in scanUnit: an embed's attribute marks are not quotation marks
                continue;
            }
            int pair = QuoteMarks.pairAt(text, pos, unit.end(), true);
            if (pair == 2 || QuoteMarks.isDouble(text.charAt(pos))) {
                if (n == result.length) {
                    result = Arrays.copyOf(result, n * 2);
                }
                result[n++] = pos;
                pos += pair - 1;
            }
        }
        return Arrays.copyOf(result, n);
    }
}
