package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.ofQuotation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * A quotation joined to the one before it in its sentence by a conjunction or a comma is in the same
 * speaker's words, under the same cue; other words between them, or a new sentence, end that.
 */
class JoinedQuotationTest {

    private static boolean underCalled(Attribution a) {
        return a.cue() != null && a.cue().text().equals("called");
    }

    @Test
    void aQuotationAfterAConjunctionHasTheSpeakerAndCueOfTheOneBefore() throws Exception {
        String text = "Councillor Eide called the ferry contract \u201Ca gift to the shipyard\u201D and \u201Ca slap in the face"
                + " of every commuter.\u201D";
        Attribution second = ofQuotation(text, 1);
        assertEquals("Councillor Eide", second.source().text());
        assertEquals("called", second.cue().text());
        assertEquals("a slap in the face of every commuter.", second.content().text());
    }

    @Test
    void aShortTermJoinedToAQuotationIsStillTheSpeakersWord() throws Exception {
        String text = "Eide described the bidders as \u201Cgreedy\u201D and \u201Creckless\u201D in a letter.";
        assertEquals("Eide", ofQuotation(text, 1).source().text());
    }

    @Test
    void otherWordsOrANewSentenceBetweenThemEndTheJoin() throws Exception {
        String words = "Eide called the plan \u201Ca gift to the shipyard\u201D while the mayor of the town wanted"
                + " \u201Ca new tender for the whole route.\u201D";
        assertFalse(underCalled(ofQuotation(words, 1)), "a clause of its own stands between them");

        String sentence = "Eide called the plan \u201Ca gift to the shipyard.\u201D And \u201Cnobody in this town will"
                + " ever forget it\u201D is the line on the banners.";
        assertFalse(underCalled(ofQuotation(sentence, 1)), "the second quotation is in a sentence of its own");
    }
}
