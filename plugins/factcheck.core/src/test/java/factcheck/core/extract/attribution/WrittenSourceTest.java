package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Sources kept as written: a relative pronoun ("Ruiz, who said") with the phrase it stands for as
 * the resolved speaker, a name with a bracketed party tag, counted shares of people, subjects of
 * infinitives and adjectives, and subjects the tagger or tokenizer got wrong.
 */
class WrittenSourceTest {

    @Test
    void relativePronounIsTheWrittenSourceAndItsPhraseTheSpeaker() throws Exception {
        Attribution a = withCue("The plan was drafted by Tomasz Wrona, who said the canal would reopen in May.", "said");
        assertEquals("who", a.source().text());
        assertEquals(SourceKind.PERSON, a.sourceKind());
        assertEquals("Tomasz Wrona", a.resolvedSpeaker());
        assertEquals("Tomasz Wrona", a.sourceInSentence());
        assertEquals("Tomasz Wrona's", a.sourcePossessive());
        // an outlet keeps its kind, and messages name it rather than "which"
        Attribution b = withCue("The leak was confirmed by Yonhap, which reported that the dam had cracked.",
                "reported");
        assertEquals("which", b.source().text());
        assertEquals(SourceKind.OUTLET, b.sourceKind());
        assertEquals("Yonhap", b.sourceWords());
    }

    @Test
    void relativePronounRightAfterAName() throws Exception {
        Attribution a = withCue("The plan relies on legislators such as Okafor who have endorsed the levy.", "endorsed");
        assertEquals("who", a.source().text());
        assertEquals("Okafor", a.resolvedSpeaker());
    }

    @Test
    void relativePronounAfterAnAdverbialPhrase() throws Exception {
        Attribution a = withCue("Wrona, who in the past has opposed the canal, spoke first.", "opposed");
        assertEquals("who", a.source().text());
        assertEquals("Wrona", a.resolvedSpeaker());
    }

    @Test
    void bracketedPartyTagAfterAName() throws Exception {
        Attribution a = withCue("Sen. Dana Whitlock (R-Neb.) said the levee bill would pass.", "said");
        // the title's period ends no sentence: the title is part of the name as written
        assertEquals("Sen. Dana Whitlock (R-Neb.)", a.source().text());
        assertEquals("Dana Whitlock", a.resolvedSpeaker());
        // the tag does not make the word after the cue an inverted source
        Attribution b = withCue("Rep. Omar Teller (D) said Tuesday the levee would hold.", "said");
        assertEquals("Rep. Omar Teller (D)", b.source().text());
    }

    @Test
    void participleAfterAnObjectTakesTheSubject() throws Exception {
        // "Omar Teller Wednesday" before the comma is the object of "behind", not the one saying
        Attribution a = withCue("Lena Marsh threw her support behind Omar Teller Wednesday, saying the levee would hold.",
                "saying");
        assertEquals("Lena Marsh", a.source().text());
    }

    @Test
    void subjectBeforeADashAside() throws Exception {
        Attribution a = withCue("Ivar Lund \u2014 a teacher from Bod\u00f8 \u2014 says the school is too small.", "says");
        assertEquals("Ivar Lund", a.source().text());
        assertEquals("the school is too small", a.content().text());
    }

    @Test
    void wordsBetweenSubjectAndCue() throws Exception {
        // "both" after a coordinated subject, and a negation the tokenizer keeps whole
        assertEquals("Lena Marsh and Ivar Lund",
                withCue("Lena Marsh and Ivar Lund both stressed that the levee would hold.", "stressed").source().text());
        assertEquals("The council", withCue("The council isn\u2019t saying what it will do.", "saying").source().text());
    }

    @Test
    void accordingToAPhraseWithAParticiple() throws Exception {
        Attribution a = withCue("According to a just-released poll from Troms\u00f8 University, Berg leads by 32 points.",
                "According to");
        assertEquals("a just-released poll from Troms\u00f8 University", a.source().text());
        Attribution b = withCue("According to a newly published study, ferries pollute less than planes.", "According to");
        assertEquals("a newly published study", b.source().text());
    }

    @Test
    void nameOpeningTheSentenceBeforeALongAside() throws Exception {
        Attribution said = withCue("Mary Lund, clad in a red cape with lights that formed the name Berg, said the vote was a farce.",
                "said");
        assertEquals("Mary Lund", said.source().text());
        // a quotation inside the aside: the cue's segment starts after it
        Attribution suggested = withCue("Joe Dahl, host of NRK\u2019s \u201CMorning Show,\u201D suggested the ferry was late.",
                "suggested");
        assertEquals("Joe Dahl", suggested.source().text());
    }

