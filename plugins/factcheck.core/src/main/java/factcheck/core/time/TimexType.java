package factcheck.core.time;

/** The TIMEX3 {@code type} of a temporal expression. */
public enum TimexType {
    /** A calendar day, week, month, quarter, season, year, decade or century, or a *_REF. */
    DATE,
    /** A time of day or a part of a day ("Tuesday evening", "3 p.m."). */
    TIME,
    /** A length of time ("three years", "for six months"), or a stated range of dates. */
    DURATION,
    /** A recurrence ("every week", "daily"). */
    SET
}
