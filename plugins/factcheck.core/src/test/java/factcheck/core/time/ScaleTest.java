package factcheck.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The finder is a single bounded-lookahead pass: large and hostile inputs finish quickly. */
class ScaleTest {

    private static final LocalDate DATELINE = LocalDate.of(2019, 3, 14);

    private static List<TemporalExpression> run(String text) {
        return new TemporalResolver().find(text, List.of(), DATELINE);
    }

    @Test
    void severalMegabytesOfNews() {
        String unit = "The ferry left on Tuesday, Nov. 8, 2019, two days ago, for three years since 2019; ";
        int copies = 4_000_000 / unit.length();
        String text = unit.repeat(copies);
        List<TemporalExpression> found = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run(text));
        assertEquals(copies * 4, found.size());
    }

    @Test
    void hostileInputs() {
        String[] inputs = {
            "1".repeat(2_000_000),
            "2,019".repeat(300_000),
            "- ".repeat(1_000_000),
            "the the ".repeat(250_000),
            "early late mid ".repeat(150_000),
            "from 2019 to ".repeat(150_000),
            "March March May ".repeat(150_000),
            "'".repeat(1_000_000),
            "a.m.".repeat(400_000),
            "\uD83D\uDE00".repeat(500_000),
        };
        for (String s : inputs) {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(s), () -> s.substring(0, 20));
        }
        assertTrue(run("1".repeat(100)).isEmpty());
    }
}
