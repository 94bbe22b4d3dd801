package factcheck.core.time;

import java.util.List;

/**
 * Rules built on an amount and a unit: durations ("three years", "the past two months",
 * "two-year", "the first nine months"), points counted from the dateline ("two days ago",
 * "a year earlier", "in three weeks") and vague lengths ("for years" → PXY).
 */
final class DurationGrammar {

    /** Words a comparison's "from" or "than" may lie before "a year earlier": "from $388.5 million". */
    private static final int COMPARISON_REACH = 6;

    private final PhraseReader r;
    private final WordSeq w;

    DurationGrammar(PhraseReader reader) {
        this.r = reader;
        this.w = reader.words();
    }

    /** An amount followed by a unit, as read at a word position. */
    private record Measure(String amount, String unit, int end, boolean plural, boolean half) {
    }

    void collect(int i, List<Candidate> out) {
        DateGrammar.add(out, counted(i));
        DateGrammar.add(out, future(i));
        DateGrammar.add(out, theSpan(i));
        DateGrammar.add(out, vague(i));
        DateGrammar.add(out, lengthAdjective(i));
    }

    /**
     * "a day-long meeting", "a year-long inquiry": one unit as an adjective, a length (TIMEX3
     * DURATION P1D). Only calendar and clock units count ("a second-long" is rare and "quarter-long"
     * odd), and the unit must touch its hyphen and "long".
     */
    private Candidate lengthAdjective(int i) {
        Lexicon.Hit unit = r.unit(i);
        if (unit == null || unit.end() != i + 1 || w.lower(i).endsWith("s") || !w.isPunct(i + 1, '-')
                || !w.is(i + 2, "long") || !w.touchesPrevious(i + 1) || !w.touchesPrevious(i + 2)) {
            return null;
        }
        String code = unit.code();
        if (!code.equals("Y") && !code.equals("M") && !code.equals("W") && !code.equals("D") && !code.equals("H")) {
            return null;
        }
        return new Candidate(i, i + 3, a -> duration("1", code));
    }

    private Measure measure(int i) {
        Lexicon.Hit amount = r.amount(i);
        if (amount == null) {
            return null;
        }
        int j = w.isPunct(amount.end(), '-') ? amount.end() + 1 : amount.end();
        boolean half = !amount.code().equals("X") && halfAt(j);
        if (half) {
            j += 3;
        }
        Lexicon.Hit unit = r.unit(j);
        if (unit == null && !half && j == amount.end() && (r.isAny(j, "more", "additional", "extra", "further")
                || r.isAny(j, "trading", "business", "working") && r.isAny(j + 1, "days", "day"))) {
            // "two more weeks", "an additional year": the length added; "eight trading days"
            unit = r.unit(j + 1);
            if (unit != null) {
                j++;
            }
        }
        if (unit == null) {
            return null;
        }
        boolean article = w.is(i, "a") || w.is(i, "an");
        // "the 1988 quarter" names a year's quarter; a count above one takes a plural unit unless
        // hyphenated ("a 10-year plan").
        if (w.isNumber(i) && !amount.code().equals("X") && amount.intCode() > 1 && !half
                && !w.isPunct(amount.end(), '-') && !w.lower(j).endsWith("s")) {
            return null;
        }
        if (article && (unit.code().equals("S") || unit.code().equals("Q"))) {
            return null; // "a second term", "a quarter of voters"
        }
        if (unit.code().equals("Q") && shareOf(amount, j, unit.end())) {
            return null; // "three-quarters of its food" is a share; "two quarters of 1990" is time
        }
        if (article && rateBefore(i) && !r.isAny(unit.end(), "ago", "earlier", "later", "before", "after")) {
            return null; // "$500 million a year", "24 hours a day", "four flights a week": rates
        }
        // "a 45-year-old" and "five years old" are ages, not durations.
        if (w.is(unit.end(), "old") || (w.isPunct(unit.end(), '-') && r.isAny(unit.end() + 1, "old", "ago", "earlier"))) {
            return null; // "a year-earlier loss" is the year-ago rule's
        }
        if (article && w.isPunct(unit.end(), '-') && w.is(unit.end() + 1, "long")) {
            return null; // "a day-long meeting": the adjective is the length
        }
        int end = unit.end();
        if (!half && !amount.code().equals("X") && w.is(end, "and") && r.isAny(end + 1, "a", "one")
                && w.is(end + 2, "half")) {
            half = true; // "a year and a half"
            end += 3;
        }
        return new Measure(amount.code(), unit.code(), end, w.lower(j).endsWith("s"), half);
    }

    /**
     * "three-quarters of", "three quarters of the vote": a share of something, not a time, when one
     * to three quarters are followed by "of" and a determiner (or hyphenated) but not by a year.
     * "Several quarters of losses" and "two quarters of 1990" stay lengths of time.
     */
    private boolean shareOf(Lexicon.Hit amount, int unitAt, int end) {
        if (amount.code().equals("X") || amount.intCode() > 3 || !w.is(end, "of") || yearAfterOf(end + 1)) {
            return false;
        }
        boolean hyphenated = w.isPunct(unitAt - 1, '-');
        return hyphenated || r.isAny(end + 1, "the", "its", "his", "her", "their", "our", "all", "a", "an", "those",
                "these", "them", "us", "it");
    }

