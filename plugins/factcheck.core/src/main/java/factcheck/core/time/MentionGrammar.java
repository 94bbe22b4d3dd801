package factcheck.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Rules for expressions that name a date through the one mentioned before them ({@link Reference}):
 * "that year", "the same day", "the following month", "the previous Friday", "the next morning", "the year-ago
 * quarter", "year-earlier results", "the latest period", "the 1988 quarter". Without a mention "the following week"
 * counts from the dateline as "next week" does; "that day" and the year-ago rules need one.
 */
final class MentionGrammar {

    private final PhraseReader r;
    private final WordSeq w;

    MentionGrammar(PhraseReader reader) {
        this.r = reader;
        this.w = reader.words();
    }

    void collect(int i, List<Candidate> out) {
        DateGrammar.add(out, thatUnit(i));
        DateGrammar.add(out, neighbour(i));
        DateGrammar.add(out, yearAgo(i));
        DateGrammar.add(out, periodLastYear(i));
        DateGrammar.add(out, latestPeriod(i));
        DateGrammar.add(out, yearsPeriod(i));
    }

    /**
     * "the 1988 quarter", "the 1989 period": the business quarter last mentioned, in the year
     * written (results compare a quarter with the same quarter of another year).
     */
    private Candidate yearsPeriod(int i) {
        int at = w.is(i, "the") ? i + 1 : i;
        Lexicon.Hit year = r.year(at);
        if (year == null || !r.isAny(year.end(), "quarter", "period")) {
            return null;
        }
        int y = year.intCode();
        boolean quarter = w.is(year.end(), "quarter");
        return new Candidate(i, year.end() + 1, a -> {
            Reference ref = a.recentReference(3);
            if (ref == null || ref.grain() != Reference.Grain.QUARTER) {
                // No quarter mentioned: "the 1988 quarter" is the one results are reported for, the
                // last completed by the dateline, in the year written ("the 1988 period" after "the
                // nine months" is no quarter).
                if (!quarter || !a.present()) {
                    return null;
                }
                LocalDate reported = a.dateline().minusMonths(3);
                Meaning m = Calendar.quarter(y, (reported.getMonthValue() + 2) / 3).relative();
                m.reading = "the quarter last completed by the dateline, in " + y;
                return m;
            }
            return ref.shift(y - ref.year(), "Y");
        });
    }

    /** "that year", "the same day", "that same week": the unit holding the last mention. */
    Candidate thatUnit(int i) {
        int at;
        if (w.is(i, "that")) {
            at = w.is(i + 1, "same") ? i + 2 : i + 1;
        } else if (w.is(i, "the") && w.is(i + 1, "same")) {
            at = i + 2;
        } else {
            return null;
        }
        String unit = singularUnit(at);
        if (unit == null) {
            return null;
        }
        return new Candidate(i, at + 1, a -> a.reference() == null ? null : a.reference().enclosing(unit));
    }

    /**
     * "the following month", "the next day", "the previous year", "the previous Friday": one unit
     * on from the unit holding the last mention, or from the dateline when nothing was mentioned.
     */
    private Candidate neighbour(int i) {
        if (!w.is(i, "the")) {
            return null;
        }
        int n;
        if (r.isAny(i + 1, "following", "next")) {
            n = 1;
        } else if (r.isAny(i + 1, "previous", "prior", "preceding")) {
            n = -1;
        } else {
            return null;
        }
        Lexicon.Hit wd = r.weekday(i + 2);
        if (wd != null) {
            DayOfWeek dow = PhraseReader.dayOfWeek(wd);
            return new Candidate(i, wd.end(), a -> weekdayNextTo(a, dow, n));
        }
        Lexicon.Hit part = r.lexicon().match("part", w, i + 2);
        if (part != null) {
            // "the next morning", "the previous evening": that part of the day after (before) the
            // day mentioned, or the dateline's.
            String code = part.code();
            return new Candidate(i, part.end(), a -> {
                Reference ref = a.reference();
                Meaning day = ref != null && ref.grain() == Reference.Grain.DAY ? ref.neighbour(n, "D")
                        : dateline(a, n, "D");
                return day == null ? null : Calendar.partOfDay(day, code);
            });
        }
        String unit = singularUnit(i + 2);
        if (unit == null) {
            return null;
        }
        return new Candidate(i, i + 3, a -> {
            Meaning m = a.reference() == null ? null : a.reference().neighbour(n, unit);
            return m != null ? m : dateline(a, n, unit);
        });
    }

