package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * "pointed" and "points" are the hand table's "point out" only with "out"; without it the learned
 * lexicon reads them ("Vik pointed to the catch figures"). Sentences about invented people.
 */
class PointToTest {

    @Test
    void pointedToIsACueOfTheLexicon() throws Exception {
        assertEquals("Lindqvist", withCue("The quota debate went on. Lindqvist pointed to the falling cod catch as"
                + " proof.", "pointed").source().text());
        assertEquals("Okonkwo", withCue("The vote is close. Okonkwo points to the harbour tolls.", "points").source()
                .text());
    }

    @Test
    void pointingSomethingCitesNothing() throws Exception {
        java.util.List<Attribution> all = Attributions.of("The guard drew his pistol, pointed it and fired twice.");
        org.junit.jupiter.api.Assertions.assertTrue(all.stream().noneMatch(a -> a.cue() != null
                && a.cue().text().startsWith("pointed")), all.toString());
    }

    @Test
    void pointedOutStaysTheTablesPhrase() throws Exception {
        Attribution a = withCue("Lindqvist pointed out that the ferry was late.", "pointed out");
        assertEquals("Lindqvist", a.source().text());
        assertEquals(CueTone.IMPLIES_TRUTH, a.cueTone());
    }
}
