package factcheck.core.time;

/**
 * The tense of the clause governing a temporal expression, read from the nearest tense-bearing
 * verb or auxiliary. It decides which way an ambiguous expression ("Tuesday", "in March") points
 * from the dateline.
 */
public enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN
}
