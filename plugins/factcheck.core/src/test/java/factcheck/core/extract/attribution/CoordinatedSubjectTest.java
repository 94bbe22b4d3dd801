package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The source of a cue whose subject stands away from it: a state of mind after "be", a verb joined to
 * an earlier one, a phrase with words set off after it, a relative clause or a time between subject
 * and verb, a noun cue that is the object of its speaker's verb. Sentences about invented people.
 */
class CoordinatedSubjectTest {

    @Test
    void aStateOfMindAfterBeIsTheSubjectsView() throws Exception {
        assertEquals("Mr. Berg", withCue("Mr. Berg is convinced that the ferry will return.", "convinced").source().text());
        assertEquals("Lund officials", withCue("Lund officials were adamant that the bridge was safe.", "adamant")
                .source().text());
        // a linking verb stands where "be" would
        assertEquals("The dockers", withCue("The dockers remain confident that the strike will end.", "confident")
                .source().text());
    }

    @Test
    void aNounCueIsTheObjectOfItsSpeakersSupportVerb() throws Exception {
        assertEquals("Ms. Lind", withCue("Ms. Lind took issue with the new toll plan.", "issue with").source().text());
        assertEquals("The mayor", withCue("The mayor made it clear that she would not resign.", "clear").source().text());
        assertEquals("Berg", withCue("Berg left no doubt that he would run for the council.", "doubt").source().text());
        // a cue that begins with the particle of a phrasal verb
        assertEquals("Holm", withCue("Holm spoke out against the tolls.", "out against").source().text());
        // a verb that weighs someone else's words does not make them the subject's
        assertEquals("The board", withCue("The board rejected the claim that the pier was unsafe.", "rejected")
                .source().text());
    }

    @Test
    void aJoinedVerbSharesTheMainSubjectNotThatOfAClauseInside() throws Exception {
        assertEquals("The spokesman", withCue("The spokesman refused to answer questions on who Holm would like to see"
                + " win but said there was no meeting planned.", "said").source().text());
        assertEquals("Ruiz", withCue("Ruiz complained Lind unfairly had attacked him and questioned why Berg had not spoken.",
                "questioned").source().text());
        // joined participles share the phrase they describe
        assertEquals("Tromsø fishermen", withCue("The ad shows Tromsø fishermen telling their stories and criticizing"
                + " the quota rules.", "criticizing").source().text());
    }

    @Test
    void aParticipleAfterWhereOrWhenSharesTheClausesSubject() throws Exception {
        assertEquals("Berg", withCue("Berg was on NRK talking about the ferry.", "talking").source().text());
        assertEquals("the senator", withCue("On Tuesday, the senator opened a rally in Lund blasting the council for its"
                + " tolls.", "blasting").source().text());
        // a phrase the participle describes stays its subject
        assertEquals("a gunman", withCue("The guards saw a gunman claiming to act for the rebels.", "claiming")
                .source().text());
    }

    @Test
    void aRelativeClauseOrATimeBetweenSubjectAndVerb() throws Exception {
        assertEquals("Farmers", withCue("Farmers who have praised his candidacy warned that the tolls were too high.",
                "warned").source().text());
        assertEquals("Ms. Lind", withCue("Ms. Lind a month later announced that she would run.", "announced")
                .source().text());
        // the cue inside a clause of its own keeps its subject
        assertEquals("she", withCue("It was the hard work she promised to bring to the port.", "promised").source().text());
    }

    @Test
    void aPhraseOpeningTheClauseWithAnAsideBeforeTheCue() throws Exception {
        assertEquals("Holm", withCue("Holm, who will retire after serving in Iran, Chile and Peru, praised the new envoy.",
                "praised").source().text());
        // an aside after the opening phrase: the phrase after the cue is no inverted source
        assertEquals("Authorities in Troms, the county next to Finland", withCue("Authorities in Troms, the county next"
                + " to Finland, announced tighter controls on the border.", "announced").source().text());
        assertEquals("Six papers in Ohio", withCue("Six papers in Ohio, including the Porto Herald, said the mayor"
                + " should resign.", "said").source().text());
    }

