package factcheck.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Offsets are UTF-16 positions in the original text, whatever its line ends and characters. */
class OffsetTest {

    @Test
    void crlfText() {
        String text = "Harbour news\r\n\r\nThe ferry sank on Tuesday.\r\nDivers will return on Nov. 8, 2019.\r\n";
        Resolved r = Resolved.of("2019-03-14", text);
        TemporalExpression tue = r.get("Tuesday");
        assertEquals(text.indexOf("Tuesday"), tue.start());
        assertEquals("2019-03-12", tue.value());
        assertEquals(text.indexOf("Nov. 8, 2019"), r.get("Nov. 8, 2019").start());
    }

    @Test
    void nonAsciiAndSurrogatePairs() {
        String text = "Zoë’s café \uD83D\uDE00 in Malmö opened on March 3, 2019 and closed two days ago — Müller’s too.";
        Resolved r = Resolved.of("2019-03-14", text);
        TemporalExpression d = r.get("March 3, 2019");
        assertEquals(text.indexOf("March 3, 2019"), d.start());
        assertEquals(text.indexOf("March 3, 2019") + "March 3, 2019".length(), d.end());
        assertEquals("2019-03-12", r.value("two days ago"));
    }

    @Test
    void sentenceIndexIsReported() {
        Resolved r = Resolved.of("2019-03-14", "The dam held. It broke on Friday.");
        assertEquals(1, r.get("Friday").sentence());
    }
}
