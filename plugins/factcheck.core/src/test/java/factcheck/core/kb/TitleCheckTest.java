package factcheck.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.core.kb.TitleVerdict.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Title checks against the committed data, for people whose careers are well documented. */
class TitleCheckTest {

    static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KbDirectory.load();
    }

    private static TitleVerdict check(String name, String title, String date) {
        return kb.checkTitle(name, title, LocalDate.parse(date));
    }

    @Test
    void inaugurationDayBelongsToTheIncomingHolder() {
        TitleVerdict first = check("Barack Obama", "President", "2009-01-20");
        assertEquals(Kind.HELD, first.kind());
        assertTrue(first.certain());
        assertEquals(Kind.HELD_LATER, check("Barack Obama", "President", "2009-01-19").kind());
        TitleVerdict last = check("Barack Obama", "President", "2017-01-20");
        assertEquals(Kind.HELD_EARLIER, last.kind());
        assertFalse(last.certain(), "he was still president that morning");
        assertEquals(Kind.HELD, check("Mike Pence", "Vice President", "2017-01-20").kind());
    }

    @Test
    void governorsAndMayorsAreReadWithTheirStateOrCity() {
        TitleVerdict hogan = check("Larry Hogan", "Maryland Governor", "2024-03-01");
        assertEquals(Kind.HELD_EARLIER, hogan.kind());
        assertTrue(hogan.certain());
        assertEquals(Kind.HELD_LATER, check("Wes Moore", "Governor of Maryland", "2022-06-01").kind());
        assertEquals(Kind.NOT_HELD, check("Gina Raimondo", "Rhode Island Governor", "2022-06-01").kind());
        assertEquals(Kind.NOT_HELD, check("Wes Moore", "Virginia Governor", "2024-06-01").kind());
        assertEquals(Kind.HELD, check("Muriel Bowser", "Washington Mayor", "2019-06-01").kind());
        assertEquals(Kind.NOT_HELD, check("Muriel Bowser", "Washington Governor", "2019-06-01").kind());
        // Open States' dates of this handover disagree by days: only the month is kept
        TitleVerdict inslee = check("Jay Inslee", "Washington Governor", "2025-01-12");
        assertEquals(Kind.HELD, inslee.kind());
        assertFalse(inslee.certain());
    }

    @Test
    void ministersAreReadWithTheirCountry() {
        assertEquals(Kind.HELD, check("Matteo Salvini", "Italian Interior Minister", "2018-08-20").kind());
        assertEquals(Kind.HELD_EARLIER, check("Matteo Salvini", "Italian Interior Minister", "2020-08-20").kind());
        // in 2018 she was India's defence minister, not its finance minister
        TitleVerdict sitharaman = check("Nirmala Sitharaman", "Indian Finance Minister", "2018-02-01");
        assertEquals(Kind.NOT_HELD, sitharaman.kind());
        assertEquals("in.defence-minister", sitharaman.heldOnDate().get(0).officeId());
        assertEquals(Kind.HELD, check("Rishi Sunak", "British Chancellor", "2021-03-03").kind());
        assertEquals(Kind.HELD_LATER, check("Priti Patel", "Home Secretary", "2016-09-10").kind());
        // Wikidata lists no minister completely: someone it never lists in an office is no error
        assertFalse(check("Matteo Salvini", "Italian Finance Minister", "2020-08-20").certain());
        // after the snapshot (2022), someone who had left may have been reappointed: no verdict
        TitleVerdict parly = check("Florence Parly", "French Defence Minister", "2023-01-15");
        assertEquals(Kind.HELD_EARLIER_UNCHECKED, parly.kind());
        assertFalse(parly.certain());
        // after the snapshot, a minister whose term was still open may still hold it
        TitleVerdict shoigu = check("Sergey Shoygu", "Russian Defence Minister", "2024-06-01");
        assertEquals(Kind.HELD, shoigu.kind());
        assertFalse(shoigu.certain());
    }

    @Test
    void formerOfficeIsHeldEarlierOrCorrectWithFormer() {
        TitleVerdict v = check("Dick Cheney", "Vice President", "2012-03-01");
        assertEquals(Kind.HELD_EARLIER, v.kind());
        assertTrue(v.certain());
        assertEquals(LocalDate.of(2001, 1, 20), v.titleTerms().get(0).start().first());
        assertEquals(Kind.HELD, check("Dick Cheney", "former Vice President", "2012-03-01").kind());
        TitleVerdict stillIn = check("Kamala Harris", "former Vice President", "2022-05-01");
        assertEquals(Kind.NOT_HELD, stillIn.kind());
        assertEquals("Vice President", stillIn.suggestedTitle());
    }

    @Test
    void wrongTitleSuggestsTheOfficeHeldThatDay() {
        TitleVerdict v = check("Barack Obama", "Vice President", "2010-06-01");
        assertEquals(Kind.NOT_HELD, v.kind());
        assertTrue(v.certain());
        assertEquals("President", v.suggestedTitle());
        assertEquals("us.president", v.heldOnDate().get(0).officeId());

        TitleVerdict merkel = check("Angela Merkel", "Foreign Minister", "2010-06-01");
        assertEquals(Kind.NOT_HELD, merkel.kind());
        assertEquals("Chancellor", merkel.suggestedTitle());

        TitleVerdict wrongCountry = check("Rishi Sunak", "French Prime Minister", "2023-03-01");
        assertEquals(Kind.NOT_HELD, wrongCountry.kind());
        assertEquals("British Prime Minister", wrongCountry.suggestedTitle());
    }

    @Test
    void neverHeldAndLaterHeld() {
        TitleVerdict modi = check("Narendra Modi", "Chancellor", "2010-06-01");
        assertEquals(Kind.NEVER_HELD, modi.kind());
        // a bare title may name an office the data does not list (a university's chancellor)
        assertFalse(modi.certain());
        TitleVerdict qualified = check("Narendra Modi", "German Chancellor", "2010-06-01");
        assertEquals(Kind.NEVER_HELD, qualified.kind());
        assertTrue(qualified.certain());
        TitleVerdict scholz = check("Olaf Scholz", "Chancellor", "2021-12-07");
        assertEquals(Kind.HELD_LATER, scholz.kind());
        assertEquals(Kind.HELD, check("Olaf Scholz", "Chancellor", "2021-12-08").kind());
    }

    @Test
    void sharedSurnamesAreResolvedByTitleAndDate() {
        TitleVerdict bush = check("Bush", "President", "2005-06-01");
        assertEquals(Kind.HELD, bush.kind());
        assertEquals("george-w-bush", bush.person().id());
        assertTrue(bush.certain());
        assertEquals("george-h-w-bush", check("Bush", "President", "1990-06-01").person().id());
        assertEquals("benjamin-harrison", check("Harrison", "President", "1890-06-01").person().id());
        assertEquals("franklin-d-roosevelt", check("Roosevelt", "President", "1935-06-01").person().id());
        assertEquals("theodore-roosevelt", check("Roosevelt", "President", "1905-06-01").person().id());
        assertEquals("lyndon-b-johnson", check("Johnson", "President", "1966-06-01").person().id());
        assertEquals("john-adams", check("Adams", "President", "1798-06-01").person().id());

        TitleVerdict between = check("Bush", "President", "1995-06-01");
        assertEquals(Kind.AMBIGUOUS_PERSON, between.kind());
        assertFalse(between.certain());
        assertNull(between.person());
        assertEquals(2, between.candidates().size());
    }

    @Test
    void titlesQualifiedByCountryInSeveralWays() {
        for (String title : new String[] {"Indian Prime Minister", "Prime Minister of India", "India's Prime Minister",
                "PM", "Prime Minister"}) {
            TitleVerdict v = check("Narendra Modi", title, "2020-01-01");
            assertEquals(Kind.HELD, v.kind(), title);
            assertTrue(v.certain(), title);
        }
        assertEquals(Kind.HELD, check("Emmanuel Macron", "French President", "2020-01-01").kind());
        assertEquals(Kind.HELD, check("Kamala Harris", "U.S. Vice President", "2022-01-01").kind());
        assertEquals(Kind.HELD, check("Rishi Sunak", "U.K. Prime Minister", "2023-01-01").kind());
        assertEquals(Kind.HELD, check("Olaf Scholz", "German Chancellor", "2022-01-01").kind());
        assertEquals(Kind.HELD, check("Ban Ki-moon", "UN Secretary-General", "2010-01-01").kind());
        assertEquals(Kind.HELD, check("Dmitry Medvedev", "Russian President", "2010-01-01").kind());
    }

    @Test
    void currentSenatorAndHouseTitles() {
        assertEquals(Kind.HELD, check("Amy Klobuchar", "Sen.", "2020-01-01").kind());
        TitleVerdict rep = check("Amy Klobuchar", "Rep.", "2020-01-01");
        assertEquals(Kind.NOT_HELD, rep.kind());
        assertTrue(rep.certain(), "every term of a current member is listed");
        assertEquals("Senator", rep.suggestedTitle());
    }

    @Test
    void unknownNameOrTitle() {
        assertEquals(Kind.UNKNOWN_PERSON, check("Zzyzx Quuxley", "President", "2020-01-01").kind());
        TitleVerdict title = check("Angela Merkel", "Grand Vizier", "2020-01-01");
        assertEquals(Kind.UNKNOWN_TITLE, title.kind());
        assertFalse(title.certain());
    }

    @Test
    void openTermsBeyondTheDataDateAreNotCertain() {
        Term open = kb.termsOf("narendra-modi").stream().filter(Term::open).findFirst().orElseThrow();
        TitleVerdict v = kb.checkTitle("Narendra Modi", "Prime Minister", open.asOf().plusYears(3));
        assertEquals(Kind.HELD, v.kind());
        assertFalse(v.certain());
    }

    @Test
    void perPersonListsSayNothingAboutPeopleTheyDoNotList() {
        // Senators are listed only if they sit now; Clinton and Biden left the Senate in 2009
        TitleVerdict clinton = check("Hillary Clinton", "Senator", "2007-06-01");
        assertFalse(clinton.certain(), clinton.explanation());
        TitleVerdict biden = check("Joe Biden", "Senator", "2019-01-01");
        assertFalse(biden.certain(), biden.explanation());
        // a listed senator's whole career is listed, so a gap in it is still certain
        TitleVerdict sanders = check("Bernie Sanders", "Senator", "1995-06-01");
        assertTrue(sanders.certain(), sanders.explanation());
    }
}
