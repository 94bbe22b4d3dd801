package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.of;
import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A quotation inside a sentence that no cue gives a speaker belongs to the subject of the clause
 * whose verb it is the object of, further from the verb than a governing verb's few words: what
 * the subject targets, casts or sees is in the quoted words.
 */
class GoverningClauseTest {

    /** The attribution of the first quotation in {@code text}. */
    private static Attribution ofQuotation(String text) throws Exception {
        return Attributions.ofQuotation(text, 0);
    }

    @Test
    void theSubjectOfTheClauseLeadingIntoTheQuotationIsItsSource() throws Exception {
        Attribution ad = ofQuotation(
                "The new ad targets a \u201Cport authority that answers to nobody in Bodo.\u201D");
        assertEquals("The new ad", ad.source().text());
        assertEquals("targets", ad.cue().text());
        assertTrue(ad.direct());

        Attribution board = ofQuotation(
                "The council saw Amundsen, then 52, as \u201Cthe one engineer who could fix it.\u201D");
        assertEquals("The council", board.source().text(), "an aside between the object and the quotation");
        assertEquals("saw", board.cue().text());
    }

    @Test
    void aParticipleSharesTheSubjectOfTheClauseBeforeIt() throws Exception {
        Attribution a = ofQuotation(
                "Haugen toured the docks on Friday, endorsing six harbour workers \u201Cwho kept the ferries running.\u201D");
        assertEquals("Haugen", a.source().text());
        assertEquals("endorsing", a.cue().text());
    }

    @Test
    void aFormTheTaggerCallsANounRightBeforeTheQuotationAfterAName() throws Exception {
        Attribution a = ofQuotation(
                "On its website, the Norwegian Coastal Administration lists \u201Cice on the fjord as the main hazard.\u201D");
        assertEquals("lists", a.cue().text());
        assertTrue(a.source().text().endsWith("Coastal Administration"), a.source().text());
    }

    @Test
    void noSpeakerFromAClauseOfItsOwnAnAuxiliaryOrAPhraseThatCannotSpeak() throws Exception {
        assertNull(ofQuotation("The ferry left late because of \u201Cweather on the open sea tonight.\u201D").source(),
                "the quotation is in a clause opened by 'because'");
        assertNull(ofQuotation("Her slogan is \u201Cone harbour for all of us.\u201D").source(),
                "a copula says nothing of who spoke");
        assertNull(ofQuotation("There was more than \u201Cone or two leaks\u201D in the hull.").source(),
                "'there' can say nothing");
        assertNull(ofQuotation("The delay could cause \u201Cserious harm to the fishing fleet.\u201D").source(),
                "'the delay' can say nothing");
    }

    @Test
    void aTermOrTitleInMarksGetsNoSpeakerFromTheClause() throws Exception {
        String title = "Nordvik Media paid a fortune to stream \u201CFjordland.\u201D";
        assertTrue(of(title).stream().noneMatch(a -> a.cue() != null && a.cue().text().equals("stream")),
                "one word in marks is a title or a term, not the subject's words");
    }

    @Test
    void aCueNextToTheQuotationStillWins() throws Exception {
        String said = "Haugen visited the port on Friday and said the plan was \u201Ca waste of public money.\u201D";
        assertEquals("Haugen", withCue(said, "said").source().text());
        assertEquals("said", ofQuotation(said).cue().text());
    }
}
