package factcheck.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/** Offsets and LSP positions on CRLF, lone CR and text outside the Basic Multilingual Plane. */
class TextPositionsTest {

    @Test
    void crlfAndLfGiveTheSameLinesAndColumns() {
        TextPositions lf = new TextPositions("Mayor Ruiz\nsaid so.\n");
        TextPositions crlf = new TextPositions("Mayor Ruiz\r\nsaid so.\r\n");
        assertEquals(new Position(1, 5), lf.position("Mayor Ruiz\nsaid ".length()));
        assertEquals(new Position(1, 5), crlf.position("Mayor Ruiz\r\nsaid ".length()));
        assertEquals(3, crlf.lineCount());
        assertEquals("Mayor Ruiz\r\nsaid ".length(), crlf.offset(new Position(1, 5)));
        // A column past the line's end means its end, before the CRLF.
        assertEquals("Mayor Ruiz".length(), crlf.offset(new Position(0, 99)));
        assertEquals(new Position(2, 0), crlf.position(crlf.lineEnd(2)));
    }

    @Test
    void aLoneCarriageReturnEndsALine() {
        TextPositions cr = new TextPositions("one\rtwo");
        assertEquals(new Position(1, 1), cr.position(5));
        assertEquals(5, cr.offset(new Position(1, 1)));
    }

    @Test
    void columnsCountUtf16CodeUnits() {
        String text = "Ferry 🚢 to Port Ellis, café";
        TextPositions p = new TextPositions(text);
        int port = text.indexOf("Port");
        assertEquals(new Position(0, 12), p.position(port), "the ship is two UTF-16 units");
        assertEquals(port, p.offset(new Position(0, 12)));
        assertThrows(IllegalArgumentException.class, () -> p.offset(new Position(0, 7)),
                "between the two halves of the surrogate pair");
    }

    @Test
    void positionsOutsideTheTextAreRefused() {
        TextPositions p = new TextPositions("a\nb");
        assertThrows(IllegalArgumentException.class, () -> p.offset(new Position(2, 0)));
        assertThrows(IllegalArgumentException.class, () -> p.offset(new Position(-1, 0)));
        assertThrows(IllegalArgumentException.class,
                () -> p.offsets(new Range(new Position(1, 1), new Position(0, 0))));
    }
}
