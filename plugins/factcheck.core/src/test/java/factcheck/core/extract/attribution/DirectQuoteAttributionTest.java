package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.of;
import static factcheck.core.extract.attribution.Attributions.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DirectQuoteAttributionTest {

    @Test
    void speakerBeforeTheQuote() throws Exception {
        String text = "Mayor Ana Ruiz said, \u201CWe will rebuild.\u201D";
        Attribution a = only(text);
        assertTrue(a.direct());
        assertEquals(SourceKind.PERSON, a.sourceKind());
        assertEquals("Mayor Ana Ruiz", text.substring(a.source().start(), a.source().end()));
        assertEquals(text.indexOf("said"), a.cue().start());
        assertEquals("say", a.cueLemma());
        assertEquals("Ana Ruiz", a.resolvedSpeaker());
        assertEquals(text.indexOf("Ana"), a.resolvedSpeakerRef().start());
        assertEquals("We will rebuild.", a.content().text());
        assertEquals(text.indexOf('\u201C'), a.quoteStart());
        assertEquals(0, a.start());
        assertEquals(text.length(), a.end());
        assertFalse(a.loadedCue());
        assertEquals("attribution", a.type());
    }

    @Test
    void speakerAfterTheQuoteInBothOrders() throws Exception {
        String inverted = "\u201CWe will rebuild,\u201D said Ruiz.";
        Attribution a = only(inverted);
        assertEquals(SourceKind.PERSON, a.sourceKind());
        assertEquals(inverted.indexOf("Ruiz"), a.source().start());
        assertEquals("Ruiz", a.source().text());
        assertEquals("We will rebuild,", a.content().text());

        String normal = "\u201CWe will rebuild,\u201D Ruiz told reporters.";
        Attribution b = only(normal);
        assertEquals("Ruiz", b.source().text());
        assertEquals("tell", b.cueLemma());
        assertTrue(b.direct());
        assertNull(b.intermediary(), "reporters are no outlet");
    }

    @Test
    void colonAndPronounWithResolution() throws Exception {
        String text = "Ana Ruiz spoke first. She said: \u201CThe river will not beat us.\u201D";
        Attribution a = only(text);
        assertEquals(SourceKind.PRONOUN, a.sourceKind());
        assertEquals(text.indexOf("She"), a.source().start());
        assertEquals("Ana Ruiz", a.resolvedSpeaker());
        assertEquals(text.indexOf("Ana Ruiz"), a.resolvedSpeakerRef().start());
        assertEquals(text.indexOf("Ana Ruiz") + "Ana Ruiz".length(), a.resolvedSpeakerRef().end());
    }

    @Test
    void pronounResolvesToTheNearestEarlierNameNotOneInsideTheQuote() throws Exception {
        String text = "Tomas Berg arrived late. Ana Ruiz spoke first.\n\n\u201CI thank Tomas Berg,\u201D she said.";
        Attribution a = only(text);
        assertEquals(SourceKind.PRONOUN, a.sourceKind());
        assertEquals("Ana Ruiz", a.resolvedSpeaker());
    }

    @Test
    void cueInTheMiddleAttributesBothHalves() throws Exception {
        String text = "Ana Ruiz visited the dam.\n\n\u201CWe will rebuild,\u201D she said, \u201Cand we will do it fast.\u201D";
        List<Attribution> all = of(text);
        assertEquals(2, all.size());
        for (Attribution a : all) {
            assertEquals(SourceKind.PRONOUN, a.sourceKind());
            assertEquals(text.indexOf("she said"), a.cue().start() - "she ".length());
            assertEquals("Ana Ruiz", a.resolvedSpeaker());
        }
        assertEquals("We will rebuild,", all.get(0).content().text());
        assertEquals("and we will do it fast.", all.get(1).content().text());
    }

    @Test
    void quoteAfterAClosedSentenceStillGetsTheCueBeforeOnlyIfItRunsOn() throws Exception {
        String text = "\u201CThe levee held.\u201D Ruiz stated, \u201CWe were lucky.\u201D";
        List<Attribution> all = of(text);
        assertEquals(2, all.size());
        assertEquals(SourceKind.NONE, all.get(0).sourceKind(), "a period closes the first quotation");
        assertEquals(SourceKind.PERSON, all.get(1).sourceKind());
        assertEquals("We were lucky.", all.get(1).content().text());
    }

    @Test
    void quotationAfterTheAttributingSentenceContinuesTheSpeaker() throws Exception {
        String text = "\u201CWe will rebuild,\u201D Ruiz said. \u201CThe money is there.\u201D";
        List<Attribution> all = of(text);
        assertEquals(2, all.size());
        assertEquals("Ruiz", all.get(1).source().text());
        assertEquals("The money is there.", all.get(1).content().text());
    }

    @Test
    void chainThroughADocument() throws Exception {
        String text = "\u201CThe river will not beat us.\u201D According to a ministry statement, Ruiz remarked.";
        // two attributions: Ruiz's words through the statement, and the statement's own account of them
        Attribution a = Attributions.withCue(text, "remarked");
        Attribution statement = Attributions.withCue(text, "According to");
        assertEquals("a ministry statement", statement.source().text());
        assertEquals(SourceKind.DOCUMENT, statement.sourceKind());
        assertEquals(2, of(text).size());
        assertTrue(a.direct());
        assertEquals(SourceKind.PERSON, a.sourceKind());
        assertEquals("Ruiz", a.source().text());
        assertEquals("remark", a.cueLemma());
        assertEquals(text.indexOf("a ministry statement"), a.intermediary().start());
        assertEquals("a ministry statement", a.intermediary().text());
        assertEquals(SourceKind.DOCUMENT, a.intermediaryKind());
        assertTrue(a.indirectChain());
        assertEquals("The river will not beat us.", a.content().text());
    }

    @Test
    void quoteAttributedToAnOutletOnly() throws Exception {
        String text = "\u201CThe dam is safe,\u201D according to Reuters.";
        Attribution a = only(text);
        assertEquals(SourceKind.OUTLET, a.sourceKind());
        assertEquals("according to", a.cueLemma());
        assertTrue(a.direct());
        assertFalse(a.indirectChain());
    }

    @Test
    void bareQuoteParagraphIsLinkedToThePreviousSpeaker() throws Exception {
        String text = "Ana Ruiz said, \u201CWe will rebuild.\u201D\n\n\u201CNobody will be left behind.\u201D\n\n"
                + "\u201CNot one family.\u201D";
        List<Attribution> all = of(text);
        assertEquals(3, all.size());
        assertFalse(all.get(0).linkedToPrevious());
        for (Attribution linked : all.subList(1, 3)) {
            assertTrue(linked.linkedToPrevious());
            assertNull(linked.cue());
            assertEquals(SourceKind.PERSON, linked.sourceKind());
            assertEquals("Ana Ruiz", linked.resolvedSpeaker());
            assertEquals(text.indexOf("Ana Ruiz"), linked.source().start());
        }
        assertEquals(text.indexOf("\u201CNot one"), all.get(2).start());
    }

    @Test
    void bareQuoteParagraphWithoutAnAttributedOneBeforeHasNoSource() throws Exception {
        String text = "The storm passed at dawn.\n\n\u201CNobody will be left behind.\u201D";
        Attribution a = only(text);
        assertEquals(SourceKind.NONE, a.sourceKind());
        assertNull(a.source());
        assertNull(a.cue());
        assertFalse(a.linkedToPrevious());
        assertEquals(text.indexOf('\u201C'), a.start());
        assertEquals(text.length(), a.end());

        List<Attribution> two = of("\u201CWe will rebuild.\u201D\n\n\u201CNobody will be left behind.\u201D");
        assertEquals(2, two.size());
        assertTrue(two.stream().allMatch(x -> x.sourceKind() == SourceKind.NONE && !x.linkedToPrevious()));
    }

    @Test
    void nestedQuotesGetNoAttributionOfTheirOwn() throws Exception {
        String text = "\u201CShe called it \u2018a miracle\u2019 twice,\u201D Ruiz said.";
        Attribution a = only(text);
        assertEquals("Ruiz", a.source().text());
    }

    @Test
    void crlfAndNonAsciiOffsets() throws Exception {
        String text = "Mayor Zo\u00EB N\u00FA\u00F1ez arrived.\r\n\r\n\u201CW\u00E9 will rebuild the caf\u00E9,\u201D"
                + " said N\u00FA\u00F1ez.\r\n";
        Attribution a = only(text);
        assertEquals("N\u00FA\u00F1ez", text.substring(a.source().start(), a.source().end()));
        assertEquals(text.lastIndexOf("N\u00FA\u00F1ez"), a.source().start());
        assertEquals("W\u00E9 will rebuild the caf\u00E9,", text.substring(a.content().start(), a.content().end()));
        assertEquals(text.indexOf("said"), a.cue().start());
    }
}
