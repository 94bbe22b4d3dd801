package factcheck.core.extract.person;

import java.util.List;

import factcheck.core.annotation.Annotation;
import factcheck.core.annotation.TextRef;

/**
 * A mention of a person, with the title written next to it if any. A Drools fact.
 *
 * @param start        start offset of the whole mention (title and modifiers included)
 * @param end          end offset, exclusive; a possessive "’s" is not included
 * @param text         the covered text
 * @param name         the name as written, or null for {@link MentionForm#TITLE_ONLY} and
 *                     {@link MentionForm#ROLE_REFERENCE} mentions
 * @param title        the normalised title ("Vice President", "Secretary of State", "Senator" for
 *                     "Sen."), or null
 * @param titleRef     where the title words stand, or null
 * @param country      the country the title belongs to when written ("US", "China", "Brazil"), or null
 * @param titleKind    how the title relates to the person now; {@link TitleKind#NONE} without title
 * @param entityId     article-local person id ("p1", "p2", ...) shared by all mentions of one person;
 *                     null for a role reference that could mean several people
 * @param firstMention whether this is the person's first mention in the article
 * @param sentence     index of the sentence holding the mention's start
 * @param form         how the person is referred to
 * @param relation     "predecessor", "successor" or "deceased" when the mention is introduced so
 *                     ("his predecessor Jane Doe", "the late John Roe"), else null
 * @param relatedTo    entity id the relation is relative to (whose predecessor), or null
 * @param refersTo     for role references, the entity ids it may mean (best first); else empty
 */
public record PersonMention(int start, int end, String text, TextRef name, String title, TextRef titleRef,
        String country, TitleKind titleKind, String entityId, boolean firstMention, int sentence,
        MentionForm form, String relation, String relatedTo, List<String> refersTo) implements Annotation {

    public PersonMention {
        refersTo = refersTo == null ? List.of() : List.copyOf(refersTo);
    }

    @Override
    public String type() {
        return "person";
    }

    public boolean hasTitle() {
        return title != null;
    }
}
