package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The source of a cue whose subject is found through the clause around it: an inverted cue after a
 * quotation inside the sentence, a fronted clause, a closed relative clause, a participle or an
 * infinitive sharing the main clause's subject, an adverbial between subject and verb.
 */
class ClauseSubjectTest {

    @Test
    void invertedCueAfterAQuotationInsideTheSentence() throws Exception {
        Attribution a = withCue("The tunnel plan may be \u201creckless,\u201d said Tomas Berg, a lecturer in Lund.", "said");
        assertEquals("Tomas Berg", a.source().text());
        Attribution b = withCue("Despite the quarrel, \u201cI think the harbour will reopen soon,\u201d said Kunin.", "said");
        assertEquals("Kunin", b.source().text());
        // a verb after the phrase: the phrase is the subject of what was said, not an inverted source
        Attribution c = withCue("Ruiz called the plan \u201ca farce,\u201d said the council had lied.", "said");
        assertEquals("Ruiz", c.source().text());
    }

    @Test
    void aFrontedClauseHoldsNoSubjectOfTheMainClause() throws Exception {
        Attribution a = withCue("When asked whom she backed, Ms. Holm smiled and said she was waiting.", "said");
        assertEquals("Ms. Holm", a.source().text());
        Attribution b = withCue("As the storm grew in Narvik, the port authority shut the terminal, saying the cranes were unsafe.",
                "saying");
        assertEquals("the port authority", b.source().text());
        Attribution c = withCue("Shortly after the court ruled in May, Ola Dahl left the hall, telling reporters he would appeal.",
                "telling");
        assertEquals("Ola Dahl", c.source().text());
        // a question word after a cue is no inverted source
        assertNull(withCue("When asked whom she backed, Ms. Holm smiled.", "asked").source());
    }

    @Test
    void aClosedRelativeClauseGivesTheMainVerbItsAntecedent() throws Exception {
        Attribution a = withCue("Holm, who calls the tunnel \u201ca farce,\u201d said the council had wasted money.", "said");
        assertEquals("Holm", a.source().text());
        Attribution b = withCue("Berg, who has led the dockers since 2004, arrived late and acknowledged that he had not read it.",
                "acknowledged");
        assertEquals("Berg", b.source().text());
        // still open: the relative clause's own cue keeps its "who"
        assertEquals("who", withCue("Berg, who said he had not read it, left early.", "said").source().text());
    }

    @Test
    void aParticipleOpeningTheSentenceSharesTheMainSubject() throws Exception {
        assertEquals("Holm", withCue("In describing the ferry plan, Holm said the port would lose money.", "describing")
                .source().text());
        assertEquals("Berg", withCue("While saying that he respects the mayor, Berg questioned her budget.", "saying")
                .source().text());
        Attribution c = withCue("In rejecting the appeal, which came late, the court said the rules were clear.", "rejecting");
        assertEquals("the court", c.source().text());
    }

    @Test
    void anInfinitiveOfPurposeSharesTheMainSubject() throws Exception {
        assertEquals("Ms. Lind", withCue("Ms. Lind chimed in, breaking with the board chair, to argue that the tolls were too high.",
                "argue").source().text());
        assertEquals("Tomas Ek", withCue("Tomas Ek stood at a union meeting here to say he would strike.", "say")
                .source().text());
        // the object of a causative verb is the subject of the infinitive
        assertEquals("local police officers", withCue(
                "The killing shook the valley, leading local police officers to question whether it was an isolated case.",
                "to question").source().text());
        // "a chance to say" completes the noun: no one is said to speak
        assertTrue(Attributions.of("Berg had a chance to say more.").stream().allMatch(a -> a.source() == null));
    }

    @Test
    void anAdverbialBetweenSubjectAndVerb() throws Exception {
        assertEquals("The harbour office", withCue(
                "The harbour office less than two weeks ago said for the first time that the pier was unsafe.", "said")
                .source().text());
        assertEquals("Berg's closest friends", withCue("Berg's closest friends have in the past said he kept quiet on purpose.",
                "said").source().text());
        // a time or an adverbial right after a relative pronoun: the pronoun is the subject
        assertEquals("who", withCue("Senator Ana Lund of Oslo, who last year threatened to close the ferry line, spoke"
                + " first.", "threatened").source().text());
        assertEquals("who", withCue("Justice Ola Berg, who in two earlier rulings had made clear that he would overturn"
                + " the rule, wrote for the court.", "made clear").source().text());
        // a bare time between the auxiliary and the verb: the subject stands before the auxiliary
        assertEquals("The coast guard", withCue("The coast guard had last week accused the trawler's owner of"
                + " fishing inside the reserve.", "accused").source().text());
        assertEquals("Holm", withCue("Holm in a radio interview called the ferry plan \u201ca gift to developers.\u201d",
                "called").source().text());
        // a bare name after the preposition belongs to the source
        assertEquals("Fishermen in Tromsø", withCue("Fishermen in Tromsø said the quotas were too low.", "said")
                .source().text());
        assertEquals("Lind", withCue("Lind has been critical of the council but on Tuesday wrote that she agreed with it.",
                "wrote").source().text());
    }

