package factcheck.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The one-pass ASCII reading of names agrees with the general (regular-expression) one. */
class NameKeyAsciiTest {

    @Test
    void writtenCases() {
        for (String s : List.of("Kenya's President", "O'Brien", "J. D. Vance", "J.D.", "H.W. Bush", "rock 'n' roll",
                "the boss's", "Ms. Ada's-Office", "x'sy", "a''s b", "'s", "'", "Secretary-General", "U.S.", "",
                "  spaced   out  ", "Dr. K. T. Oduya Jr.", "2021 elections", "A1 B 2", "it's_a_name", "MAYOR'S")) {
            assertEquals(NameKey.regexWords(s), NameKey.words(s), s);
        }
        assertEquals(List.of("kenya", "president"), NameKey.words("Kenya's President"));
        assertEquals(List.of("jd", "vance"), NameKey.words("J. D. Vance"));
    }

    @Test
    void everyNameAndTitleOfTheStandardPack() {
        KnowledgeBase kb = KbDirectory.load();
        List<String> texts = new ArrayList<>();
        kb.people().forEach(p -> {
            texts.add(p.name());
            texts.addAll(p.aliases());
        });
        kb.offices().forEach(o -> {
            texts.addAll(o.titles());
            texts.addAll(o.forms());
        });
        int ascii = 0;
        for (String s : texts) {
            if (s.chars().allMatch(c -> c < 0x80)) {
                assertEquals(NameKey.regexWords(s), NameKey.words(s), s);
                ascii++;
            }
        }
        assertEquals(true, ascii > 5000, "ASCII names compared: " + ascii);
    }

    @Test
    void randomAsciiText() {
        String alphabet = "abSsZz019 '._-,'s'S\t";
        Random random = new Random(20261206);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(NameKey.regexWords(s), NameKey.words(s), "[" + s + "]");
        }
    }
}
