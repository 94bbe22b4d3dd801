package factcheck.core.extract.attribution;

/** Who an attribution says is speaking. */
public enum SourceKind {
    /** A named person, possibly with a title, or a person named by role ("the mayor"). */
    PERSON,
    /** He, she, they, it; the attribution's resolved speaker says whom it stands for. */
    PRONOUN,
    /** A named organisation, government, ministry or company, or a capital standing for its government. */
    ORGANISATION,
    /** A news outlet or agency: Reuters, CNN, Xinhua. */
    OUTLET,
    /** A statement, report, letter, survey. */
    DOCUMENT,
    /**
     * Polls, studies, data, research that the sentence does not name: "polls show", "a new study
     * found", "data suggest". Evidence is claimed without saying which.
     */
    EVIDENCE,
    /** Unnamed or anonymous: officials, experts, sources, people familiar with, it is believed. */
    VAGUE,
    /** A quotation with no cue and no speaker. */
    NONE
}
