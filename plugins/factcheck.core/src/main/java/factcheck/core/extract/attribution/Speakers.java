package factcheck.core.extract.attribution;

import java.util.List;

import factcheck.core.annotation.TextRef;

/**
 * Says who a source stands for. "He" and "she" resolve to the nearest earlier person name outside
 * quotations; "they" and "it" to the source of the nearest earlier attribution that was not itself a
 * pronoun; a person source to its name without titles ("Mayor Ana Ruiz" → "Ana Ruiz"), and one
 * named by office alone ("the senator") to the nearest earlier person name. Readings
 * must be resolved in text order, as the finder does.
 */
final class Speakers {

    private final PersonMentions mentions;
    private TextRef lastNamedSource;

    Speakers(PersonMentions mentions) {
        this.mentions = mentions;
    }

    /** The speaker behind the reading's source, or null when there is no one to name. */
    TextRef resolve(Reading r) {
        if (r.source() == null) {
            return null;
        }
        if (r.kind() != SourceKind.PRONOUN) {
            if (r.kind() != SourceKind.NONE) {
                lastNamedSource = r.source();
            }
            if (r.kind() != SourceKind.PERSON) {
                return null;
            }
            TextRef named = name(r);
            // "the senator said": a person named by office alone is the nearest person named before.
            return named != null ? named : role(r) ? mentions.before(r.source().start()) : null;
        }
        String pronoun = r.source().text().toLowerCase(java.util.Locale.ROOT);
        return switch (pronoun) {
            case "he", "she" -> mentions.before(r.source().start());
            case "they", "it" -> lastNamedSource;
            default -> null;
        };
    }

    private static boolean role(Reading r) {
        return r.sourcePhrase() != null && SourceWords.ROLES.contains(r.sourcePhrase().head().bare().toLowerCase(java.util.Locale.ROOT));
    }

    private static TextRef name(Reading r) {
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
        String joined = r.source().text();
        int offset = r.source().start();
        return new TextRef(first.start(), last.bareEnd(), joined.substring(first.start() - offset, last.bareEnd() - offset));
    }
}
