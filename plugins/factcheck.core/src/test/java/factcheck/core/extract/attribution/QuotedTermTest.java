package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.firstQuote;
import static factcheck.core.extract.attribution.Attributions.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import factcheck.core.extract.quote.QuotedTerm;

/** One or two words in marks inside a sentence are a term, nobody's words: no unattributed attribution. */
class QuotedTermTest {

    @Test
    void aWordOrTwoSetApartIsATerm() throws Exception {
        assertTrue(QuotedTerm.of(firstQuote("Voters in Tromsø may register as \u201Cundeclared\u201D this year.")));
        assertTrue(QuotedTerm.of(firstQuote("The \u201Cferry tax\u201D deal passed in June.")));
        assertTrue(QuotedTerm.of(firstQuote("She does not like \u201Csurprises,\u201D aides say.")));
    }

    @Test
    void aSentenceOrLongerWordsAreNoTerm() throws Exception {
        assertFalse(QuotedTerm.of(firstQuote("Lind only wrote back: \u201CShameful!\u201D")), "a sentence");
        assertFalse(QuotedTerm.of(firstQuote("Critics called it \u201Ca total farce\u201D in May.")), "three words");
        assertFalse(QuotedTerm.of(firstQuote("Then \u201C\u201D was all.")), "empty marks");
    }

    @Test
    void aTermGetsNoAttributionButASentenceInMarksDoes() throws Exception {
        String text = "Pia Lund ran as the \u201Charbour candidate\u201D in Kiel. The council was "
                + "\u201Cnot at all ready for the vote.\u201D";
        List<Attribution> quoted = of(text).stream().filter(Attribution::direct).toList();
        assertEquals(1, quoted.size(), quoted.toString());
        assertEquals("not at all ready for the vote.", quoted.get(0).content().text());
        assertEquals(SourceKind.NONE, quoted.get(0).sourceKind());
    }

    @Test
    void aTermAVerbGovernsIsStillAttributed() throws Exception {
        // the cue speaks for the marks, short or not
        List<Attribution> all = of("Kari Dahl called the ferry plan \u201Creckless\u201D on Monday.");
        assertTrue(all.stream().anyMatch(a -> a.direct() && a.source() != null && a.source().text().equals("Kari Dahl")),
                all.toString());
    }

    @Test
    void aTermOpeningItsParagraphIsStillReadAsWords() throws Exception {
        // a paragraph opened by marks goes on from the speaker before it, however short: quote-paragraph-no-speaker reads it
        String text = "\u201CWe will rebuild the pier,\u201D said Odile Marchand.\n\n\u201CNext spring\u201D is her promise.";
        List<Attribution> quoted = of(text).stream().filter(Attribution::direct).toList();
        assertEquals(2, quoted.size(), quoted.toString());
    }
}
