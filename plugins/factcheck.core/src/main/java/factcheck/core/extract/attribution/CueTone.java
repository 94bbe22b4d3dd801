package factcheck.core.extract.attribution;

/**
 * What a speech verb implies beyond "said", after Wikipedia's MOS:SAID: neutral verbs report, loaded
 * ones take a side on whether the words are true.
 */
public enum CueTone {
    /** said, stated, told, wrote, according to. */
    NEUTRAL,
    /** revealed, noted, pointed out, explained: present the words as fact. */
    IMPLIES_TRUTH,
    /** claimed, alleged, asserted: cast doubt on the words. */
    IMPLIES_DOUBT,
    /** admitted, confessed, conceded, denied: imply guilt or a concession. */
    IMPLIES_GUILT,
    /** insisted, speculated: comment on the speaker's manner or care. */
    EDITORIAL;

    public boolean loaded() {
        return this != NEUTRAL;
    }
}
