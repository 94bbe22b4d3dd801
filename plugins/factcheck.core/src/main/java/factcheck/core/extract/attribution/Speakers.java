package factcheck.core.extract.attribution;

import java.util.List;
import java.util.function.IntUnaryOperator;

import factcheck.core.annotation.TextRef;

/**
 * Says who a source stands for. "He" and "she" resolve to the nearest earlier person name outside
 * quotations, or to a person source described with no name after it ("the head of the inquiry");
 * "they" to the source of the nearest earlier attribution that was not itself a pronoun, and "it" too
 * unless the sentence before opens with an organisation, outlet or document named later
 * ({@link SentenceSubjects}); a person source to its name without titles ("Mayor Ana Ruiz" → "Ana
 * Ruiz"), and one named by office alone ("the senator", not "the head of the inquiry") to the nearest
 * earlier person name; a relative pronoun ("Ruiz, who said") to the phrase it stands for, or that
 * phrase's name. Readings must be resolved in text order, as the finder does.
 */
final class Speakers {

    private final String text;
    private final PersonMentions mentions;
    private final SentenceSubjects subjects;
    private final IntUnaryOperator paragraphOf;
    private TextRef lastNamedSource;
    /** The last person source described without a name ("the head of the inquiry"), null once a name came after. */
    private TextRef lastDescribedPerson;

    /**
     * {@code paragraphOf} gives a sentence's paragraph: the sentence before a pronoun lends its subject
     * only inside the same paragraph.
     */
    Speakers(String text, PersonMentions mentions, SentenceSubjects subjects, IntUnaryOperator paragraphOf) {
        this.text = text;
        this.mentions = mentions;
        this.subjects = subjects;
        this.paragraphOf = paragraphOf;
    }

    /** The speaker behind the reading's source, or null when there is no one to name. */
    TextRef resolve(Reading r) {
        if (r.source() == null) {
            return null;
        }
        TextRef antecedent = antecedent(r);
        if (r.kind() != SourceKind.PRONOUN) {
            TextRef phrase = antecedent != null ? antecedent : r.source();
            if (r.kind() != SourceKind.NONE) {
                lastNamedSource = phrase;
            }
            if (r.kind() != SourceKind.PERSON) {
                return antecedent; // "Reuters, which reported": the outlet, for messages that name the source
            }
            TextRef named = name(r, phrase);
            // "the senator said": a person named by office alone is the nearest person named before; "the head
            // of the inquiry said" describes someone of its own, whom a "she" after it stands for
            boolean described = named == null && !role(r);
            lastDescribedPerson = described && antecedent == null ? phrase : named != null ? null : lastDescribedPerson;
            return named != null ? named : role(r) ? mentions.before(phrase.start()) : antecedent;
        }
        String pronoun = r.source().text().toLowerCase(java.util.Locale.ROOT);
        return switch (pronoun) {
            case "he", "she" -> nearestPerson(r);
            case "it" -> itsSubject(r);
            case "they" -> lastNamedSource;
            default -> null;
        };
    }

    /**
     * "NASA interrupted its coverage. It also credited Leonov …": "it" is the subject of the sentence
     * before, in the same paragraph, when that subject is a thing that speaks (an organisation, an
     * outlet, a document) named after the last attribution's source; else that source.
     */
    private TextRef itsSubject(Reading r) {
        int before = r.sentence() - 1;
        TextRef subject = before < 0 || paragraphOf.applyAsInt(before) != paragraphOf.applyAsInt(r.sentence()) ? null
                : subjects.of(before);
        if (subject != null && (lastNamedSource == null || subject.start() > lastNamedSource.start())) {
            return subject;
        }
        return lastNamedSource;
    }

    /**
     * "He" and "she": the nearest person named before, unless a person described without a name spoke
     * after that name ("Quirin was convicted. The head of the inquiry told the court …. She also said").
     */
    private TextRef nearestPerson(Reading r) {
        TextRef named = mentions.before(r.source().start());
        if (lastDescribedPerson != null && lastDescribedPerson.start() < r.source().start()
                && (named == null || lastDescribedPerson.start() > named.start())) {
            return lastDescribedPerson;
        }
        return named;
    }

    /**
     * "The senator said", "the minister added": a role alone, which stands for someone named before. A role
     * with words of its own after it ("the head of the police's inquiry", "a minister in Oslo") describes
     * someone, and is no such reference.
     */
    private static boolean role(Reading r) {
        NounPhrase np = r.sourcePhrase();
        return np != null && np.coreTo() == np.to()
                && SourceWords.ROLES.contains(np.head().bare().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "Ruiz, who said": the phrase a relative pronoun stands for, when the source is the pronoun as
     * written and its phrase is the one before it; null for any other source.
     */
    private TextRef antecedent(Reading r) {
        NounPhrase np = r.sourcePhrase();
        if (np == null || np.start() == r.source().start() || !Attribution.relativePronoun(r.source().text())) {
            return null;
        }
        return TextRef.of(text, np.start(), np.end());
    }

    /** The name inside a person source's phrase, which {@code phrase} covers as written. */
    private static TextRef name(Reading r, TextRef phrase) {
        if (r.sourcePhrase() == null) {
            return null;
        }
        List<Word> core = r.sourcePhrase().core();
        int[] at = SourceClassifier.nameWords(core);
        if (at[0] < 0) {
            return null;
        }
        Word first = core.get(at[0]);
        Word last = core.get(at[1] - 1);
        String joined = phrase.text();
        int offset = phrase.start();
        return new TextRef(first.start(), last.bareEnd(), joined.substring(first.start() - offset, last.bareEnd() - offset));
    }
}
