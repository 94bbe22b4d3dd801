package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.of;
import static factcheck.core.extract.attribution.Attributions.only;
import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Cues of the learned lexicon, by group, and the sources read for them. */
class LearnedCueTest {

    @Test
    void evidenceCues() throws Exception {
        Attribution polls = only("Polls show the ferry tax is unpopular in Tromsø.");
        assertEquals("show", polls.cue().text());
        assertEquals(CueGroup.EVIDENCE, polls.cueGroup());
        assertEquals("Polls", polls.source().text());
        assertEquals("the ferry tax is unpopular in Tromsø", polls.content().text());
        Attribution survey = only("The harbour survey found that most boats were idle.");
        assertEquals(CueGroup.EVIDENCE, survey.cueGroup());
        assertEquals("The harbour survey", survey.source().text());
    }

    @Test
    void refusalDenialAndIntention() throws Exception {
        Attribution declined = only("The port authority declined to comment on the closure.");
        assertEquals(CueGroup.REFUSAL, declined.cueGroup());
        assertEquals("The port authority", declined.source().text());
        Attribution denied = only("Councillor Imani Otieno has denied the report.");
        assertEquals(CueGroup.DENIAL, denied.cueGroup());
        assertEquals("Councillor Imani Otieno", denied.source().text());
        Attribution vowed = only("Otieno vowed to rebuild the pier before winter.");
        assertEquals(CueGroup.INTENTION, vowed.cueGroup());
        assertEquals("Otieno", vowed.source().text());
    }

    @Test
    void expectationWithoutSource() throws Exception {
        Attribution expected = only("The bridge is expected to reopen in May.");
        assertEquals(CueGroup.BELIEF, expected.cueGroup());
        assertNull(expected.source());
        assertEquals(SourceKind.NONE, expected.sourceKind());
    }

    @Test
    void subjectBeforeRelativeClause() throws Exception {
        Attribution said = only("Otieno, who ran the port authority for a decade, said the pier was unsafe.");
        assertEquals("Otieno", said.source().text());
        assertEquals("the pier was unsafe", said.content().text());
    }

    @Test
    void participleTakesTheMainClauseSubject() throws Exception {
        Attribution adding = withCue("Otieno praised the divers, adding that the pier would reopen.", "adding");
        assertEquals("Otieno", adding.source().text());
        assertEquals("the pier would reopen", adding.content().text());
        Attribution saying = withCue("The ferry operator cut two routes on Friday, saying fuel was too dear.", "saying");
        assertEquals("The ferry operator", saying.source().text());
    }

    @Test
    void coordinatedVerbTakesTheSubject() throws Exception {
        Attribution said = withCue("Otieno smiled and said the divers had done well.", "said");
        assertEquals("Otieno", said.source().text());
        String both = "The harbour master thanked the divers but told reporters that the pier was safe.";
        Attribution told = withCue(both, "told");
        assertEquals("The harbour master", told.source().text());
        assertEquals("the pier was safe", told.content().text());
        assertEquals("the divers", withCue(both, "thanked").content().text()); // ends before "but told"
        Attribution saying = withCue("Otieno ended the meeting by saying the pier was safe.", "saying");
        assertEquals("Otieno", saying.source().text());
    }

    @Test
    void splitSentence() throws Exception {
        Attribution said = only("The pier, Otieno said, will reopen in June.");
        assertEquals("Otieno", said.source().text());
        assertEquals("The pier, Otieno said, will reopen in June", said.content().text());
    }

    @Test
    void passiveAgent() throws Exception {
        Attribution told = only("The crew was told by the harbour master that the pier was closed.");
        assertEquals("the harbour master", told.source().text());
        assertEquals("the pier was closed", told.content().text());
    }

    @Test
    void roleResolvedToTheNameBefore() throws Exception {
        List<Attribution> all = of("Imani Otieno opened the new pier on Tuesday. The mayor said the pier was safe.");
        Attribution mayor = all.get(all.size() - 1);
        assertEquals("The mayor", mayor.source().text());
        assertEquals("Imani Otieno", mayor.resolvedSpeaker());
        assertNotNull(mayor.resolvedSpeakerRef());
    }