    /** A year at {@code k}, after "of": "1990", "fiscal 1990", "the year", "next year", "the fiscal year". */
    private boolean yearAfterOf(int k) {
        if (r.year(k) != null || w.is(k, "fiscal")) {
            return true;
        }
        return r.isAny(k, "the", "this", "next", "last") && r.isAny(k + 1, "year", "fiscal");
    }

    /** A quantity just before "a": a number one or two words back, or "million" and the like. */
    private boolean rateBefore(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            String s = w.lower(k);
            if (w.isNumber(k) || s.endsWith("illion") || s.equals("percent") || r.amount(k) != null && w.isWord(k)
                    && !s.equals("a") && !s.equals("an")) {
                return true;
            }
            if (!w.isWord(k) || r.isAny(k, "in", "for", "over", "within", "about", "than", "nearly", "almost",
                    "after", "before", "of", "per", "once", "twice")) {
                return false;
            }
        }
        return false;
    }

    /** "1/2" written after a whole number: "2 1/2 years". */
    private boolean halfAt(int j) {
        return w.digits(j, 1, 1) == 1 && w.isPunct(j + 1, '/') && w.digits(j + 2, 1, 1) == 2
                && w.touchesPrevious(j + 1) && w.touchesPrevious(j + 2);
    }

    /**
     * The TIMEX3 duration value for an amount and unit ("3","Y" → P3Y; "2","H" → PT2H). Decades and
     * centuries keep their own unit, DE and CE ("two decades" → P2DE), as the TIDES 2005 standard
     * that TIMEX3 values follow writes a duration in the granularity it was told in.
     */
    static String durationValue(String amount, String unit) {
        return switch (unit) {
            case "H" -> "PT" + amount + "H";
            case "MIN" -> "PT" + amount + "M";
            case "S" -> "PT" + amount + "S";
            default -> "P" + amount + unit;
        };
    }

    /**
     * The duration a measure names; a half is written in the next smaller unit ("2 1/2 years" →
     * P2Y6M, "5 1/2 hours" → PT5H30M) where that is exact, and dropped otherwise.
     */
    private static Meaning duration(Measure m) {
        Meaning d = duration(m.amount, m.unit);
        if (m.half) {
            String extra = switch (m.unit) {
                case "Y" -> "6M";
                case "D" -> "T12H";
                case "H", "MIN" -> "30" + (m.unit.equals("H") ? "M" : "S");
                default -> "";
            };
            d.value = d.value + extra;
        }
        return d;
    }

    private static Meaning duration(String amount, String unit) {
        return new Meaning(durationValue(amount, unit)).type(TimexType.DURATION);
    }

    /** "three years", "two days ago", "a year earlier", "five years later". */
    private Candidate counted(int i) {
        Measure m = measure(i);
        if (m == null) {
            return null;
        }
        // "a week or so ago": the point is counted all the same, as an approximate one.
        boolean orSo = w.is(m.end, "or") && w.is(m.end + 1, "so") && r.isAny(m.end + 2, "ago", "earlier", "later");
        int next = orSo ? m.end + 2 : m.end;
        if (r.isAny(next, "ago", "earlier", "before")) {
            boolean soft = !w.is(next, "ago");
            // "two days before" needs an object we cannot see; only "before" at clause end counts.
            if (w.is(next, "before") && (w.isWord(next + 1) || w.isNumber(next + 1))) {
                return new Candidate(i, m.end, a -> duration(m));
            }
            boolean comparison = soft && comparedWith(i);
            return new Candidate(i, next + 1, a -> approximate(orSo, comparison && m.amount.equals("1")
                    && m.unit.equals("Y") && a.reference() != null ? a.reference().comparedYear(a.dateline())
                    : shifted(a, m, -1, soft, soft)));
        }
        if (orSo) {
            return new Candidate(i, next + 1, a -> approximate(true, shifted(a, m, 1, true, true)));
        }
        if (r.isAny(m.end, "later", "hence") || (w.is(m.end, "from") && w.is(m.end + 1, "now"))) {
            int end = w.is(m.end, "from") ? m.end + 2 : m.end + 1;
            boolean later = w.is(m.end, "later");
            return new Candidate(i, end, a -> shifted(a, m, 1, true, later));
        }
        if (someDay(i, m)) {
            return new Candidate(i, m.end, a -> new Meaning("FUTURE_REF"));
        }
        return new Candidate(i, m.end, a -> duration(m));
    }

    /** "will one day be", "hopes to one day run": "one day" after a modal or "to" is some future day. */
    private boolean someDay(int i, Measure m) {
        return w.is(i, "one") && m.unit.equals("D") && !m.plural && !m.half && i > 0
                && r.isAny(i - 1, "will", "would", "could", "might", "may", "can", "shall", "should", "to");
    }

    private static Meaning approximate(boolean approx, Meaning m) {
        if (approx && m != null) {
            m.mod = "APPROX";
        }
        return m;
    }

    /**
     * A comparison right before word {@code i} in its clause: "from 4 pence a year earlier",
     * "compared with a year earlier", "higher than a year earlier".
     */
    private boolean comparedWith(int i) {
        for (int k = i - 1; k >= Math.max(0, i - COMPARISON_REACH); k--) {
            if (w.isPunct(k, ',') || w.isPunct(k, ';')) {
                return false;
            }
            if (r.isAny(k, "from", "with", "than")) {
                return true;
            }
        }
        return false;
    }

    /** "in three weeks" points forward from the dateline unless the clause is past ("did it in three weeks"). */
    private Candidate future(int i) {
        if (!w.is(i, "in")) {
            return null;
        }
        Measure m = measure(i + 1);
        if (m == null || m.amount.equals("X") || w.is(i + 1, "the")) {
            return null;
        }
        return new Candidate(i, m.end, a -> a.tense() == Tense.PAST
                ? duration(m) : shifted(a, m, 1, false, false));
    }

    /**
     * A point a counted distance from the dateline (or the date mentioned before), at the unit's
     * granularity ("two days ago" a day, "three weeks ago" a week, "a year ago" a year). Vague
     * amounts give PAST_REF or FUTURE_REF.
     */
    private static Meaning shifted(Anchor a, Measure m, int sign, boolean soft, boolean anaphoric) {
        if (m.amount.equals("X")) {
            return new Meaning(sign < 0 ? "PAST_REF" : "FUTURE_REF");
        }
        int n = sign * Integer.parseInt(m.amount);
        Meaning fromMention = fromMention(a, n, m.unit, anaphoric);
        if (fromMention != null) {
            return fromMention;
        }
        return switch (m.unit) {
            case "Y" -> Calendar.relativeYear(a, n);
            case "M" -> Calendar.relativeMonth(a, n);
            case "W" -> Calendar.relativeWeek(a, n);
            case "D" -> Calendar.relativeDay(a, n);
            case "Q" -> Calendar.relativeQuarter(a, n);
            case "DE" -> Calendar.relativeYear(a, 10 * n);
            case "CE" -> Calendar.relativeYear(a, 100 * n);
            case "WE" -> Calendar.relativeWeekend(a, n);
            // Hours and minutes ago still fall on the dateline's day, as far as a date can say.
            default -> soft ? duration(m) : Calendar.relativeDay(a, 0);
        };
    }

    /**
     * "Two days later" and "a year earlier" count from the date mentioned before them, at its
     * granularity. "A year ago" counts from the dateline, except right after a business quarter
     * ("third-quarter profit rose 19% from a year ago"), where it names that quarter a year back.
     */
    private static Meaning fromMention(Anchor a, int n, String unit, boolean anaphoric) {
        if (anaphoric && a.reference() != null) {
            return a.reference().shift(n, unit);
        }
        Reference quarter = a.recentReference(2);
        if (!anaphoric && n < 0 && unit.equals("Y") && quarter != null && quarter.grain() == Reference.Grain.QUARTER) {
            return quarter.shift(n, unit);
        }
        return null;
    }

    /**
     * "the past three years", "the last two weeks", "the next six months", "the first nine months",
     * "the past year": lengths of time, not calendar units.
     */
    private Candidate theSpan(int i) {
        if (!w.is(i, "the")) {
            return null;
        }
        int j = i + 1;
        if (!r.isAny(j, "past", "last", "next", "first", "coming", "previous", "final", "following")) {
            return null;
        }
        Measure m = measure(j + 1);
        if (m != null) {
            return new Candidate(i, m.end, a -> duration(m));
        }
        Lexicon.Hit unit = r.unit(j + 1);
        if (unit == null || unit.code().equals("WE")) {
            return null;
        }
        String amount = w.lower(j + 1).endsWith("s") ? "X" : "1";
        String code = unit.code();
        return new Candidate(i, unit.end(), a -> duration(amount, code));
    }

    /**
     * "for years", "over decades", "within weeks", "the first time in years": a plural unit after
     * for/over/within/in is a vague length; so is "the years" after over/in ("over the years", "in
     * the years that followed"), unless a year or "of" pins it ("in the years of drought").
     */
    private Candidate vague(int i) {
        if (!r.isAny(i, "for", "over", "within", "in")) {
            return null;
        }
        int at = w.is(i + 1, "the") ? i + 2 : i + 1;
        if (at == i + 2 && !r.isAny(i, "over", "in")) {
            return null;
        }
        Lexicon.Hit unit = r.unit(at);
        if (unit == null || !w.lower(at).endsWith("s") || unit.code().equals("WE") || w.is(unit.end(), "of")
                || r.year(unit.end()) != null) {
            return null;
        }
        String code = unit.code();
        return new Candidate(i + 1, unit.end(), a -> duration("X", code));
    }
}
