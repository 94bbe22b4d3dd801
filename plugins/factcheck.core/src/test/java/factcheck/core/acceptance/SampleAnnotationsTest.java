package factcheck.core.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import factcheck.core.Analysis;
import factcheck.core.Analyzer;
import factcheck.core.annotation.Annotation;
import factcheck.core.article.ArticleParser;
import factcheck.core.article.TextDecoder;
import factcheck.core.extract.attribution.Attribution;
import factcheck.core.extract.attribution.SourceKind;
import factcheck.core.extract.claim.Claim;
import factcheck.core.extract.person.PersonMention;
import factcheck.core.extract.person.TitleKind;
import factcheck.core.extract.quote.Quote;
import factcheck.core.extract.quote.QuoteProblem;
import factcheck.core.time.TemporalExpression;

/**
 * The bundled samples (the seed article and three real Wikinews articles) analysed end to end,
 * checked at the points an editor relies on: datelines, resolved dates, titles, quotations,
 * attributions and claims.
 */
class SampleAnnotationsTest {

    private static final Analyzer ANALYZER = new Analyzer();
    private static final Path SAMPLES = Path.of(System.getProperty("factcheck.samples", "../../samples"));

    private static Analysis analyse(String file) throws Exception {
        String text = TextDecoder.decode(Files.readAllBytes(SAMPLES.resolve(file)));
        return ANALYZER.analyze(ArticleParser.parse(file, text));
    }

    private static <T extends Annotation> T first(Analysis a, Class<T> type, String text) {
        return a.annotations().stream().filter(type::isInstance).map(type::cast).filter(x -> x.text().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " '" + text + "' in "
                        + a.article().name()));
    }

    @Test
    void seedArticle() throws Exception {
        Analysis a = analyse("us-china-talks-2021-11-10.article");
        assertEquals(LocalDate.of(2021, 11, 10), a.article().dateline().orElseThrow().date());
        TemporalExpression evening = first(a, TemporalExpression.class, "Tuesday evening");
        assertEquals(LocalDate.of(2021, 11, 9), evening.date());
        assertEquals("2021-11-09TEV", evening.value());
        assertEquals("2021-10", first(a, TemporalExpression.class, "last month").value());
        assertEquals("2021-W46", first(a, TemporalExpression.class, "next week").value());

        PersonMention biden = first(a, PersonMention.class, "Vice President Joe Biden");
        assertEquals("Vice President", biden.title());
        assertEquals(TitleKind.CURRENT, biden.titleKind());
        PersonMention pastRole = a.annotations().stream().filter(PersonMention.class::isInstance)
                .map(PersonMention.class::cast).filter(p -> p.titleKind() == TitleKind.ROLE_IN_PAST).findFirst()
                .orElseThrow();
        assertEquals("Vice President", pastRole.title());
        assertEquals(biden.entityId(), pastRole.entityId(), "'as Vice President' is Biden's earlier role");
        assertEquals("Secretary of State", first(a, PersonMention.class, "US Secretary of State Antony Blinken").title());

        Quote broken = a.annotations().stream().filter(Quote.class::isInstance).map(Quote.class::cast)
                .filter(q -> !q.balanced()).findFirst().orElseThrow();
        assertEquals(QuoteProblem.MISMATCHED_CLOSE, broken.problem());
        assertEquals("“", a.article().text().substring(broken.problemStart(), broken.problemEnd()));

        assertTrue(a.annotations().stream().filter(Attribution.class::isInstance).map(Attribution.class::cast)
                .anyMatch(x -> x.sourceKind() == SourceKind.OUTLET && x.source().text().equals("CNN")));
        assertTrue(a.annotations().stream().filter(Attribution.class::isInstance).map(Attribution.class::cast)
                .anyMatch(x -> x.sourceKind() == SourceKind.VAGUE && x.text().startsWith("Diplomats expect")));
        assertTrue(a.annotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
                .anyMatch(c -> c.text().contains("a record number") && c.features().stream()
                        .anyMatch(f -> f.kind().equals("SUPERLATIVE") && f.text().equals("record"))));
    }

    @Test
    void wikinewsTrumpEmergency() throws Exception {
        Analysis a = analyse("wikinews/2019-01-07-president-trump-says-he-can-and-may-put-us-into-st.txt");
        assertEquals(LocalDate.of(2019, 1, 7), a.article().dateline().orElseThrow().date());
        assertEquals(LocalDate.of(2019, 1, 4), first(a, TemporalExpression.class, "Friday").date(),
                "'said on Friday' in a story dated Monday 7 January is the Friday before");
        assertEquals(LocalDate.of(2018, 12, 22), first(a, TemporalExpression.class, "December 22").date());
        assertEquals("2018", first(a, TemporalExpression.class, "last year").value());
        assertEquals("Vice President", first(a, PersonMention.class, "Vice President, Mike Pence").title());
        assertEquals("President", first(a, PersonMention.class, "United States President Donald Trump").title());
    }

    @Test
    void wikinewsPelosiAndKoszalin() throws Exception {
        Analysis pelosi = analyse("wikinews/2019-01-04-nancy-pelosi-again-elected-speaker-as-116th-u-s-co.txt");
        assertEquals(LocalDate.of(2019, 1, 4), pelosi.article().dateline().orElseThrow().date());
        assertEquals(LocalDate.of(2019, 1, 3), first(pelosi, TemporalExpression.class, "yesterday").date());
        assertEquals("Nancy Pelosi again elected Speaker as 116th U.S. Congress sworn in",
                pelosi.article().headline().of(pelosi.article().text()));

        Analysis fire = analyse("wikinews/2019-01-05-escape-room-fire-kills-five-teen-girls-in-koszalin.txt");
        assertEquals(LocalDate.of(2019, 1, 4), first(fire, TemporalExpression.class, "yesterday afternoon").date());
        PersonMention duda = first(fire, PersonMention.class, "President Andrzej Duda");
        assertEquals("President", duda.title());
        assertEquals("Andrzej Duda", duda.name().text());
        List<Quote> quotes = fire.annotations().stream().filter(Quote.class::isInstance).map(Quote.class::cast).toList();
        assertTrue(quotes.stream().allMatch(Quote::balanced), quotes.toString());
    }
}
