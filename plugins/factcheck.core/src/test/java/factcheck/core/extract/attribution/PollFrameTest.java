package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.of;
import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "In the latest poll": a poll or survey the figures are found in is their source, "in" the cue. */
class PollFrameTest {

    @Test
    void aTrailingPollIsTheSourceOfTheClauseBeforeIt() throws Exception {
        Attribution a = withCue("Arne Berg has fallen to 10 percent in a new Dagbladet survey released Tuesday.", "in");
        assertEquals("a new Dagbladet survey", a.source().text());
        assertEquals("Arne Berg has fallen to 10 percent", a.content().text());
        assertEquals(CueGroup.EVIDENCE, a.cueGroup());
    }

    @Test
    void aLeadingPollIsTheSourceOfTheClauseAfterItsComma() throws Exception {
        Attribution a = withCue("In a Vestland Research poll released Monday, 50 percent of the voters backed the tunnel.",
                "In");
        assertEquals("a Vestland Research poll", a.source().text());
        assertEquals("50 percent of the voters backed the tunnel", a.content().text());
    }

    @Test
    void otherPhrasesAfterInAreNoSource() throws Exception {
        assertTrue(of("Ingrid Solberg lives in Bergen and works in the polling station.").stream()
                .noneMatch(a -> a.cue() != null && a.cue().text().equalsIgnoreCase("in")));
        assertTrue(of("The ferry to Ærø runs twice a day in summer.\r\n\r\nIt stops in Svendborg.").stream()
                .noneMatch(a -> a.cue() != null && a.cue().text().equalsIgnoreCase("in")));
        // "any poll" is no particular poll
        assertTrue(of("Solberg quit the race after failing to reach 2 percent in any regional poll.").stream()
                .noneMatch(a -> a.cue() != null && a.cue().text().equalsIgnoreCase("in")));
        // no figure: a standing in the polls, not something a poll found
        assertTrue(of("Ingrid Solberg has risen steadily in the polls since the spring.").stream()
                .noneMatch(a -> a.cue() != null && a.cue().text().equalsIgnoreCase("in")));
    }

    @Test
    void offsetsHoldWithCrLfAndNonAscii() throws Exception {
        String text = "Ærø vote\r\n\r\nSøren Ågård leads the race with 41 percent in the latest Fyns Amts poll.\r\n";
        Attribution a = withCue(text, "in");
        assertEquals("the latest Fyns Amts poll", text.substring(a.source().start(), a.source().end()));
    }

    @Test
    void jointPollstersAndATimeAfterThePollKeepThePollAsSource() throws Exception {
        Attribution a = withCue("In an NRK/Aftenposten poll released Monday, 44 percent of the voters backed the tunnel.", "In");
        assertEquals("an NRK/Aftenposten poll", a.source().text());
        assertEquals("44 percent of the voters backed the tunnel", a.content().text());
        Attribution b = withCue("In a Bergens Tidende poll last month, Eli Dahl had a 9 percentage-point lead.", "In");
        assertEquals("a Bergens Tidende poll", b.source().text());
        assertEquals("Eli Dahl had a 9 percentage-point lead", b.content().text());
    }

    @Test
    void aStandingWithoutAFigureIsAPollFindingToo() throws Exception {
        Attribution a = withCue("Eli Dahl has a comfortable lead in the polls before the March vote.", "in");
        assertEquals("the polls", a.source().text());
        assertEquals("Eli Dahl has a comfortable lead", a.content().text());
        assertEquals(CueGroup.EVIDENCE, a.cueGroup());
        // a move in the polls is no finding of theirs
        assertTrue(of("Eli Dahl has climbed in the polls since the debate.").stream()
                .noneMatch(x -> x.cue() != null && x.cue().text().equalsIgnoreCase("in")));
    }
}