    @Test
    void participleAfterAnOpeningAdverbialAndAnAside() throws Exception {
        Attribution a = withCue("On Thursday, Ingrid Solberg, a harbour pilot, addressed reporters in Oslo, calling for an inquiry.",
                "calling");
        // the opening adverbial is fronted: the participle shares the main clause's subject with its apposition,
        // as "said" does below
        assertEquals("Ingrid Solberg, a harbour pilot", a.source().text());
        // a time opening the sentence is no name: "This Sunday" says nothing
        Attribution b = withCue("This Sunday, Ola Berg, a pilot from Troms\u00f8, said the fjord was calm.", "said");
        assertEquals("Ola Berg, a pilot from Troms\u00f8", b.source().text());
    }

    @Test
    void participleAndTimeAfterTheSubject() throws Exception {
        Attribution said = withCue("A news report published Wednesday said the minister used a private phone.", "said");
        assertEquals("A news report published Wednesday", said.source().text());
        Attribution found = withCue("A poll released this week found that ferries are popular.", "found");
        assertEquals("A poll released this week", found.source().text());
    }

    @Test
    void titleAbbreviationSplitsNoSentence() throws Exception {
        // the sentence detector ends a sentence at "Gov."; the inverted source and the participle's subject
        // are read across it
        Attribution said = withCue("The levee will hold, said Gov. Lena Marsh of Nebraska.", "said");
        assertEquals("Gov. Lena Marsh of Nebraska", said.source().text());
        Attribution saying = withCue("Lena Marsh praised Sen. Omar Teller on Monday, saying the levee would hold.", "saying");
        assertEquals("Lena Marsh", saying.source().text());
    }

    @Test
    void aTimeAfterTheCueIsNoInvertedSource() throws Exception {
        Attribution a = withCue("\u201cThe levee will hold,\u201d said Tuesday a county engineer.", "said");
        assertNotEquals("Tuesday", a.source() == null ? null : a.source().text());
    }

    @Test
    void countedSharesOfPeople() throws Exception {
        // the words that make the share approximate belong to it ("at least 300", "nearly half")
        assertEquals("About four in 10", withCue("About four in 10 said the levee tax was too high.", "said").source().text());
        assertEquals("31%", withCue("31% say the ferry should run at night.", "say").source().text());
        assertEquals("many", withCue("In Gdynia, many believe the shipyard will close.", "believe").source().text());
        assertEquals("those surveyed",
                withCue("Those surveyed said the ferry should run at night.", "said").source().text().toLowerCase());
    }

    @Test
    void infinitiveTakesTheSubjectOrTheNamedObject() throws Exception {
        assertEquals("Port officials",
                withCue("Port officials refused to say whether the ferry would run.", "say").source().text());
        assertEquals("Fishermen",
                withCue("Fishermen are far more likely to say the quota is unfair.", "say").source().text());
        // a named object of the verb before "to" is the one who speaks
        assertEquals("Mayor Ilse Brandt",
                withCue("The vote forced Mayor Ilse Brandt to admit the budget was short.", "admit").source().text());
        // a thing before "to" is no one: no source rather than a wrong one
        assertNull(withCue("The mayor has a rare chance to show that the port can grow.", "show").source());
    }

    @Test
    void adjectivePredicateKeepsItsSubject() throws Exception {
        Attribution a = withCue("The Lithuanian government is worried that the new tariff will hurt farmers.", "worried");
        assertEquals("The Lithuanian government", a.source().text());
        assertEquals("the new tariff will hurt farmers", a.content().text());
        // a passive with no agent still names no one
        assertNull(withCue("The ferry is expected to resume on Friday.", "expected").source());
    }

    @Test
    void adverbTaggedAsAdjectiveBetweenAuxiliaryAndCue() throws Exception {
        assertEquals("Rival Labour candidates",
                withCue("Rival Labour candidates have long criticized Mr. Novak for his views.", "criticized").source().text());
    }

    @Test
    void nounTaggedAsAVerbBeforeTheCue() throws Exception {
        // the tagger reads "aides say" and "critics say" as two verbs
        assertEquals("aides", withCue("The mayor got less credit than aides say she deserves.", "say").source().text());
        assertEquals("critics", withCue("It was a speech which even critics say was his best.", "say").source().text());
        // a name the tokenizer cut at its hyphen
        assertEquals("Lindqvist and Tallink-X",
                withCue("Lindqvist and Tallink-X say the ferry market has more capacity.", "say").source().text());
    }

    @Test
    void cueInIngAfterBeganOrStarted() throws Exception {
        assertEquals("Port officials",
                withCue("Port officials started asking the ferry crews to work nights.", "asking").source().text());
    }

    @Test
    void possessivePronounOpensAnApposition() throws Exception {
        Attribution a = withCue("Her brother, Mateusz, 41, worried that the shipyard would close.", "worried");
        assertEquals("Mateusz, 41", a.source().text());
        assertEquals("Mateusz", a.resolvedSpeaker());
    }
}