    @Test
    void aSentenceOpeningInsideAQuotationHasItsSubjectAfterIt() throws Exception {
        Attribution a = withCue("\u201cThe storm in Bergen proves it,\u201d Ek says in the advert, warning against new tolls.",
                "warning");
        assertEquals("Ek", a.source().text());
    }

    @Test
    void anInvertedSourceAfterAQuotation() throws Exception {
        String text = "The talks in Bergen stalled.\n\n\u201cI can promise this will come up again,\u201d said pollster Frank Lunde.";
        Attribution a = withCue(text, "said");
        assertEquals("pollster Frank Lunde", a.source().text());
        // "lead/VERB": the role may go on before the name, and the quotation may close without a comma
        assertEquals("lead author Professor Ola Berg of the University of Bergen", withCue("\u201cWe wanted to find out"
                + " how the fish spread\u201d said lead author Professor Ola Berg of the University of Bergen.", "said")
                .source().text());
        assertTrue(a.direct());
        // a relative clause after the inverted source describes it: the quotation is still what was said
        Attribution b = withCue("\u201cIt was handled too lightly,\u201d said a former port official who led the inquiry.", "said");
        assertEquals("a former port official", b.source().text());
        assertTrue(b.direct());
        Attribution c = withCue("\u201cWe won,\u201d said Ruiz following Lee\u2019s speech.", "said");
        assertEquals("Ruiz", c.source().text());
        assertTrue(c.direct());
    }

    @Test
    void aParticipleAfterItsVerbsObjectSharesThatVerbsSubject() throws Exception {
        assertEquals("All three union leaders", withCue(
                "All three union leaders issued statements condemning the closure of the terminal.", "condemning")
                .source().text());
        // a reply or a sign carries words as a statement does
        assertEquals("Lund", withCue("Lund posted a reply saying he would not support the plan.", "saying")
                .source().text());
        // a person after the verb is the participle's own subject
        assertEquals("a gunman", withCue("The guards saw a gunman claiming to act for the rebels.", "claiming")
                .source().text());
    }

    @Test
    void aParticipleAfterAJoinedMainClauseTakesThatClausesSubject() throws Exception {
        Attribution a = withCue("Dock workers say the new rules are strict, and the dockers' union has already sued the city"
                + " over them, saying they break the contract.", "saying");
        assertEquals("the dockers' union", a.source().text());
        Attribution b = withCue("Ruiz, whose views on tolls have upset his own party, last year proposed a new ferry levy.",
                "proposed");
        assertEquals("Ruiz", b.source().text());
    }

    @Test
    void phrasesThatLookLikeAdverbialsButAreNot() throws Exception {
        // a name after "in the": the phrase is a title of the name that follows
        assertEquals("the Evening writer Ola Vik", withCue(
                "Longtime Bergen in the Evening writer Ola Vik tweeted: \u201cHe was a rebel.\u201d", "tweeted").source().text());
        // the agent of a noun is the subject of its infinitive
        assertEquals("Ana Lind", withCue("The board asked for records of attempts by Ana Lind to encourage the strike.",
                "to encourage").source().text());
        assertEquals("Most of us", withCue("Most of us believe the council lied.", "believe").source().text());
    }

    @Test
    void aNameTheTaggerTookForAFunctionWordIsStillAName() throws Exception {
        // the tagger reads "Hough" as "though" and "Ash" as a conjunction; no function word is spelled so
        Attribution a = withCue("The port talks stalled.\n\n\u201cThis is the time to show us,\u201d said Hough.", "said");
        assertEquals("Hough", a.source().text());
        assertEquals("Ash", withCue("In the email, Ash described the move as a breach of trust.", "described").source().text());
    }

    @Test
    void aPhraseRunningIntoTheQuotationIsItsSubjectNotAnInvertedSource() throws Exception {
        Attribution a = withCue("In a statement, Ana Lind Berg, his wife and the chair of the Troms Labour Party, said Berg"
                + " \u201cworked until his last breath.\u201d", "said");
        assertEquals("Ana Lind Berg", a.source().text());
    }

    @Test
    void aModalAndLikelyBetweenSubjectAndVerb() throws Exception {
        // the tagger calls "likely" an adjective
        assertEquals("Voters", withCue("Voters would likely point out that Ola Berg is rich.", "point out").source().text());
        assertEquals("Many", withCue("Many would likely say that the Tromsø ferry is late.", "say").source().text());
    }