    private static Meaning dateline(Anchor a, int n, String unit) {
        return switch (unit) {
            case "Y" -> Calendar.relativeYear(a, n);
            case "Q" -> Calendar.relativeQuarter(a, n);
            case "M" -> Calendar.relativeMonth(a, n);
            case "W" -> Calendar.relativeWeek(a, n);
            default -> Calendar.relativeDay(a, n);
        };
    }

    /** "the previous Friday" is the Friday before the day last mentioned (or the dateline). */
    private static Meaning weekdayNextTo(Anchor a, DayOfWeek dow, int n) {
        Reference ref = a.reference();
        LocalDate from = ref != null && ref.grain() == Reference.Grain.DAY ? ref.firstDay() : a.dateline();
        if (from == null) {
            return null;
        }
        Meaning m = Calendar.day(from.with(n < 0 ? TemporalAdjusters.previous(dow) : TemporalAdjusters.next(dow)));
        m.relative = true;
        m.statedWeekday = dow;
        if (from != a.dateline()) {
            m.anchorNote = (n < 0 ? "the " : "the next ") + dow.toString().charAt(0)
                    + dow.toString().substring(1).toLowerCase() + (n < 0 ? " before " : " after ") + ref.value()
                    + ", the date mentioned before (\"" + ref.text() + "\")";
        }
        return m;
    }

    /**
     * "the year-ago quarter", "the comparable year-earlier period", "year-earlier results", "the
     * year-ago third quarter": the period last mentioned (business news compares a quarter with
     * the same quarter a year before), one year back.
     */
    private Candidate yearAgo(int i) {
        int at = w.is(i, "the") ? i + 1 : i;
        if (r.isAny(at, "comparable", "corresponding", "same")) {
            at++;
        }
        if (!w.is(at, "year") || !w.isPunct(at + 1, '-') || !r.isAny(at + 2, "ago", "earlier")
                || !w.touchesPrevious(at + 1) || !w.touchesPrevious(at + 2)) {
            return null;
        }
        int end = at + 3;
        Lexicon.Hit ord = r.ordinal(end);
        int quarter = 0;
        if (ord != null && ord.intCode() <= 4) {
            int q = w.isPunct(ord.end(), '-') ? ord.end() + 1 : ord.end();
            if (w.is(q, "quarter")) {
                quarter = ord.intCode();
                end = q + 1;
            }
        } else if (r.isAny(end, "quarter", "period")) {
            end++;
            quarter = -1;
        } else {
            Lexicon.Hit amount = r.amount(end);
            Lexicon.Hit unit = amount == null || amount.code().equals("X") ? null : r.unit(amount.end());
            if (unit != null && w.lower(amount.end()).endsWith("s")) {
                // "the year-earlier nine months": the length compared, as "the nine months" is.
                String v = DurationGrammar.durationValue(amount.code(), unit.code());
                return new Candidate(i, unit.end(), a -> new Meaning(v).type(TimexType.DURATION));
            }
        }
        if (i < at && end == at + 3) {
            return null; // "the year-ago results": only the adjective is the expression
        }
        int q = quarter;
        return new Candidate(i, end, a -> yearBefore(a, q));
    }

