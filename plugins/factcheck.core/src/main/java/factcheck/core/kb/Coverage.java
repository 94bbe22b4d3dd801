package factcheck.core.kb;

/** Whether a term covers a date: surely, surely not, or only possibly (an imprecise or unverified bound). */
public enum Coverage {
    YES, MAYBE, NO
}