    @Test
    void laterVerbDoesNotTakeTheQuotationFromItsCue() throws Exception {
        List<Attribution> all = of("Otieno said it was \u201Ca grave mistake\u201D for Lund to resign.");
        Attribution quote = all.stream().filter(Attribution::direct).findFirst().orElseThrow();
        assertEquals("Otieno", quote.source().text());
        assertTrue(all.stream().noneMatch(a -> a.direct() && a.source() != null && a.source().text().equals("Lund")));
    }

    @Test
    void colonIntroducesAQuotation() throws Exception {
        Attribution colon = only("The harbour master\u2019s answer: \u201CWe will not reopen the pier this year.\u201D");
        assertEquals(":", colon.cue().text());
        assertTrue(colon.direct());
        assertNotNull(colon.source());
    }

    @Test
    void guillemetQuotationGetsItsSpeaker() throws Exception {
        Attribution a = only("\u00ABThe pier stays shut until spring,\u00BB said Paul Okafor.");
        assertTrue(a.direct());
        assertEquals("Paul Okafor", a.source().text());
        assertEquals("The pier stays shut until spring,", a.content().text());
    }

    @Test
    void nothingReportedIsNoAttribution() throws Exception {
        assertEquals(List.of(), of("Okafor said nothing."));
    }

    @Test
    void participlesThatDescribeReportNothing() throws Exception {
        assertEquals(List.of(), of("The council opened an inquiry into alleged misconduct at the harbour."));
        assertEquals(List.of(), of("The law lets Norway send people accused of fraud abroad."));
        assertEquals(List.of(), of("It was forecast to reach Bergen on Wednesday."));
        assertEquals(List.of(), of("The church was fined for protecting alleged abusers."));
        assertEquals(List.of(), of("Chile acted over alleged Revolutionary Guards plots."));
        assertEquals(List.of(), of("The rebels claimed responsibility for the raid on the depot."));
        assertEquals(List.of(), of("The post must go if it is deemed against the law."));
        assertEquals("Iranian involvement", only("Norway and Chile have alleged Iranian involvement.").content().text());
    }

    @Test
    void unnamedEvidenceIsItsOwnKind() throws Exception {
        assertEquals(SourceKind.EVIDENCE, only("Recent opinion polls show the ferry tax is unpopular.").sourceKind());
        assertEquals(SourceKind.EVIDENCE, only("According to reports, the ferry will stop in May.").sourceKind());
        assertEquals(SourceKind.DOCUMENT, only("A harbour board report says the pier is weak.").sourceKind());
        assertEquals(SourceKind.DOCUMENT, only("The Norstat poll shows the ferry tax is unpopular.").sourceKind());
        // "voters want" is an attribution of its own (the learned cue model finds it), nested in the poll's
        Attribution published = withCue("According to a poll published by Aftenposten, most voters want the ferry.",
                "According to");
        assertEquals("a poll published by Aftenposten", published.source().text());
        assertEquals(SourceKind.DOCUMENT, published.sourceKind());
        assertEquals("most voters want the ferry", published.content().text());
        assertEquals(SourceKind.DOCUMENT, withCue("According to a survey published in 2021 by Norstat, most voters want the ferry.",
                "According to").sourceKind());
        assertEquals(SourceKind.DOCUMENT, only("According to data from the Norwegian Coastal Administration, the pier is unsafe.")
                .sourceKind());
        assertEquals(SourceKind.DOCUMENT, only("According to a report on Monday by Aftenposten, the pier is unsafe.")
                .sourceKind());
        assertEquals(SourceKind.DOCUMENT, only("According to a recent report by Aftenposten, the pier is unsafe.")
                .sourceKind());
    }

