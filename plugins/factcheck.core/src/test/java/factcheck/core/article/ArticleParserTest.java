package factcheck.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ArticleParserTest {

    @Test
    void headerLineGivesDatelineHeadlineAndBody() throws Exception {
        String text = "  date 2019-06-03 Port strike enters second week\r\n\r\nDockers walked out.\r\n\r\nTalks resume Monday.";
        Article a = ArticleParser.parse("strike.article", text);
        assertEquals(LocalDate.of(2019, 6, 3), a.dateline().orElseThrow().date());
        assertEquals(Dateline.Source.HEADER_LINE, a.dateline().orElseThrow().source());
        assertEquals("2019-06-03", a.dateline().orElseThrow().span().of(text));
        assertEquals("Port strike enters second week", a.headline().of(text));
        assertEquals(2, a.paragraphs().size());
        assertEquals("Dockers walked out.", a.paragraphs().get(0).of(text));
        assertEquals("Talks resume Monday.", a.paragraphs().get(1).of(text));
    }

    @Test
    void frontMatterGivesDatelineAndTitleWithoutTimeZoneDrift() throws Exception {
        String text = "---\ntitle: Flood barrier opens\ndate: 2022-01-31\n---\n\nThe barrier opened on Monday.\n";
        Article a = ArticleParser.parse("flood.md", text);
        assertEquals(LocalDate.of(2022, 1, 31), a.dateline().orElseThrow().date());
        assertEquals("2022-01-31", a.dateline().orElseThrow().span().of(text));
        assertEquals("Flood barrier opens", a.headline().of(text));
        assertEquals(1, a.paragraphs().size());
    }

    @Test
    void frontMatterDateTimeIsConvertedToTheArticlesTimeZone() throws Exception {
        String text = "---\ndateline: 2022-01-31T23:30:00Z\ntimezone: Asia/Tokyo\n---\nBody.\n";
        assertEquals(LocalDate.of(2022, 2, 1), ArticleParser.parse("x.md", text).dateline().orElseThrow().date());
    }

    @Test
    void wikinewsLayoutHeadlineThenDatelineSentence() throws Exception {
        String text = "Bridge reopens after repairs\n\nTuesday, March 5, 2019  \n\nThe bridge reopened yesterday.\n";
        Article a = ArticleParser.parse("bridge.txt", text);
        assertEquals(LocalDate.of(2019, 3, 5), a.dateline().orElseThrow().date());
        assertEquals(Dateline.Source.DATELINE_SENTENCE, a.dateline().orElseThrow().source());
        assertEquals("Tuesday, March 5, 2019", a.dateline().orElseThrow().span().of(text));
        assertEquals("Bridge reopens after repairs", a.headline().of(text));
        assertEquals(1, a.paragraphs().size());
    }

    @Test
    void datelineSentenceEndingInNoBreakSpacesIsRecognised() throws Exception {
        String text = "Ferry service resumes\n\nMonday, January 7, 2019\u00A0 \n\nThe ferry sailed again.\n";
        Article a = ArticleParser.parse("ferry.txt", text);
        assertEquals(LocalDate.of(2019, 1, 7), a.dateline().orElseThrow().date());
        assertEquals("Monday, January 7, 2019", a.dateline().orElseThrow().span().of(text));
        assertEquals(1, a.paragraphs().size());
    }

    @Test
    void callerDatelineOverridesTheTextsOwn() throws Exception {
        String text = "date 2019-06-03 Strike\n\nBody.";
        Article a = ArticleParser.parse("s.article", text, LocalDate.of(2020, 1, 1));
        assertEquals(LocalDate.of(2020, 1, 1), a.dateline().orElseThrow().date());
        assertEquals(Dateline.Source.CALLER, a.dateline().orElseThrow().source());
        assertEquals("Strike", a.headline().of(text));
    }

    @Test
    void textWithoutDatelineIsStillAnArticle() throws Exception {
        Article a = ArticleParser.parse("plain.txt", "Just a paragraph.\nStill it.\n\nAnother one.");
        assertFalse(a.hasDateline());
        assertNull(a.headline());
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void impossibleHeaderDateIsAClearError() {
        ArticleFormatException e = assertThrows(ArticleFormatException.class,
                () -> ArticleParser.parse("bad.article", "date 2021-02-30 Headline\n\nBody."));
        assertTrue(e.getMessage().contains("2021-02-30"), e.getMessage());
        assertEquals(5, e.offset());
    }

    @Test
    void unclosedFrontMatterIsAClearError() {
        ArticleFormatException e = assertThrows(ArticleFormatException.class,
                () -> ArticleParser.parse("bad.md", "---\ntitle: x\n\nBody without a closing fence."));
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void emptyTextHasNoParagraphs() throws Exception {
        Article a = ArticleParser.parse("empty.txt", "");
        assertTrue(a.paragraphs().isEmpty());
        assertFalse(a.hasDateline());
    }
}
