package factcheck.core.extract.attribution;

/** What kind of attribution a cue makes, as the cue lexicon groups them. */
public enum CueGroup {
    /** Said, told, wrote, according to: someone's words. */
    SPEECH,
    /** Believes, expects, seems: someone's view. */
    BELIEF,
    /** Shows, found, indicates: what data, a poll or a study is said to establish. */
    EVIDENCE,
    /** Declined, refused: a refusal to comment or act. */
    REFUSAL,
    /** Denied, rejected, dismissed. */
    DENIAL,
    /** Wants, plans, vowed, promised: what someone means to do. */
    INTENTION,
    /** Supported, opposed, endorsed: where someone stands, with no words reported. */
    STANCE
}