    @Test
    void outletAfterANonSpeechCueMakesNoChain() throws Exception {
        List<Attribution> all = of("The new port levy appears to cover the pier, according to Aftenposten.");
        assertTrue(all.stream().noneMatch(Attribution::indirectChain), all.toString());
        List<Attribution> adverb = of("The rain reportedly flooded the pier, according to Aftenposten.");
        assertTrue(adverb.stream().noneMatch(Attribution::indirectChain), adverb.toString());
    }

    @Test
    void headlineColonNamesTheSpeaker() throws Exception {
        Attribution colon = withCue("The harbour closed on Monday.\n\nArdern: The pier will stay shut until spring.", ":");
        assertEquals("Ardern", colon.source().text());
        assertEquals("The pier will stay shut until spring", colon.content().text());
        assertEquals(List.of(), of("The harbour closed on Monday.\n\nEditor\u2019s note: The pier will stay shut until spring."));
        assertEquals(List.of(), of("The harbour closed on Monday.\n\nUPDATE: The pier will stay shut until spring."));
    }

    @Test
    void restrictiveRelativeKeepsItsPhrase() throws Exception {
        Attribution say = withCue("On Monday, trawler crews who say the limits are unfair met the mayor.", "say");
        assertEquals("trawler crews who", say.source().text());
        // the reported clause is read to the sentence end: where the relative clause ends is not known
        assertTrue(say.content().text().startsWith("the limits are unfair"), say.content().text());
    }

    @Test
    void thatFrameAndNameFrame() throws Exception {
        Attribution found = withCue("Inspectors found that the crane had rusted through.", "found");
        assertEquals(CueGroup.EVIDENCE, found.cueGroup());
        assertEquals("the crane had rusted through", found.content().text());
        Attribution calls = withCue("On Monday, Okafor calls the levy a tax on fishermen.", "calls");
        assertEquals("Okafor", calls.source().text());
    }

    @Test
    void invertedParticipleAfterAQuotationIsACue() throws Exception {
        List<Attribution> all = of("\"We owe the divers everything\" tweeted Mayor of Bergen Ola Strand (no relation)."
                + " \"Their courage is beyond words.\"");
        assertEquals(2, all.stream().filter(a -> a.direct() && a.source() != null
                && a.source().text().equals("Mayor of Bergen Ola Strand")).count(), all.toString());
    }
    @Test
    void stanceCuesReportNoWords() throws Exception {
        Attribution opposed = only("Most Gdynia dockers opposed the new shift plan.");
        assertEquals(CueGroup.STANCE, opposed.cueGroup());
        assertEquals("Most Gdynia dockers", opposed.source().text());
        assertEquals("the new shift plan", opposed.content().text());
        // no words are reported, so an outlet after it is a cue of its own, not a chain
        List<Attribution> all = of("Ruiz supported the levy, according to the Baltic Times.");
        assertEquals(2, all.size(), all.toString());
        assertTrue(all.stream().allMatch(a -> a.intermediary() == null), all.toString());
    }

    @Test
    void cuesLearnedFromTheirUsesOutsideQuotations() throws Exception {
        Attribution think = only("They think the ferry to Hel will never pay for itself.");
        assertEquals(CueGroup.BELIEF, think.cueGroup());
        assertEquals("They", think.source().text());
        assertEquals("the ferry to Hel will never pay for itself", think.content().text());
        Attribution seems = only("The harbour board seems ready to raise the fees.");
        assertEquals(CueGroup.BELIEF, seems.cueGroup());
        assertEquals("The harbour board", seems.source().text());
    }

    @Test
    void rareWordsOfTheTrainingNewsStayOut() throws Exception {
        // words a cue in a few uses of the training news only, which are no reporting language elsewhere
        for (String text : new String[] {"The old pier cracked overnight.", "An opportunity arose at the harbour.",
            "The documentary was released on Saturday."}) {
            List<Attribution> all = of(text);
            assertTrue(all.isEmpty(), text + " " + all);
        }
    }
}
