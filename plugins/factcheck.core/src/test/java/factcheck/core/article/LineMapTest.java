package factcheck.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LineMapTest {

    @Test
    void countsLfCrlfAndLoneCrOnceEach() {
        String text = "one\ntwo\r\nthree\rfour";
        LineMap map = new LineMap(text);
        assertEquals(4, map.lineCount());
        assertEquals(1, map.line(text.indexOf("one")));
        assertEquals(2, map.line(text.indexOf("two")));
        assertEquals(3, map.line(text.indexOf("three")));
        assertEquals(4, map.line(text.indexOf("four")));
        assertEquals(3, map.column(text.indexOf("ree")));
    }

    @Test
    void theLineBreakBelongsToTheLineItEnds() {
        String text = "ab\r\ncd";
        LineMap map = new LineMap(text);
        assertEquals(1, map.line(2));
        assertEquals(1, map.line(3));
        assertEquals(2, map.line(4));
    }

    @Test
    void columnsCountUtf16UnitsOnNonAsciiLines() {
        String text = "“Café” — naïve 𝄞 clef";
        LineMap map = new LineMap(text);
        assertEquals(text.indexOf("clef") + 1, map.column(text.indexOf("clef")));
    }

    @Test
    void endOfTextIsOnTheLastLineEvenAfterAFinalNewline() {
        String text = "a\nb\n";
        LineMap map = new LineMap(text);
        assertEquals(3, map.line(text.length()));
        assertThrows(IndexOutOfBoundsException.class, () -> map.line(text.length() + 1));
    }
}