    @Test
    void anInfinitiveAfterAnOpeningParticipleSharesTheMainSubject() throws Exception {
        assertEquals("Dahl", withCue("Continuing to explain his view, Dahl rejected the plan for the Bodø quay.", "explain")
                .source().text());
        assertEquals("the mayor", withCue("Trying to explain the delay, the mayor said the ferry was late.", "explain")
                .source().text());
    }

    @Test
    void aParticipleAfterAThingSentAndATimeSharesTheSubject() throws Exception {
        assertEquals("Berg", withCue("Berg started a petition this week calling on the mayor of Tromsø to quit.", "calling")
                .source().text());
        assertEquals("The Lund campaign", withCue("The Lund campaign sent a fundraising email Wednesday saying that the"
                + " count was wrong.", "saying").source().text());
    }

    @Test
    void anAsideAfterThePhraseOpeningTheClauseIsThatPhrases() throws Exception {
        assertEquals("farmers in Troms", withCue("Throughout the 1990s, farmers in Troms, fearing the cost, rejected the"
                + " deal.", "fearing").source().text());
        assertEquals("Ana Lie", withCue("But Ana Lie, eager all week to mock the council, said little.", "eager").source()
                .text());
    }

    @Test
    void aParticipleAfterADashSharesTheSubjectOfTheClauseBefore() throws Exception {
        assertEquals("Lund", withCue("Lund changed his mind on the spot \u2013 saying he would back Berg in Tromsø.", "saying")
                .source().text());
        assertEquals("The union", withCue("The union sued the port \u2014 arguing that the tolls broke the law.", "arguing")
                .source().text());
    }

    @Test
    void aParticipleAsideMayNameAPlaceWithItsRegion() throws Exception {
        assertEquals("Lund", withCue("Lund, speaking at a rally in Wilmington, N.C., warned that Berg opposes the plan.",
                "warned").source().text());
        assertEquals("Lund", withCue("Lund, speaking later at a rally in Tromsø, Norway, did not mention the toll"
                + " directly.", "mention").source().text());
    }

    @Test
    void aCommaAsideNamingATitleInMarksEndsBeforeTheVerb() throws Exception {
        assertEquals("The leaflet", withCue("The leaflet, titled \u201cChanger?\u201d, concludes that Berg is too"
                + " \u201creckless\u201d to be mayor.", "concludes").source().text());
    }

    @Test
    void aDashAsideHoldingAQuotationEndsBeforeTheVerb() throws Exception {
        assertEquals("Mayor Ola Dahl", withCue("Mayor Ola Dahl \u2014 who once vowed to \u201cshut down\u201d the port \u2014"
                + " said the port would stay open.", "said").source().text());
    }

    @Test
    void aSupportVerbInIngAfterACommaSharesTheSubjectOfTheClauseBefore() throws Exception {
        assertEquals("Lund", withCue("Lund has railed against Berg, taking aim at his plan for the Bodø quay.", "aim at")
                .source().text());
    }

    @Test
    void anInvertedSourceWithARelativeClauseAfterIt() throws Exception {
        // the verb after the phrase is the relative clause's, not the reported clause's
        Attribution a = withCue("The quay will reopen in May, said an engineer who was briefed on the repairs.", "said");
        assertEquals("an engineer", a.source().text());
        assertEquals("The quay will reopen in May", a.content().text());
        assertEquals("a handful of councillors", withCue("Guarding the harbour is squarely her task, said a handful of"
                + " councillors who back the mayor.", "said").source().text());
    }

    @Test
    void aPlaceAndItsRegionInsideAnAsideOrAfterTheSource() throws Exception {
        // "Lund, Sweden" reads like a name and its apposition, but it is where the rally was
        assertEquals("Ana Berg", withCue("Ana Berg, during a rally in Lund, Sweden, said she would cut the tolls.", "said")
                .source().text());
        // here the place describes the source, which starts before it
        assertEquals("a nurse in Bergen, Norway", withCue("The mayor changed course after a nurse in Bergen, Norway,"
                + " told her the ward was closing.", "told").source().text());
        assertEquals("Ole Dahl, 22, of Tromsø, Norway", withCue("Ole Dahl, 22, of Tromsø, Norway, said he would vote.",
                "said").source().text());
    }

    @Test
    void anAdjectiveTheTaggerCallsAVerbAfterBeIsNoPassive() throws Exception {
        // "were not fond of": no participle, so no passive without an agent; the subject holds the view
        assertEquals("Some fans", withCue("Some fans were not fond of having a new actor play the hero.", "fond")
                .source().text());
        // a participle stays passive: its agent, if any, is the source
        assertEquals("aides", withCue("The mayor was told by aides that the bridge was unsafe.", "told").source().text());
    }

