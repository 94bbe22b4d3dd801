package factcheck.core.extract.attribution;

/**
 * One speech verb of the {@link CueVerbs} table.
 *
 * @param lemma         the verb's base form (for multi-word cues, the phrase: "point out")
 * @param tone          what the verb implies about the words it introduces
 * @param needsVerbTag  forms that are also common nouns ("claims", "notes") count only when tagged VERB
 */
public record CueVerb(String lemma, CueTone tone, boolean needsVerbTag) {

    public boolean loaded() {
        return tone.loaded();
    }
}
