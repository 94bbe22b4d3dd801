package factcheck.core.extract.person;

/** How a person is referred to in one mention. */
public enum MentionForm {
    /** A name of two or more words, or a single name that introduced the person ("President Lula"). */
    NAME,
    /** A single word of a name seen elsewhere in the article: "Doe" for "Jane Doe", "Xu" for "Xu Ming". */
    PARTIAL_NAME,
    /** A title with no name that belongs to a known person: "as Vice President" after "Doe, who ...". */
    TITLE_ONLY,
    /**
     * A generic role reference: "the Brazilian leader", "the two presidents". The candidates it may
     * mean are in {@link PersonMention#refersTo()}.
     */
    ROLE_REFERENCE
}