    @Test
    void anAsideOpenedByAnAdverbAndAParticipleOrAContractedWhoIsSkipped() throws Exception {
        assertEquals("Lund", withCue("Lund, later claiming - again falsely - that the mayor wanted to close the port, said he "
                + "would sue.", "said").source().text());
        assertEquals("Kari Lie", withCue("Two years ago Kari Lie, who's thinking about running for mayor, said it was "
                + "impossible to win.", "said").source().text());
    }

    @Test
    void aTwoWordAdverbialBetweenSubjectAndVerb() throws Exception {
        assertEquals("Norway and Sweden", withCue("Norway and Sweden in particular feared a return of the old trawler fleet.",
                "feared").source().text());
        assertEquals("Lund", withCue("Lund in turn argued that the port must close.", "argued").source().text());
    }

    @Test
    void anInfinitiveAfterAnotherInfinitiveTakesTheFirstVerbsSubject() throws Exception {
        assertEquals("She", withCue("She wants to continue to argue that the port must close.", "argue").source().text());
    }

    @Test
    void aCausativeTheTaggerJoinedToItsObject() throws Exception {
        // "leads/NOUN experts" reads as one noun phrase to the tagger; the experts are who suspect
        assertEquals("experts", withCue("This leads experts to suspect that the port will close.", "suspect").source().text());
    }

    @Test
    void aHopeInAPurposeAdverbialIsTheSubjectsOfItsClause() throws Exception {
        assertEquals("Lund", withCue("Lund met the dock workers and spoke briefly with the owner in hopes of persuading"
                + " her to stay.", "hopes").source().text());
        assertEquals("some union members", withCue("Turnout fell to a third, because some union members stayed home in"
                + " hopes the vote would fail.", "hopes").source().text(), "the clause the hope ends, not the sentence's");
        assertEquals("Dozens of nurses", withCue("Dozens of nurses protested outside the hotel where the board held its"
                + " meeting, in the hope that it would change course.", "the hope").source().text(),
                "a relative clause before the hope is not whose it is");
    }

    @Test
    void whoeverIsCriticizedForSayingSomethingSaidIt() throws Exception {
        assertEquals("Berg", withCue("Lund criticized Berg for saying the port would close.", "saying").source().text());
        assertEquals("him", withCue("Lund blamed him for suggesting the port would close.", "suggesting").source().text());
        assertEquals("the union", withCue("The mayor slammed the union for suggesting that the port would close.",
                "suggesting").source().text());
        // no object, or a passive: the subject said it
        assertEquals("Lund", withCue("Lund apologized for saying the port would close.", "saying").source().text());
        assertEquals("Lund", withCue("Lund was criticized for saying the port would close.", "saying").source().text());
        // the words in marks after a deed that is no saying are the critic's
        Attribution judge = Attributions.ofQuotation("Lund ripped Berg for acting as \u201Cthe judge and the jury in"
                + " this case.\u201D", 0);
        assertEquals("Lund", judge.source().text());
    }

    @Test
    void aParticipleAfterASpacedHyphenSharesTheSubjectOfTheClauseBefore() throws Exception {
        assertEquals("Berg", withCue("Berg says she will vote for the toll - essentially conceding that she has no choice.",
                "conceding").source().text());
        // a participle that works as a preposition names, it does not say
        assertTrue(Attributions.of("Berg said he had ignored many of the remarks - including those about the quay.")
                .stream().noneMatch(a -> a.cue() != null && a.cue().text().equals("including")));
    }

    @Test
    void aSupportVerbInIngInsideAnAsideSharesTheSubjectAroundIt() throws Exception {
        assertEquals("Berg", withCue("But Berg, making it clear that safety came first, stood beside the mayor.", "clear")
                .source().text());
        assertEquals("Fifty of the top security officers", withCue("Fifty of the top security officers signed an open"
                + " letter Monday making it clear that they would strike.", "clear").source().text());
    }

    @Test
    void aParticipleOpeningAClauseAfterAColonHasItsSubjectAfterIt() throws Exception {
        assertEquals("Lund and Dahl", withCue("In this case, that approach seems to have failed: By refusing to admit any"
                + " fault, Lund and Dahl made it worse.", "refusing").source().text());
    }

    @Test
    void anInfinitiveAfterASubordinatedParticipleTakesTheSubjectOfTheClauseBefore() throws Exception {
        assertEquals("Lund", withCue("Lund, during a meeting in Oslo, said the port was too small to matter, while trying"
                + " to explain her plan to expand it.", "explain").source().text());
    }

    @Test
    void forOpensTheSubjectOfAnInfinitive() throws Exception {
        assertEquals("Berg", withCue("It was wrong for Berg to say that the port board lied.", "say").source().text());
        assertEquals("Lund and Berg", withCue("It may be enough for Lund and Berg to argue that the tolls are too high.",
                "argue").source().text());
    }
}
