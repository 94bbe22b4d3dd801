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
 */
record Reading(TextRef cue, String lemma, CueTone tone, TextRef source, NounPhrase sourcePhrase, SourceKind kind,
        TextRef intermediary, SourceKind intermediaryKind, TextRef content, int sentence, CueGroup group) {

    Reading withIntermediary(TextRef ref, SourceKind refKind) {
        return new Reading(cue, lemma, tone, source, sourcePhrase, kind, ref, refKind, content, sentence, group);
    }

    Reading withContent(TextRef newContent) {
        return new Reading(cue, lemma, tone, source, sourcePhrase, kind, intermediary, intermediaryKind, newContent,
                sentence, group);
    }
}