    @Test
    void aParticipleAfterAThingItsSubjectMade() throws Exception {
        assertEquals("the dockers' union", withCue("Last year the dockers' union put out a statement saying the port was"
                + " unsafe.", "saying").source().text());
        assertEquals("Port workers", withCue("Port workers have launched petitions calling on the council to act.",
                "calling").source().text());
    }

    @Test
    void anInvertedSourceWrittenWithHyphensOrDigits() throws Exception {
        String text = "The rally ended early. \u201cShe has always been a fighter,\u201d said the 46-year-old."
                + " \u201cNow she will work for you.\u201d";
        assertEquals("the 46-year-old", withCue(text, "said").source().text());
        assertEquals("Oslo-based lawyer Edgar Lind", withCue("\u201cIt is a price to pay,\u201d explained Oslo-based"
                + " lawyer Edgar Lind.", "explained").source().text());
        assertEquals("K9 chief Ola Vik", withCue("\u201cWe bought the data,\u201d said K9 chief Ola Vik, who declined"
                + " to give a price.", "said").source().text());
    }

    @Test
    void theAgentOfAPassiveCueAfterTheWordsThatCompleteIt() throws Exception {
        assertEquals("Ola Holm", withCue("Berg has been attacked on the tolls by Ola Holm, who cites them often.", "attacked")
                .source().text());
        assertEquals("the port committee", withCue("Lee was asked to keep the records by the port committee.", "asked")
                .source().text());
        // a deed after "by" is how, not who
        assertNull(withCue("Lind was praised in March by saying little.", "praised").source());
    }

    @Test
    void theMainSubjectStepsOverAnAsideAndAnInfinitive() throws Exception {
        assertEquals("Ola Lind", withCue("Ola Lind, speaking on NRK, called Berg a \u201cblowhard,\u201d and said his"
                + " remarks were priceless.", "said").source().text());
        assertEquals("Berg", withCue("At his rallies, Berg urges supporters not to trust the press and cites the crowds as"
                + " an example.", "cites").source().text());
    }

    @Test
    void anInfinitiveAfterAJoinedVerb() throws Exception {
        assertEquals("Mr. Holm", withCue("Mr. Holm quickly distanced himself from the bill and moved to emphasize border"
                + " security.", "emphasize").source().text());
    }

    @Test
    void anOpeningPrepositionalPhraseHoldsNoSubjectOfTheMainClause() throws Exception {
        assertEquals("Berg", withCue("In letters to port officials released Monday, Berg rips the ferry deal, arguing"
                + " that it favors the banks.", "arguing").source().text());
        // the main clause may begin before the first comma
        assertEquals("she", withCue("By Sunday afternoon she had cancelled the rally in Lund, Norway, citing the storm.",
                "citing").source().text());
    }

    @Test
    void theSubjectOfAnInfinitive() throws Exception {
        assertEquals("many", withCue("The new ferry plan has caused many to wonder if the port will close.", "wonder")
                .source().text());
        assertEquals("He", withCue("He went out of his way to say that the harbour had hit bottom.", "say").source().text());
        // "a way to say" completes the noun: no one is said to speak
        assertTrue(Attributions.of("Lee found a way to say no.").stream()
                .noneMatch(a -> a.cue() != null && a.cue().text().equals("say") && a.source() != null));
    }

    @Test
    void aParticipleAfterTimeSpent() throws Exception {
        assertEquals("Berg", withCue("Berg spent much of his 30-minute speech defending the port deal.", "defending")
                .source().text());
        assertEquals("speakers", withCue("At the rally, speakers took turns urging the crowd to vote.", "urging")
                .source().text());
    }

    @Test
    void aBareQuantifierAfterAndOpensAClauseOfItsOwn() throws Exception {
        assertEquals("several", withCue("Some ferry users changed their minds and several said they wanted the mayor to"
                + " resign.", "said").source().text());
        assertEquals("Lund and others", withCue("Lund and others said they wanted the mayor to resign.", "said")
                .source().text(), "'others' ends a list of phrases");
    }
}
