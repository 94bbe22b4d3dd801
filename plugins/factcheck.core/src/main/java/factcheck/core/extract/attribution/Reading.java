package factcheck.core.extract.attribution;

import factcheck.core.annotation.TextRef;

/**
 * What {@link SegmentReader} understood of one cue in a segment, before it is tied to a quotation.
 *
 * @param cue              the cue words
 * @param lemma            the cue's base form
 * @param tone             what the cue implies
 * @param source           the source as written, null when none could be read
 * @param sourcePhrase     the source's noun phrase, null for "it is believed"
 * @param kind             the source kind
 * @param intermediary     an outlet or document standing between speaker and reader, or null
 * @param intermediaryKind its kind, or null
 * @param content          the reported clause, or null when the cue introduces no clause of its own
 * @param sentence         the index of the cue's sentence
 * @param group            what kind of cue it is
 * @param learned          true when only the learned contextual model ({@link LearnedCues}) took the word for a cue
 */
record Reading(TextRef cue, String lemma, CueTone tone, TextRef source, NounPhrase sourcePhrase, SourceKind kind,
        TextRef intermediary, SourceKind intermediaryKind, TextRef content, int sentence, CueGroup group,
        boolean learned) {

    /** A reading of a cue the verb list or the lexicon knows. */
    Reading(TextRef cue, String lemma, CueTone tone, TextRef source, NounPhrase sourcePhrase, SourceKind kind,
            TextRef intermediary, SourceKind intermediaryKind, TextRef content, int sentence, CueGroup group) {
        this(cue, lemma, tone, source, sourcePhrase, kind, intermediary, intermediaryKind, content, sentence, group,
                false);
    }

    /** The same reading, of a cue only the learned model chose. */
    Reading asLearned() {
        return new Reading(cue, lemma, tone, source, sourcePhrase, kind, intermediary, intermediaryKind, content,
                sentence, group, true);
    }

    Reading withIntermediary(TextRef ref, SourceKind refKind) {
        return new Reading(cue, lemma, tone, source, sourcePhrase, kind, ref, refKind, content, sentence, group, learned);
    }

    Reading withContent(TextRef newContent) {
        return new Reading(cue, lemma, tone, source, sourcePhrase, kind, intermediary, intermediaryKind, newContent,
                sentence, group, learned);
    }
}
