package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.of;
import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How reporters tie a quotation to its speaker beyond "“…,” she said": the conventions around the quotation. */
class QuoteConventionTest {

    @Test
    void quotationInsideTheClauseOfTheCueBeforeItKeepsThatCue() throws Exception {
        String text = "Senator Lia Brandt said that there is \u201Cno money left for the harbour,\u201D adding that the"
                + " council \u201Cspent it on parades.\u201D";
        Attribution said = withCue(text, "said");
        assertEquals("Senator Lia Brandt", said.source().text());
        assertEquals("no money left for the harbour,", said.content().text());
        assertTrue(said.direct());
        Attribution adding = withCue(text, "adding");
        assertFalse(adding.content().text().contains("harbour"), adding.content().text());
    }

    @Test
    void longSpeakerAfterAnInvertedCue() throws Exception {
        String age = "\u201CWe will win,\u201D said the 46-year-old.";
        assertEquals("the 46-year-old", withCue(age, "said").source().text(), "an age is no time: not \"said Tuesday\"");

        String role = "\u201CThis is a farce,\u201D said Ohio delegate Anna Lund, angered that the chair ignored her.";
        Attribution lund = withCue(role, "said");
        assertEquals("Ohio delegate Anna Lund", lund.source().text());
        assertEquals("This is a farce,", lund.content().text());

        String known = "\u201CThere was no order,\u201D said the harbour chief known as Nils, speaking for the first time.";
        Attribution nils = withCue(known, "said");
        assertEquals("the harbour chief known as Nils", nils.source().text());
        assertTrue(of(known).stream().noneMatch(a -> a.cue() != null && a.cue().text().equals("known")),
                "the speaker's phrase holds no cue of its own");
    }

    @Test
    void aDocumentReadsItsWords() throws Exception {
        String after = "\u201CThe harbour will be rebuilt by May,\u201D the statement read.";
        Attribution statement = withCue(after, "read");
        assertEquals("the statement", statement.source().text());
        assertEquals("The harbour will be rebuilt by May,", statement.content().text());

        String inverted = "\u201CFriend, let me be blunt,\u201D read the letter from the Tarvik council.";
        assertTrue(withCue(inverted, "read").source().text().startsWith("the letter"));

        String pronoun = "Lea Moss lifted a sign of her own.\n\n\u201CI am still here,\u201D it read.";
        assertEquals("it", withCue(pronoun, "read").source().text());
    }

    @Test
    void asSomeonePutsIt() throws Exception {
        String text = "As the Herald's Tom Vik puts it, the council is trying to make voters \u201Can offer they"
                + " cannot refuse.\u201D";
        Attribution vik = withCue(text, "puts it");
        assertEquals("the Herald's Tom Vik", vik.source().text());
        assertEquals("an offer they cannot refuse.", vik.content().text());

        String pronoun = "That is because, as he puts it, \u201Cthe port is the best thing we have.\u201D";
        assertEquals("he", withCue(pronoun, "puts it").source().text());

        String noAs = "Tom Vik puts it on the shelf every morning.";
        assertTrue(of(noAs).stream().noneMatch(a -> a.cue() != null && a.cue().text().equals("puts it")),
                "without \"as\" it is a deed");
    }

    @Test
    void creditLineAfterAQuotation() throws Exception {
        String inline = "\u201CWe will rebuild the harbour by May.\u201D \u2014 Ana Ruiz, mayor of Porto";
        Attribution ruiz = withCue(inline, "\u2014");
        assertEquals("Ana Ruiz", ruiz.source().text());
        assertEquals("We will rebuild the harbour by May.", ruiz.content().text());
        assertTrue(ruiz.direct());

        String paragraph = "The claims, checked.\n\n\"Almost all new income is going to the top 1 percent.\"\n\n- Lia Brandt.";
        Attribution brandt = withCue(paragraph, "-");
        assertEquals("Lia Brandt", brandt.source().text());
        assertEquals("Almost all new income is going to the top 1 percent.", brandt.content().text());

        String glued = "\"It should have been done years ago.\"\n\n-Mayor Tom Vik, tweeting after the vote.";
        assertEquals("Mayor Tom Vik", withCue(glued, "-").source().text());
    }

    @Test
    void noCreditLineForAQuotationInsideASentenceOrAClauseAfterTheDash() throws Exception {
        String wire = "Berg hugged a fan and called him \"my oldest friend.\"\n\n- Nordpress.";
        assertTrue(of(wire).stream().noneMatch(a -> a.cue() != null && a.cue().text().equals("-")),
                "an agency line credits the story, not the quotation in its last sentence");

        String clause = "\"Lower taxes now.\"\n\n- and then the crowd left.";
        assertTrue(of(clause).stream().noneMatch(a -> a.cue() != null && a.cue().text().equals("-")));
    }

