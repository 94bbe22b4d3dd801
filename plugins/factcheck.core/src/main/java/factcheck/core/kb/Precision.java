package factcheck.core.kb;

/** How exactly a knowledge-base date is known: {@code 2019-05-07}, {@code 2019-05} or {@code 2019}. */
public enum Precision {
    DAY, MONTH, YEAR
}
