package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.sourceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A role and the name it introduces, set off by commas right before the cue, after a comma that
 * closes a clause or a fronted phrase ({@link Clauses#roleThenName}). Invented people and places.
 */
class RoleThenNameTest {

    @Test
    void afterTheClauseTheCueReports() throws Exception {
        assertEquals("a spokeswoman, Anna Holm", sourceOf("The ferry line built the app in May, a spokeswoman, Anna Holm,"
                + " said on Monday, and it has used it twice.", "said"));
        assertEquals("the harbour chief, Ola Berg", sourceOf("The cranes were too old for the new ships, the harbour"
                + " chief, Ola Berg, bluntly suggested on Friday.", "suggested"));
    }

    @Test
    void afterAFrontedPhraseAndAnAdverb() throws Exception {
        assertEquals("the head of the Narvik Port Authority, Rita Lund", sourceOf("On Friday, however, the head of the"
                + " Narvik Port Authority, Rita Lund, said that the quay would close.", "said"));
        assertEquals("an observer, Per Dahl", sourceOf("The count in Bodø was fair, an observer, Per Dahl,"
                + " conceded on Tuesday.", "conceded"));
    }

    @Test
    void aNameAfterTheCueIsTheSource() throws Exception {
        assertEquals("Dahl", sourceOf("He met the mayor, Anna Holm, said Dahl.", "said"));
    }
}
