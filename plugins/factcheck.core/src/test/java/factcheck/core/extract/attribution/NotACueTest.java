package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Cue words that report nothing in their place: half of a hyphenated modifier, "called" naming a
 * thing, "shows" meaning programmes. Sentences about invented people, groups and outlets.
 */
class NotACueTest {

    private static void noCue(String text, String cue) throws Exception {
        List<Attribution> all = Attributions.of(text);
        assertTrue(all.stream().noneMatch(a -> a.cue() != null && a.cue().text().equals(cue)), all.toString());
    }

    @Test
    void halfOfAHyphenatedModifierIsNoCue() throws Exception {
        noCue("Before the board signs such so-called toll-sharing deals, it checks them.", "called");
        noCue("The harbour is a well-known stop for the Tromsø ferries.", "known");
    }

    @Test
    void selfDescribedStaysACue() throws Exception {
        assertEquals("described", withCue("Ana Lund, a self-described democratic socialist, spoke first.",
                "described").cue().text());
    }

    @Test
    void calledGivingANameIsNoCue() throws Exception {
        noCue("A new group called Fair Fares Now, led by two students, began work in Bergen.", "called");
        noCue("She joined a protest movement called the Harbour Front in 1998.", "called");
    }

    @Test
    void aPassiveNamingIsNoCue() throws Exception {
        noCue("The depression drifted east. If it strengthened, it would be named Tropical Storm Nadia.", "named");
        noCue("In May the ferry captain was named Harbour Worker of the Year.", "named");
    }

    @Test
    void calledSayingSomethingOfTheOneCalledIsSpeech() throws Exception {
        assertEquals("The union", withCue("The union called Lund a liar.", "called").source().text());
        assertEquals("one councillor", withCue("The plan split the council; one councillor called Lund “the toll"
                + " king.”", "called").source().text());
    }

    @Test
    void showsAsProgrammesIsNoCue() throws Exception {
        noCue("The candidates went on morning news shows across Norway.", "shows");
        noCue("Lund appeared on three television shows in May.", "shows");
        noCue("In the end, an estimated two hundred people showed up at the harbour gates.", "showed");
        assertEquals("The new survey", withCue("The new survey shows that Berg leads in Bergen.", "shows").source()
                .text());
    }

    @Test
    void statesAsPlacesIsNoCue() throws Exception {
        noCue("Berg campaigned in swing states like Ohio and Iowa last week.", "states");
        noCue("Lund has won states that vote by mail, but lost the rest.", "states");
        noCue("The ferry money goes to states and towns along the coast.", "states");
    }

    @Test
    void statesAsAVerbStaysACue() throws Exception {
        assertEquals("It", withCue("The rule is older than the port. It states that ships must dock by noon.", "states")
                .source().text());
        assertEquals("ships must dock by noon", withCue("The law states that ships must dock by noon.",
                "states").content().text());
    }

    @Test
    void addAsMakingMoreIsNoCue() throws Exception {
        noCue("Ines Carvalho won the Porto primary on Tuesday, adding to her lead over Rui Sousa.", "adding");
        noCue("The sums on the harbour bill do not add up, Sousa's aides admit.", "add");
        noCue("The port has added 300 jobs since the ferry opened.", "added");
        noCue("The mayor added another title to her resume when she joined the board.", "added");
    }

    @Test
    void addWithWhatWasSaidStaysACue() throws Exception {
        assertEquals("Ines Carvalho", withCue("Ines Carvalho added that the ferry would run in May.", "added").source()
                .text());
        assertEquals("Carvalho", withCue("\u201CThe ferry runs in May,\u201D Carvalho added to Radio Porto.", "added")
                .source().text());
    }

    @Test
    void goingOnThatIsNoSayingIsNoCue() throws Exception {
        noCue("Ola Vik went on to win the seat in 2012.", "went");
        noCue("As the night went on, the crowd grew restless.", "went");
        assertEquals("Ola Vik", withCue("Ola Vik went on to criticize the council for the delay.", "went on").source()
                .text());
    }

    @Test
    void writtenInAPlaceIsNoCue() throws Exception {
        noCue("The slogan written on their shirts caught the cameras.", "written");
        noCue("None of these pledges will be written in stone until the vote.", "written");
        assertEquals("Ola Vik", withCue("Ola Vik has written on the harbour for years and says it is dying.", "written")
                .source().text());
    }

    @Test
    void soughtAfterIsNoCue() throws Exception {
        noCue("The Bergen delegates will be sought after by both camps this summer.", "sought");
    }

    @Test
    void theWritersOwnAsideIsNoCue() throws Exception {
        noCue("But it is important to remember that the council has no say over the port.", "remember");
    }

    @Test
    void noDoubtAsAnAdverbIsNoCue() throws Exception {
        noCue("The ruling will no doubt raise questions about the harbour fund.", "doubt");
        assertEquals("Ola Vik", withCue("Ola Vik left no doubt that he would run again.", "doubt").source().text());
    }

    @Test
    void knownAsGivingANameIsNoCue() throws Exception {
        noCue("The council fought the Harbour Front, also known as HF, for a decade.", "known");
        noCue("She met the hacker known as \u201CNightjar\u201D in Oslo.", "known");
        // a reputation is no name: "known as reliable" says what people think
        assertEquals("known", withCue("The paper, which is not known as reliable, printed the story.", "known").cue()
                .text());
    }

    @Test
    void speakingSomewhereWithNoTopicIsNoCue() throws Exception {
        noCue("Ines Carvalho spoke at a rally in Braga on Sunday, and the crowd cheered.", "spoke");
        noCue("Rui Sousa spoke for about 30 minutes before the vote.", "spoke");
        assertEquals("Ines Carvalho", withCue("Ines Carvalho spoke about the new tolls at the port.", "spoke about")
                .source().text());
    }

    @Test
    void aPassiveMeantToIsNoCue() throws Exception {
        noCue("The new tolls were meant to show that the port pays its way.", "meant");
    }

    @Test
    void namedGivingANameIsNoCue() throws Exception {
        noCue("The council hired a young engineer named Rui Sousa, who had built bridges in Braga.", "named");
        noCue("They met at a gym named for Ana Lie, the boxer.", "named");
        // appointing someone says something of them: a cue as PolNeAR reads it
        assertEquals("The mayor", withCue("The mayor named Rui Sousa harbour chief on Monday.", "named").source().text());
    }
}
