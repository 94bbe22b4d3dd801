package factcheck.core.extract.person;

/**
 * How a title relates to its holder at the time the article speaks. Only {@link #CURRENT} claims
 * that the person holds the office now; the other kinds must not trigger "wrong current title" rules.
 */
public enum TitleKind {
    /** "President Ana Ruiz": the article presents the title as held now. */
    CURRENT,
    /** "former Prime Minister John Roe", "ex-President ...", "the late Queen ...". */
    FORMER,
    /** "then-Senator Amy Klobuchar", "who met him regularly as Vice President": held at a past time. */
    ROLE_IN_PAST,
    /** "President-elect Maria Santos". */
    ELECT,
    /** "acting President Ana Ruiz", "interim ...". */
    ACTING,
    /** No title is attached to the mention. */
    NONE
}
