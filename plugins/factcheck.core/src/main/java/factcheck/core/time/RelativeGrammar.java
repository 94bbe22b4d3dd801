package factcheck.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

/**
 * Rules for expressions placed from the dateline: "yesterday", "tonight", "this morning",
 * "last/next/this week|month|year|quarter|weekend", "last Tuesday", "next March", "last summer",
 * "earlier this year", "later this month", and reference words ("now", "recently", "the future");
 * expressions that count from the date mentioned before are {@link MentionGrammar}'s.
 */
final class RelativeGrammar {

    private final PhraseReader r;
    private final WordSeq w;
    private final Lexicon lex;
    private final MentionGrammar mentions;

    RelativeGrammar(PhraseReader reader) {
        this.r = reader;
        this.w = reader.words();
        this.lex = reader.lexicon();
        this.mentions = new MentionGrammar(reader);
    }

    void collect(int i, List<Candidate> out) {
        mentions.collect(i, out);
        DateGrammar.add(out, dayWord(i));
        DateGrammar.add(out, offsetUnit(i));
        DateGrammar.add(out, earlierLater(i));
        DateGrammar.add(out, reference(i));
        DateGrammar.add(out, theWeekend(i));
        DateGrammar.add(out, theYear(i));
        DateGrammar.add(out, theSeason(i));
        DateGrammar.add(out, yearEnd(i));
    }

    /** Words after "the summer" that keep it a season rather than part of a name ("the summer camp"). */
    private static final Set<String> SEASON_FOLLOWERS = Set.of("and", "or", "of", "when", "as", "to", "with", "in",
            "on", "at", "before", "after", "that", "while", "but", "for", "from", "until", "because", "if", "is",
            "was", "were", "will", "has", "had", "the", "a", "an", "he", "she", "it", "they", "we", "there", "his",
            "her", "their", "its");
    private static final Set<String> SEASON_LEADS = Set.of("in", "during", "over", "since", "until", "by", "into",
            "through", "throughout", "early", "late", "mid", "of", "this", "that");

    /**
     * "over the summer", "in spring": a season without a year lies in the dateline's year unless the
     * tense points across it ({@link Calendar#seasonOf}); "in winter" with no tense or cue is habitual. Only lower-case season words count, and only
     * where no noun follows: "the Fall of Rome" and "the summer camp" are no dates.
     */
    private Candidate theSeason(int i) {
        boolean the = w.is(i, "the");
        int at = the ? i + 1 : i;
        Lexicon.Hit season = lex.match("season", w, at);
        if (season == null || w.capitalized(at) || !the && (i == 0 || !SEASON_LEADS.contains(w.lower(i - 1)))) {
            return null;
        }
        int next = season.end();
        if (next < w.size() && w.isWord(next) && !SEASON_FOLLOWERS.contains(w.lower(next)) && !w.capitalized(next)) {
            return null;
        }
        String code = season.code();
        // "penguins feed in winter": a bare season that neither tense nor cue places is any winter.
        return new Candidate(i, next, a -> !the && a.direction() == Anchor.Direction.NEAREST
                ? new Meaning("XXXX-" + code) : Calendar.seasonOf(a, code));
    }

    /**
     * "year end", "year's end" name the last stretch of a year, as "the end of the year" does: the
     * year with TIMEX3 mod END. The compound "year-end" ("year-end results", "since year-end") names
     * the closing date, Dec. 31. Either is the dateline's year, or the year before when the words point
     * back ("up 4% since year-end").
     */
    private Candidate yearEnd(int i) {
        if (!w.is(i, "year") || w.capitalized(i)) {
            return null;
        }
        int at = i + 1;
        boolean compound = w.isPunct(at, '-');
        if (compound || w.possessive(at)) {
            at += compound ? 1 : 2;
        }
        if (!w.is(at, "end")) {
            return null;
        }
        return new Candidate(i, at + 1, a -> {
            if (!a.present()) {
                return new Meaning(compound ? "XXXX-12-31" : "XXXX").relative();
            }
            int y = a.dateline().getYear() - (a.direction() == Anchor.Direction.BACK ? 1 : 0);
            Meaning m = compound ? Calendar.day(LocalDate.of(y, 12, 31)).relative() : Calendar.year(y).relative().mod("END");
            m.reading = a.reading();
            return m;
        });
    }