    /**
     * "the same period last year", "the corresponding quarter a year earlier", "the quarter a year
     * ago", "last year's quarter": the period last mentioned, one year back, as "the year-ago
     * quarter" is.
     */
    private Candidate periodLastYear(int i) {
        if (w.is(i, "last") && w.is(i + 1, "year") && w.possessive(i + 2)
                && r.isAny(i + 4, "period", "quarter")) {
            return new Candidate(i, i + 5, a -> yearBefore(a, -1));
        }
        if (!w.is(i, "the")) {
            return null;
        }
        int at = r.isAny(i + 1, "same", "corresponding", "comparable") ? i + 2 : i + 1;
        if (!r.isAny(at, "period", "quarter")) {
            return null;
        }
        int end;
        if (w.is(at + 1, "last") && w.is(at + 2, "year")) {
            end = at + 3;
        } else if (r.isAny(at + 1, "a", "one") && w.is(at + 2, "year") && r.isAny(at + 3, "ago", "earlier")) {
            end = at + 4;
        } else {
            return null;
        }
        return new Candidate(i, end, a -> yearBefore(a, -1));
    }

    /** {@code quarter}: the numbered quarter written, -1 for "quarter" or "period" alone, 0 for none. */
    private static Meaning yearBefore(Anchor a, int quarter) {
        Reference ref = a.reference();
        if (quarter < 0 && a.present() && (ref == null || ref.firstDay().isAfter(a.dateline()))) {
            // "the year-ago period" compares results already reported: a period still ahead ("the
            // third quarter of 1990" in an outlook) is no anchor, and none at all means the quarter
            // last completed by the dateline.
            LocalDate reported = a.dateline().minusMonths(3);
            Meaning m = Calendar.quarter(reported.getYear() - 1, (reported.getMonthValue() + 2) / 3).relative();
            m.reading = "a year before the quarter last completed by the dateline";
            return m;
        }
        if (quarter > 0) {
            int y = ref != null ? ref.year() : a.present() ? a.dateline().getYear() : -1;
            if (y < 0) {
                return null;
            }
            Meaning m = Calendar.quarter(y - 1, quarter);
            m.relative = true;
            return m;
        }
        if (ref != null && quarter < 0 && ref.grain() != Reference.Grain.YEAR) {
            // "the year-ago quarter" after "the quarter ended Sept. 30" is the quarter holding that day.
            Meaning holding = ref.enclosing("Q");
            Reference q = holding == null ? null : Reference.of(holding.value, ref.text(), ref.sentence());
            return q == null ? null : q.shift(-1, "Y");
        }
        if (ref != null) {
            return ref.comparedYear(a.dateline());
        }
        return a.present() ? Calendar.relativeYear(a, -1) : null;
    }

    /**
     * "the latest period", "the most recent period": the business quarter just mentioned, or, with
     * none, the last completed quarter, the one results are reported for ("the latest period of
     * unrest" is no quarter); "the latest fiscal year" is the last year completed by the dateline.
     */
    private Candidate latestPeriod(int i) {
        if (!w.is(i, "the")) {
            return null;
        }
        int at = w.is(i + 1, "most") && w.is(i + 2, "recent") ? i + 3 : i + 2;
        if (!r.isAny(at - 1, "latest", "recent")) {
            return null;
        }
        int year = w.is(at, "fiscal") ? at + 1 : at;
        if (w.is(year, "year") && !w.is(year + 1, "of") && !w.isPunct(year + 1, '-')) {
            // "the latest fiscal year": the last one finished, the one results are reported for.
            return new Candidate(i, year + 1, a -> a.present() ? Calendar.relativeYear(a, -1) : null);
        }
        if (!w.is(at, "period") || w.is(at + 1, "of")) {
            return null;
        }
        return new Candidate(i, at + 1, a -> {
            Reference ref = a.recentReference(3);
            if (ref != null && ref.grain() == Reference.Grain.QUARTER) {
                return ref.same();
            }
            return a.present() ? Calendar.relativeQuarter(a, -1) : null;
        });
    }

    /** The code of a singular calendar unit word at {@code j} (Y, Q, M, W, D), or null. */
    private String singularUnit(int j) {
        Lexicon.Hit unit = r.unit(j);
        if (unit == null || w.lower(j).endsWith("s")) {
            return null;
        }
        String code = unit.code();
        return code.equals("Y") || code.equals("Q") || code.equals("M") || code.equals("W") || code.equals("D")
                ? code : null;
    }
}