    @Test
    void aTitleInQuotationMarksInsideTheSubject() throws Exception {
        String author = "Hemsley, the co-author of \"Going Viral,\" about the spread of rumours, said the days of one"
                + " shared story were over.";
        Attribution hemsley = withCue(author, "said");
        assertTrue(hemsley.source().text().startsWith("Hemsley"), hemsley.source().text());

        String asPutIt = "As Lia Dahl, author of \u201CThe Long River,\u201D put it, \u201CNobody wins here.\u201D";
        Attribution dahl = withCue(asPutIt, "put it");
        assertTrue(dahl.source().text().startsWith("Lia Dahl"), dahl.source().text());
        assertEquals("Nobody wins here.", dahl.content().text());
    }

    @Test
    void aQuotedWordBeforeACueWithItsOwnSubjectStaysApart() throws Exception {
        String text = "Kerpen needled the Nordpress \u201Creporter,\u201D saying, \u201CA reporter who posts on request!\u201D";
        Attribution saying = withCue(text, "saying");
        assertEquals("Kerpen", saying.source().text());
    }

    @Test
    void aVerbGoverningAQuotationGivesItsSubject() throws Exception {
        String lauded = "Holm lauded the crew for \u201Csaving the harbour.\u201D";
        Attribution holm = withCue(lauded, "lauded");
        assertEquals("Holm", holm.source().text());
        assertEquals("saving the harbour.", holm.content().text());
        assertTrue(holm.direct());

        String calls = "Today, the Nordlys daily calls it \u201Cthe pearl\u201D of the coast.";
        assertEquals("the Nordlys daily", withCue(calls, "calls").source().text());

        String scolded = "Berg scolded him: \u201CYou should have known.\u201D";
        Attribution berg = withCue(scolded, "scolded");
        assertEquals("Berg", berg.source().text(), "the one addressed does not speak");
        assertEquals("You should have known.", berg.content().text());
    }

    @Test
    void noGoverningVerbForAPassiveOrAClauseBeforeTheQuotation() throws Exception {
        String passive = "The plan was called \u201Ca farce\u201D by critics.";
        assertTrue(of(passive).stream().noneMatch(a -> a.cue() != null && a.cue().text().equals("called")
                && a.source() != null && a.source().text().equals("The plan")));

        String clause = "Holm left the hall, and then \u201Cnothing happened.\u201D";
        assertTrue(of(clause).stream().noneMatch(a -> a.cue() != null && a.cue().text().equals("left")));
    }

    @Test
    void aParticipleRightBeforeTheQuotationTakesItFromTheVerbBefore() throws Exception {
        String writing = "Lars Moe shared the news on social media last week, writing \u201CFeels great to back Lund.\u201D";
        Attribution moe = withCue(writing, "writing");
        assertEquals("Lars Moe", moe.source().text());
        assertEquals("Feels great to back Lund.", moe.content().text());
        assertTrue(moe.direct());

        String shouting = "Protesters interrupted her speech, shouting \u201Cshe wins, we lose!\u201D";
        assertEquals("Protesters", withCue(shouting, "shouting").source().text());

        String urged = "Former mayor Ana Ruiz urged voters to back Lund, saying, \u201CThere is no one better.\u201D";
        Attribution saying = withCue(urged, "saying");
        assertEquals("There is no one better.", saying.content().text());
        assertEquals("Former mayor Ana Ruiz", withCue(urged, "urged").source().text());
    }

    @Test
    void aParticipleThatWorksAsAPrepositionLeadsIntoNothing() throws Exception {
        String text = "Berg listed the shows she likes, including \u201CLilyhammer.\u201D";
        assertTrue(of(text).stream().noneMatch(a -> a.cue() != null && a.cue().text().equals("including")));
    }

    @Test
    void aPresentPluralWriteBeforeAQuotation() throws Exception {
        String text = "In Norway, they write, \u201Cto be religious is to be in step with the mainstream.\u201D";
        Attribution write = withCue(text, "write");
        assertEquals("they", write.source().text());
        assertEquals("to be religious is to be in step with the mainstream.", write.content().text());
    }

    @Test
    void aNameThatIsAlsoAWordBetweenQuotationAndCue() throws Exception {
        String will = "\u201CThis might hasten the end of the old guard,\u201D Will wrote.";
        assertEquals("Will", withCue(will, "wrote").source().text());

        String from = "\u201COur task was to fix the port,\u201D From said.";
        assertEquals("From", withCue(from, "said").source().text());
    }
}
