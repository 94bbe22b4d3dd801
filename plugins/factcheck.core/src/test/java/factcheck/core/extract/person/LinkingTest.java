package factcheck.core.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinkingTest {

    @Test
    void surnameAndPossessiveLinkToTheFullName() {
        PersonFixture f = new PersonFixture("Chancellor Olaf Brandt opened the session.\n\n"
                + "Brandt’s plan was criticised. Later, Brandt's aides defended it and Brandt said little.");
        String id = f.at("Chancellor Olaf Brandt").entityId();
        PersonMention curly = f.at("Brandt", 1);
        assertEquals(id, curly.entityId());
        assertEquals(MentionForm.PARTIAL_NAME, curly.form());
        assertFalse(curly.firstMention());
        assertEquals(id, f.at("Brandt", 2).entityId());
        assertEquals(id, f.at("Brandt", 3).entityId());
        assertTrue(f.at("Chancellor Olaf Brandt").firstMention());
    }

    @Test
    void differentPeopleGetDifferentIds() {
        PersonFixture f = new PersonFixture("Governor Ana Ruiz met Senator Tomas Varga. Varga left early; Ruiz stayed.");
        String ruiz = f.at("Governor Ana Ruiz").entityId();
        String varga = f.at("Senator Tomas Varga").entityId();
        assertNotEquals(ruiz, varga);
        assertEquals(varga, f.at("Varga", 1).entityId());
        assertEquals(ruiz, f.at("Ruiz", 1).entityId());
        assertEquals("p1", ruiz);
        assertEquals("p2", varga);
    }

    @Test
    void familyNameFirstIsLinkableToo() {
        PersonFixture f = new PersonFixture("President Xu Ming of Nepal spoke. Xu later met reporters.");
        assertEquals(f.at("President Xu Ming").entityId(), f.at("Xu", 1).entityId());
    }

    @Test
    void surnameBeforeFullNameIsLinkedBackwards() {
        PersonFixture f = new PersonFixture("Okafor won the vote. Senator Ruth Okafor thanked her staff.");
        assertEquals(f.at("Senator Ruth Okafor").entityId(), f.at("Okafor").entityId());
        assertTrue(f.at("Okafor").firstMention(), "the earliest mention is the first mention");
    }

    @Test
    void unknownSingleCapitalisedWordsAreNotPeople() {
        PersonFixture f = new PersonFixture("Senator Ruth Okafor visited Lagos and Abuja with CNN reporters.");
        assertEquals(1, f.mentions.size(), f.describe());
    }

    @Test
    void crlfAndNonAsciiOffsets() {
        String text = "Prime Minister Zoë Łukasik visited Kraków.\r\n\r\nŁukasik’s spokesman, Jürgen Weiß, said "
                + "Łukasik was pleased.\r\n";
        PersonFixture f = new PersonFixture(text);
        PersonMention pm = f.at("Prime Minister Zoë Łukasik");
        assertEquals("Zoë Łukasik", pm.name().text());
        assertEquals(pm.name().start(), text.indexOf("Zoë"));
        PersonMention possessive = f.at("Łukasik", 1);
        assertEquals(pm.entityId(), possessive.entityId());
        assertEquals(text.indexOf("Łukasik’s"), possessive.start());
        assertEquals(pm.entityId(), f.at("Łukasik", 2).entityId());
        PersonMention weiss = f.at("spokesman, Jürgen Weiß");
        assertEquals("Spokesman", weiss.title());
        assertEquals("Jürgen Weiß", weiss.name().text());
        assertNull(weiss.country());
        assertNotEquals(pm.entityId(), weiss.entityId());
    }
}
