package factcheck.core.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AppositiveAndRoleTest {

    @Test
    void titleThenNameInApposition() {
        PersonFixture f = new PersonFixture("The dinner was hosted by Brazil's ambassador, Maria Costa, in Rome.");
        PersonMention m = f.at("Brazil's ambassador, Maria Costa");
        assertEquals("Maria Costa", m.name().text());
        assertEquals("Ambassador", m.title());
        assertEquals("Brazil", m.country());
        assertEquals(TitleKind.CURRENT, m.titleKind());
    }

    @Test
    void nameThenTitleInAppositionWithCurlyApostrophe() {
        PersonFixture f = new PersonFixture("Maria Costa, Brazil’s ambassador, said the talks went well.");
        PersonMention m = f.at("Maria Costa, Brazil’s ambassador");
        assertEquals("Maria Costa", m.name().text());
        assertEquals("Ambassador", m.title());
        assertEquals("Brazil", m.country());
    }

    @Test
    void formerTitleInApposition() {
        PersonFixture f = new PersonFixture("Tomas Varga, the former prime minister, said he would stand again.");
        PersonMention m = f.at("Tomas Varga, the former prime minister");
        assertEquals("Prime Minister", m.title());
        assertEquals(TitleKind.FORMER, m.titleKind());
    }

    @Test
    void asTitleWithoutNameIsARoleInThePastOfTheRelativeClauseHead() {
        PersonFixture f = new PersonFixture("Senator Jane Doe praised Mayor Carlos Mendes. "
                + "However, Doe, who met Mendes regularly as Vice President, has signaled a change.");
        PersonMention role = f.at("Vice President");
        assertEquals(MentionForm.TITLE_ONLY, role.form());
        assertEquals(TitleKind.ROLE_IN_PAST, role.titleKind());
        assertEquals(f.at("Senator Jane Doe").entityId(), role.entityId());
        assertTrue(f.mentions.stream().noneMatch(
                m -> "Vice President".equals(m.title()) && m.titleKind() == TitleKind.CURRENT), f.describe());
    }

    @Test
    void thenTitleWithoutName() {
        PersonFixture f = new PersonFixture("Ruth Okafor signed the bill as then-Governor of the state.");
        PersonMention role = f.at("then-Governor");
        assertEquals(TitleKind.ROLE_IN_PAST, role.titleKind());
        assertEquals(f.at("Ruth Okafor").entityId(), role.entityId());
    }

    @Test
    void predecessorIsRelatedToTheSubject() {
        PersonFixture f = new PersonFixture(
                "Mayor Ana Ruiz has kept most policies of her predecessor Carlos Mendes’s administration.");
        PersonMention mendes = f.at("Carlos Mendes");
        assertEquals("predecessor", mendes.relation());
        assertEquals(f.at("Mayor Ana Ruiz").entityId(), mendes.relatedTo());
        assertNotEquals(mendes.entityId(), mendes.relatedTo());
    }

    @Test
    void theTwoPresidentsRefersToBothPresidents() {
        PersonFixture f = new PersonFixture("President Ana Ruiz of Chile met President Tomas Varga of Hungary "
                + "and Foreign Minister Ines Duarte. The two presidents agreed to meet again.");
        PersonMention ref = f.at("The two presidents");
        assertEquals(MentionForm.ROLE_REFERENCE, ref.form());
        assertEquals("President", ref.title());
        assertEquals(List.of(f.at("President Ana Ruiz").entityId(), f.at("President Tomas Varga").entityId()),
                ref.refersTo());
    }

    @Test
    void theTwoPresidentsFallsBackToSameHeadTitles() {
        PersonFixture f = new PersonFixture("President Ana Ruiz met Vice President Jane Doe. "
                + "The two presidents have not met since the election.");
        PersonMention ref = f.at("The two presidents");
        assertEquals(List.of(f.at("President Ana Ruiz").entityId(), f.at("Vice President Jane Doe").entityId()),
                ref.refersTo());
    }

    @Test
    void nationalLeaderReferenceChoosesByCountry() {
        PersonFixture f = new PersonFixture("Brazilian President Lula da Silva met German Chancellor Olaf Brandt "
                + "and Chilean envoy Ana Ruiz. The Brazilian leader later flew home.");
        PersonMention ref = f.at("The Brazilian leader");
        assertEquals("Brazil", ref.country());
        assertEquals(List.of(f.at("Brazilian President Lula da Silva").entityId()), ref.refersTo());
        assertEquals(ref.refersTo().get(0), ref.entityId());
    }

    @Test
    void plainNounTitlesAreNotPeople() {
        PersonFixture f = new PersonFixture("The president said a minister would resign. Officials agreed.");
        assertTrue(f.named().isEmpty(), f.describe());
        PersonMention ref = f.at("The president");
        assertEquals(MentionForm.ROLE_REFERENCE, ref.form());
        assertTrue(ref.refersTo().isEmpty());
        assertTrue(f.mentions.stream().noneMatch(m -> m.text().contains("minister")), f.describe());
    }

    @Test
    void sentenceInitialCapitalsAreNotNames() {
        PersonFixture f = new PersonFixture("Tensions rose sharply. Critics warned that Geneva Talks would fail. "
                + "Diplomats expect little.");
        assertTrue(f.mentions.isEmpty(), f.describe());
    }

    @Test
    void roleReferenceHasNoNameButATitleRef() {
        PersonFixture f = new PersonFixture("Chancellor Olaf Brandt spoke. The chancellor then left.");
        PersonMention ref = f.at("The chancellor");
        assertNotNull(ref.titleRef());
        assertEquals("chancellor", f.text.substring(ref.titleRef().start(), ref.titleRef().end()));
        assertEquals(List.of(f.at("Chancellor Olaf Brandt").entityId()), ref.refersTo());
    }
}
