package factcheck.core.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The words that qualify a title are read with it: countries of the world, bodies, hyphens. */
class TitleQualifierTest {

    @Test
    void countriesOfTheWholeWorldQualifyTitles() {
        PersonFixture f = new PersonFixture("Estonian Prime Minister Liisa Tamm met Bosnia and Herzegovina's "
                + "Foreign Minister Adnan Halilovic in Tallinn.");
        PersonMention tamm = f.at("Estonian Prime Minister Liisa Tamm");
        assertEquals("Estonia", tamm.country());
        assertEquals("Liisa Tamm", tamm.name().text());
        assertEquals("Bosnia and Herzegovina", f.at("Bosnia and Herzegovina's Foreign Minister Adnan Halilovic").country());
    }

    @Test
    void aCountryOpeningTheSentenceIsNotReadAsAnAdjective() {
        PersonFixture f = new PersonFixture("New Zealand Prime Minister Mere Tuhoe opened the port in Napier.");
        PersonMention m = f.at("New Zealand Prime Minister Mere Tuhoe");
        assertEquals("New Zealand", m.country());
        assertEquals("Prime Minister", m.title());
    }

    @Test
    void bodiesQualifyTitlesLikeCountries() {
        PersonFixture f = new PersonFixture("European Council President Petra Lindqvist spoke after "
                + "Bank of England Governor Colin Ashby and NATO Secretary-General Aart Visser.");
        PersonMention lindqvist = f.at("European Council President Petra Lindqvist");
        assertEquals("European Council", lindqvist.country());
        assertEquals("President", lindqvist.title());
        assertEquals("Bank of England", f.at("Bank of England Governor Colin Ashby").country());
        PersonMention visser = f.at("NATO Secretary-General Aart Visser");
        assertEquals("Secretary-General", visser.title());
        assertEquals("Aart Visser", visser.name().text());
    }

    @Test
    void statesAndCitiesQualifyTitlesWithoutVetoingNames() {
        PersonFixture f = new PersonFixture("Oregon Gov. Dana Whitfield met New York City Mayor Omar Reyes, "
                + "Mayor Lena Ostrow of Tulsa and Senator Maria Houston in Salem.");
        PersonMention whitfield = f.at("Oregon Gov. Dana Whitfield");
        assertEquals("Oregon", whitfield.country());
        assertEquals("Governor", whitfield.title());
        assertEquals("New York City", f.at("New York City Mayor Omar Reyes").country());
        assertEquals("Tulsa", f.at("Mayor Lena Ostrow").country());
        assertEquals("Maria Houston", f.at("Senator Maria Houston").name().text());
    }

    @Test
    void hyphenatedAndParticleNamesStayWhole() {
        PersonFixture f = new PersonFixture("German President Hans-Peter Kohl met Iraqi Prime Minister "
                + "Samir al-Jubouri and European Commission President Anna von der Linde in Berlin.");
        assertEquals("Hans-Peter Kohl", f.at("German President Hans-Peter Kohl").name().text());
        assertEquals("Samir al-Jubouri", f.at("Iraqi Prime Minister Samir al-Jubouri").name().text());
        assertEquals("Anna von der Linde", f.at("European Commission President Anna von der Linde").name().text());
    }

    @Test
    void romanisedSyllablesStayInTheNameButCompoundsDoNot() {
        PersonFixture f = new PersonFixture("South Korean President Kim Min-jun met WTO Director-General Ada Oyelaran. "
                + "The Smith-led coalition met later.");
        assertEquals("Kim Min-jun", f.at("South Korean President Kim Min-jun").name().text());
        PersonMention ada = f.at("WTO Director-General Ada Oyelaran");
        assertEquals("Director-General", ada.title());
        assertEquals("WTO", ada.country());
        assertTrue(f.named().stream().noneMatch(m -> m.name().text().contains("Smith-led")), f.describe());
    }

    @Test
    void aPlaceAfterOfBelongsToTheTitleNotToTheName() {
        PersonFixture f = new PersonFixture("Bishop of Elmsworth Clara Finch and Mayor of Port Hadley Tom Ried spoke.");
        PersonMention finch = f.at("Bishop of Elmsworth Clara Finch");
        assertEquals("Clara Finch", finch.name().text());
        assertEquals("Bishop", finch.title());
        assertEquals("Tom Ried", f.at("Mayor of Port Hadley Tom Ried").name().text());
    }

    @Test
    void pairedInitialsAfterATitleAreAName() {
        PersonFixture f = new PersonFixture("Vice President JD Marlow spoke to Acting Secretary Chad Brennan.");
        assertEquals("JD Marlow", f.at("Vice President JD Marlow").name().text());
        assertEquals("Chad Brennan", f.at("Acting Secretary Chad Brennan").name().text());
    }
}
