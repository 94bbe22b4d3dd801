package factcheck.core.extract.attribution;

import static factcheck.core.extract.attribution.Attributions.of;
import static factcheck.core.extract.attribution.Attributions.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import factcheck.core.article.Article;
import factcheck.core.article.ArticleParser;

/** The learned contextual cue model (cue-model.tsv) and the features it reads (CueFeatures). */
class ContextualCueTest {

    @Test
    void wordsTheLexiconLeavesOutAreCuesInTheirFrame() throws Exception {
        Attribution wants = withCue("Councillor Imani Otieno wants the ferry timetable changed before the winter.", "wants");
        assertEquals("Councillor Imani Otieno", wants.source().text());
        assertEquals(CueGroup.INTENTION, wants.cueGroup());
        assertTrue(wants.learnedCue(), "only the model took \"wants\" for a cue");
    }

    @Test
    void cuesTheVerbListOrLexiconKnowAreNotMarkedLearned() throws Exception {
        assertFalse(withCue("Councillor Imani Otieno said the ferry timetable would change.", "said").learnedCue());
        assertFalse(withCue("Councillor Imani Otieno denied that the ferry would stop.", "denied").learnedCue());
    }

    @Test
    void theSameWordsElsewhereAreNoCues() throws Exception {
        assertNoCue("The old ferry appeared on the horizon shortly after noon.", "appeared");
        assertNoCue("Volunteers carried sandbags to support the sea wall in Tromsø.", "support");
    }

    @Test
    void aLearnedCueMustReportSomethingAndNamesNoEvidence() throws Exception {
        assertNoCue("Otieno spoke warmly at the pier in Kisumu.", "spoke");
        assertNoCue("Our harbour research has focused on ferries and fishing boats.", "focused");
    }

    @Test
    void featureOffsetsHoldWithCrLfAndNonAsciiText() throws Exception {
        String text = "Ærø ferry row\r\n\r\nThe mayor of Ærø, Søren Ågård, wants the ferry to run daily.\r\n\r\n"
                + "Islanders on Ærø \uD835\uDC00 fear the fares will rise, and Ågård supports a cap.\r\n";
        Article article = ArticleParser.parse("test", text);
        List<String> lines = CueCandidatesMain.lines(article);
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            String[] cols = line.split("\t");
            int start = Integer.parseInt(cols[0]);
            int end = Integer.parseInt(cols[1]);
            assertEquals("w=" + text.substring(start, end).toLowerCase(Locale.ROOT), cols[3], line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("\tw=supports\t")), "a word after the astral character");
    }

    @Test
    void aCueThatReportsNothingIsNoAttributionWhicheverListFoundIt() throws Exception {
        // "knew little about …": the reading is refused as "Ruiz said nothing" is; that must not fail the article
        assertNoCue("The memoir painted the ferry owner as a stubborn man who knew little about boats.", "knew");
        assertNoCue("Residents of the island want little.", "want");
    }

    @Test
    void anAuxiliaryBeforeAKnownCueIsNoSecondCue() throws Exception {
        // the model picks up auxiliaries that open gold cues it does not know ("has repeatedly pledged");
        // before a cue the lexicon knows, the auxiliary would report the same words twice ("Scientists have")
        String text = "Scientists have long wondered why the lake in Tartu freezes so late.";
        assertNoCue(text, "have");
        assertEquals("Scientists", withCue(text, "wondered").source().text());
    }

    private static void assertNoCue(String text, String word) throws Exception {
        List<Attribution> all = of(text);
        assertTrue(all.stream().noneMatch(a -> a.cue() != null && a.cue().text().equals(word)), all.toString());
    }
}