    /**
     * "the year", "the full year", "the fiscal year": the dateline's year, or a year-long period when
     * an end follows ("the year ended Sept. 30" runs from the October before).
     */
    private Candidate theYear(int i) {
        if (!w.is(i, "the")) {
            return null;
        }
        int at = r.isAny(i + 1, "full", "fiscal") ? i + 2 : i + 1;
        if (w.is(at, "month") && afterPointMod(i)) {
            // "the end of the month", "the middle of the month": the dateline's month.
            return new Candidate(i, at + 1, a -> Calendar.relativeMonth(a, 0));
        }
        if (!w.is(at, "year") || w.capitalized(at) || w.isPunct(at + 1, '-') || w.isPunct(at + 1, '\'')
                || r.year(at + 1) != null || r.amount(at + 1) != null) {
            return null;
        }
        if (r.isAny(at + 1, "ended", "ending", "ends", "through", "to")) {
            return new Candidate(i, at + 1, a -> new Meaning("P1Y").type(TimexType.DURATION));
        }
        return new Candidate(i, at + 1, a -> Calendar.relativeYear(a, 0));
    }

    /** A point modifier ("the end of", "the middle of") ends right before word {@code i}. */
    private boolean afterPointMod(int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            Lexicon.Hit mod = lex.match("mod", w, k);
            if (mod != null && mod.end() == i && w.is(i - 1, "of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the weekend": in a past clause the latest one begun by the dateline, in a future clause the
     * coming one; otherwise the previous one early in the week and the coming one from Thursday.
     */
    private Candidate theWeekend(int i) {
        if (!w.is(i, "the") || !w.is(i + 1, "weekend")) {
            return null;
        }
        return new Candidate(i, i + 2, RelativeGrammar::weekendByTense);
    }

    /**
     * The weekend "the weekend" or "this weekend" means. Early in the week "this weekend" in a past
     * clause ("the storm formed this weekend", dated Tuesday) is the one just gone, not the coming one.
     */
    private static Meaning weekendByTense(Anchor a) {
        if (!a.present()) {
            return Calendar.relativeWeekend(a, 0);
        }
        int dow = a.dateline().getDayOfWeek().getValue();
        boolean thisWeek = switch (a.direction()) {
            case BACK -> dow >= 6;
            case FORWARD -> true;
            case NEAREST -> dow >= 4;
        };
        return Calendar.relativeWeekend(a, thisWeek ? 0 : -1);
    }

    /** "yesterday", "tomorrow evening", "tonight", "the day before yesterday". */
    Candidate dayWord(int i) {
        if (w.is(i, "tonight")) {
            return new Candidate(i, i + 1, a -> Calendar.partOfDay(Calendar.relativeDay(a, 0), "NI"));
        }
        Lexicon.Hit day = lex.match("dayword", w, i);
        if (day == null) {
            return null;
        }
        int offset = day.intCode();
        Lexicon.Hit part = lex.match("part", w, day.end());
        if (part != null) {
            String code = part.code();
            return new Candidate(i, part.end(), a -> Calendar.partOfDay(Calendar.relativeDay(a, offset), code));
        }
        return new Candidate(i, day.end(), a -> Calendar.relativeDay(a, offset));
    }

    /** An offset word ("last", "next", "this", ...) and what it shifts. */
    Candidate offsetUnit(int i) {
        Lexicon.Hit off = lex.match("offset", w, i);
        if (off == null) {
            return null;
        }
        int n = off.intCode();
        int j = off.end();
        if (w.is(j, "fiscal") && w.is(j + 1, "year")) {
            j++; // "last fiscal year": the fiscal calendar is the company's, the year the same
        }
        Lexicon.Hit part = lex.match("part", w, j);
        if (part != null) {
            // "last night" is the night before the dateline; "this morning" its morning.
            int days = n < 0 ? -1 : n;
            String code = part.code();
            return new Candidate(i, part.end(), a -> Calendar.partOfDay(Calendar.relativeDay(a, days), code));
        }
        Lexicon.Hit unit = r.unit(j);
        if (unit != null && !w.lower(j).endsWith("s")) {
            return unitOffset(i, unit, n);
        }
        Lexicon.Hit wd = r.weekday(j);
        if (wd != null) {
            DayOfWeek dow = PhraseReader.dayOfWeek(wd);
            return new Candidate(i, wd.end(), a -> shiftedWeekday(a, dow, n));
        }
        Lexicon.Hit month = r.month(j);
        // "last Oct. 23" is the date Oct. 23 seen from a past cue, not "last October".
        if (month != null && r.dayNumber(month.end()) == null) {
            int m = month.intCode();
            return new Candidate(i, month.end(), a -> shiftedMonth(a, m, n));
        }
        Lexicon.Hit season = lex.match("season", w, j);
        if (season != null) {
            String code = season.code();
            return new Candidate(i, season.end(), a -> shiftedSeason(a, code, n));
        }
        return null;
    }

    private Candidate unitOffset(int i, Lexicon.Hit unit, int n) {
        int end = unit.end();
        return switch (unit.code()) {
            case "Y" -> new Candidate(i, end, a -> Calendar.relativeYear(a, n));
            case "M" -> new Candidate(i, end, a -> Calendar.relativeMonth(a, n));
            case "W" -> new Candidate(i, end, a -> Calendar.relativeWeek(a, n));
            case "D" -> new Candidate(i, end, a -> Calendar.relativeDay(a, n));
            case "Q" -> new Candidate(i, end, a -> Calendar.relativeQuarter(a, n));
            case "WE" -> new Candidate(i, end, n == 0 ? RelativeGrammar::weekendByTense
                    : a -> Calendar.relativeWeekend(a, n));
            case "DE" -> new Candidate(i, end, a -> a.present()
                    ? Calendar.decade((a.dateline().getYear() / 10 + n) * 10).relative()
                    : new Meaning("XXX").relative());
            case "CE" -> new Candidate(i, end, a -> a.present()
                    ? Calendar.century(a.dateline().getYear() / 100 + 1 + n).relative()
                    : new Meaning("XX").relative());
            default -> null;
        };
    }

    /** "last Tuesday" is the one strictly before the dateline, "next Tuesday" strictly after. */
    private static Meaning shiftedWeekday(Anchor a, DayOfWeek dow, int n) {
        if (n == 0 || !a.present()) {
            return Calendar.weekday(a, dow, a.direction());
        }
        LocalDate d = a.dateline().with(n < 0 ? TemporalAdjusters.previous(dow) : TemporalAdjusters.next(dow));
        Meaning m = Calendar.day(d).relative();
        m.statedWeekday = dow;
        return m;
    }

    /** "last March" is the latest March before the dateline's month, "next March" the first after. */
    private static Meaning shiftedMonth(Anchor a, int month, int n) {
        if (!a.present()) {
            return Calendar.monthOfYear(a, month);
        }
        YearMonth here = YearMonth.from(a.dateline());
        int y = here.getYear();
        if (n < 0 && month >= here.getMonthValue()) {
            y--;
        } else if (n > 0 && month <= here.getMonthValue()) {
            y++;
        }
        return Calendar.month(YearMonth.of(y, month)).relative();
    }

    private static Meaning shiftedSeason(Anchor a, String code, int n) {
        if (!a.present() || n == 0) {
            return Calendar.relativeSeason(a, code, 0);
        }
        int current = (a.dateline().getMonthValue() % 12) / 3;
        int season = switch (code) {
            case "SP" -> 1;
            case "SU" -> 2;
            case "FA" -> 3;
            default -> 0;
        };
        int offset = n < 0 ? (season >= current ? -1 : 0) : (season <= current ? 1 : 0);
        return Calendar.relativeSeason(a, code, offset);
    }

    /**
     * "earlier this year" keeps the value of "this year" but its range ends at the dateline;
     * "later this month" starts there.
     */
    private Candidate earlierLater(int i) {
        boolean earlier = w.is(i, "earlier");
        if (!earlier && !w.is(i, "later")) {
            return null;
        }
        Candidate inner = offsetUnit(i + 1);
        if (inner == null) {
            inner = dayWord(i + 1);
        }
        if (inner == null) {
            inner = mentions.thatUnit(i + 1);
        }
        if (inner == null) {
            return null;
        }
        Candidate base = inner;
        return new Candidate(i, inner.to(), a -> {
            Meaning m = base.meaning().apply(a);
            if (m == null) {
                return null;
            }
            if (a.present() && m.rangeStart != null) {
                if (earlier && !m.rangeStart.isAfter(a.dateline())) {
                    m.rangeEnd = a.dateline().isBefore(m.rangeEnd) ? a.dateline() : m.rangeEnd;
                } else if (!earlier && !m.rangeEnd.isBefore(a.dateline())) {
                    m.rangeStart = a.dateline().isAfter(m.rangeStart) ? a.dateline() : m.rangeStart;
                }
            }
            return m;
        });
    }

    /** "now", "recently", "in recent years", "the future": fixed *_REF values. */
    private Candidate reference(int i) {
        Lexicon.Hit ref = lex.match("ref", w, i);
        if (ref == null) {
            return null;
        }
        // "the past three years" is a duration, not the past.
        if (w.is(ref.end() - 1, "past") && (r.amount(ref.end()) != null || r.unit(ref.end()) != null)) {
            return null;
        }
        // "as soon as Tuesday" and "soon after" are conjunctions, not the near future.
        if (w.is(i, "soon") && (i > 0 && w.is(i - 1, "as") || w.is(ref.end(), "after"))) {
            return null;
        }
        String code = ref.code();
        return new Candidate(i, ref.end(), a -> new Meaning(code));
    }
}
