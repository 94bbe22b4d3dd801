package factcheck.core.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitleBeforeNameTest {

    @Test
    void titleBeforeFullName() {
        PersonFixture f = new PersonFixture("Vice President Jane Doe arrived in Lisbon on Monday.");
        PersonMention m = f.at("Vice President Jane Doe");
        assertEquals("Jane Doe", m.name().text());
        assertEquals("Vice President", m.title());
        assertEquals("Vice President", f.text.substring(m.titleRef().start(), m.titleRef().end()));
        assertEquals(TitleKind.CURRENT, m.titleKind());
        assertEquals("p1", m.entityId());
        assertTrue(m.firstMention());
        assertEquals("person", m.type());
    }

    @Test
    void countryModifiersBeforeTitles() {
        PersonFixture f = new PersonFixture(
                "US Secretary of State John Roe met Chinese Foreign Minister Li Wei in Geneva on Friday.");
        PersonMention roe = f.at("US Secretary of State John Roe");
        assertEquals("Secretary of State", roe.title());
        assertEquals("US", roe.country());
        PersonMention li = f.at("Chinese Foreign Minister Li Wei");
        assertEquals("Foreign Minister", li.title());
        assertEquals("China", li.country());
        assertEquals("Li Wei", li.name().text());
        assertEquals(2, f.named().size(), f.describe());
    }

    @Test
    void ministersTitlesAsSomeCountriesWriteThem() {
        PersonFixture f = new PersonFixture("Indian Home Minister Ravi Kumar met Chancellor of the Exchequer Tom Hale "
                + "and French Armed Forces Minister Anne Morel in Delhi.");
        PersonMention kumar = f.at("Indian Home Minister Ravi Kumar");
        assertEquals("Home Minister", kumar.title());
        assertEquals("India", kumar.country());
        assertEquals("Chancellor of the Exchequer", f.at("Chancellor of the Exchequer Tom Hale").title());
        PersonMention morel = f.at("French Armed Forces Minister Anne Morel");
        assertEquals("Armed Forces Minister", morel.title());
        assertEquals("Anne Morel", morel.name().text());
    }

    @Test
    void abbreviatedTitleSplitBySentenceDetector() {
        PersonFixture f = new PersonFixture("Sen. Amy Klobuchar spoke first. Gov. J. B. Pritzker spoke next.");
        PersonMention amy = f.at("Sen. Amy Klobuchar");
        assertEquals("Senator", amy.title());
        assertEquals("Amy Klobuchar", amy.name().text());
        PersonMention jb = f.at("Gov. J. B. Pritzker");
        assertEquals("Governor", jb.title());
        assertEquals("J. B. Pritzker", jb.name().text());
    }

    @Test
    void nameConnectorsAndCountryAfterName() {
        PersonFixture f = new PersonFixture("President Lula da Silva of Brazil visited Angola in March. "
                + "Lula said the visit had been useful.");
        PersonMention first = f.at("President Lula da Silva");
        assertEquals("Lula da Silva", first.name().text());
        assertEquals("Brazil", first.country());
        PersonMention later = f.at("Lula", 1);
        assertEquals(first.entityId(), later.entityId());
        assertEquals(MentionForm.PARTIAL_NAME, later.form());
    }

    @Test
    void kindsOfNonCurrentTitles() {
        PersonFixture f = new PersonFixture("Former Prime Minister Tomas Varga met then-Senator Ruth Okafor, "
                + "President-elect Pedro Alves and acting Mayor Ines Duarte in Porto.");
        assertEquals(TitleKind.FORMER, f.at("Former Prime Minister Tomas Varga").titleKind());
        PersonMention okafor = f.at("then-Senator Ruth Okafor");
        assertEquals(TitleKind.ROLE_IN_PAST, okafor.titleKind());
        assertEquals("Senator", okafor.title());
        PersonMention alves = f.at("President-elect Pedro Alves");
        assertEquals(TitleKind.ELECT, alves.titleKind());
        assertEquals("President", alves.title());
        assertEquals(TitleKind.ACTING, f.at("acting Mayor Ines Duarte").titleKind());
    }

    @Test
    void theLateIsFormerAndDeceased() {
        PersonFixture f = new PersonFixture("The museum honours the late Queen Margrethe of Denmark.");
        PersonMention m = f.at("late Queen Margrethe");
        assertEquals(TitleKind.FORMER, m.titleKind());
        assertEquals("deceased", m.relation());
        assertEquals("Denmark", m.country());
    }

    @Test
    void untitledGivenNameHasNoTitle() {
        PersonFixture f = new PersonFixture("The report was written by Maria Lindqvist and colleagues.");
        PersonMention m = f.at("Maria Lindqvist");
        assertNull(m.title());
        assertEquals(TitleKind.NONE, m.titleKind());
        assertEquals(MentionForm.NAME, m.form());
    }
}
