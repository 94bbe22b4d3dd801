package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.of;
import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Cue forms that double as nouns ("notes", "claims", "reports") read as verbs where only a verb
 * fits ({@link NounTaggedCue}), and left as nouns elsewhere. Sentences about invented people.
 */
class NounTaggedCueTest {

    @Test
    void aNameThenAClauseOfItsOwn() throws Exception {
        Attribution a = withCue("For example, Lindqvist notes the harbour board hid three payments.", "notes");
        assertEquals("Lindqvist", a.source().text());
        assertEquals("the harbour board hid three payments", a.content().text());
    }

    @Test
    void aNameAfterACommaAtTheEndOrInAnAside() throws Exception {
        Attribution end = withCue("The ferry cannot run without a subsidy, Okonkwo notes.", "notes");
        assertEquals("Okonkwo", end.source().text());
        assertEquals("The ferry cannot run without a subsidy", end.content().text());
        Attribution outlet = withCue("The dockers plan to strike in May, the Vestby Courier reports.", "reports");
        assertEquals("the Vestby Courier", outlet.source().text());
        Attribution aside = withCue("Fishermen, Okonkwo notes, distrust the new quota office.", "notes");
        assertEquals("Okonkwo", aside.source().text());
    }

    @Test
    void aNameBeforeAColon() throws Exception {
        Attribution a = withCue("Radio Vestby reports: at least four boats were damaged.", "reports");
        assertEquals("Radio Vestby", a.source().text());
        assertEquals("at least four boats were damaged", a.content().text());
    }

    @Test
    void aDocumentBeforeThatAndAClause() throws Exception {
        Attribution a = withCue("Among other things, the lawsuit claims that Lindqvist misled the board.", "claims");
        assertEquals("the lawsuit", a.source().text());
    }

    @Test
    void aDocumentFramingTheQuotationBeforeIt() throws Exception {
        assertEquals("the new filing", withCue("\u201cThe pier is closed,\u201d the new filing notes.", "notes").source()
                .text());
        assertEquals("the document", withCue("\u201cThe pier is closed,\u201d the document claims.", "claims").source().text());
    }

    @Test
    void nounsStayNouns() throws Exception {
        for (String text : List.of("The Lindqvist claims were false.", "The campaign notes were leaked to the press.",
                "The ferry stops in the coastal states that border the bay.", "She denied the debunked claim that the pier was sold.",
                "Reporters read the Okonkwo reports on Monday.", "\u201cThe pier\u201d was one of the cases the reports.")) {
            List<Attribution> all = of(text);
            assertTrue(all.stream().noneMatch(a -> a.cue() != null && a.cue().text().matches("claims?|notes|states|reports")),
                    text + ": " + all);
        }
    }
}
