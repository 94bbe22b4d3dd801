package factcheck.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import factcheck.core.nlp.Sentence;

/**
 * Finds temporal expressions in an article and normalises them against its dateline.
 *
 * <p>The text is cut into words ({@link WordSeq}) and scanned once left to right. At each word the
 * grammars ({@link DateGrammar}, {@link RelativeGrammar}, {@link DurationGrammar},
 * {@link QuarterGrammar}, {@link ClockGrammar}, {@link SetGrammar}) propose candidates, each
 * looking a bounded number of words ahead; the longest one that passes its {@link ContextGuard}
 * and resolves wins, and the scan resumes after it. So the finder is linear in the text and uses no
 * regular expressions. Modifier phrases from the lexicon ("early", "the end of", "about",
 * "more than") wrap the candidate after them; "from X to Y" and "between X and Y" add a range.
 *
 * <p>Ambiguous expressions follow the tense of their clause ({@link TenseReader}): a bare weekday in
 * a past clause is the latest on or before the dateline, in a future clause the earliest on or
 * after it, otherwise the nearer one; a month or month-day without a year is the dateline's year
 * unless the tense points across a year end. Thread-safe: holds no state between calls.
 */
public final class TemporalResolver {

    private static final Set<String> POINT_MODS = Set.of("START", "MID", "END");
    private static final Set<String> EXTRA_TRIGGERS = Set.of("the", "that", "in", "for", "over", "every", "each",
            "earlier", "later", "since", "within", "fiscal", "noon", "midnight", "midday", "tonight", "'", "\u2019");

    /**
     * Finds every temporal expression in {@code text}.
     *
     * @param text      the article text
     * @param sentences the pipeline's sentences for tense and part-of-speech checks; may be empty,
     *                  then every tense is UNKNOWN and guards use the words alone
     * @param dateline  the date relative expressions are resolved against, or null
     * @return the expressions in text order
     */
    public List<TemporalExpression> find(String text, List<Sentence> sentences, LocalDate dateline) {
        WordSeq w = new WordSeq(text);
        PhraseReader reader = new PhraseReader(w);
        Grammars g = new Grammars(reader);
        SentenceIndex index = new SentenceIndex(sentences);
        ContextGuard guard = new ContextGuard(w, index);
        TenseReader tenses = new TenseReader(index);
        Lexicon lex = Lexicon.shared();
        List<Found> found = new ArrayList<>();
        Reference last = null;
        int i = 0;
        while (i < w.size()) {
            if (!mayStart(w, lex, i)) {
                i++;
                continue;
            }
            Found f = best(w, g, guard, tenses, dateline, last, i);
            if (f == null) {
                i++;
            } else {
                boolean closesPeriod = !found.isEmpty() && closesPeriod(w, found.getLast(), f);
                found.add(f);
                last = closesPeriod ? last : mentioned(f, last);
                i = f.to;
                Found second = coordinatedDay(w, f);
                if (second != null) {
                    found.add(second);
                    i = second.to;
                }
            }
        }
        return Ranges.add(w, found, dateline);
    }

    /**
     * An accepted expression with its word span, for the range pass; {@code anaphoric} when it was
     * counted from the date mentioned before it rather than from the dateline.
     */
    record Found(int from, int to, TemporalExpression expression, boolean anaphoric) {
    }

    /** Words that may follow the bare day of "April 24 and 25": not a count of something ("and 20 others"). */
    private static final Set<String> AFTER_BARE_DAY = Set.of("in", "at", "on", "for", "when", "that", "with", "to",
            "as", "and", "or");

    /**
     * "April 24 and 25", "on May 3 or 4": a bare day number joined to a month-day is another day
     * of that month (TimeML marks it on its own, with the month's value); only a later day that is
     * no count of something ("March 5 and 20 others") qualifies.
     */
    private static Found coordinatedDay(WordSeq w, Found f) {
        TemporalExpression e = f.expression();
        LocalDate date = e.date();
        int at = f.to() + 1;
        if (date == null || e.timexType() != TimexType.DATE || e.mod() != null || !date.toString().equals(e.value())
                || !w.is(f.to(), "and") && !w.is(f.to(), "or") || !w.isNumber(at)) {
            return null;
        }
        int d = w.digits(at, 1, 2);
        boolean followedByWord = w.isWord(at + 1) && !AFTER_BARE_DAY.contains(w.lower(at + 1));
        if (d <= date.getDayOfMonth() || d > date.lengthOfMonth() || followedByWord || w.isPunct(at + 1, '%')
                || w.touchesPrevious(at + 1) && !w.isPunct(at + 1, '.') && !w.isPunct(at + 1, ',')) {
            return null;
        }
        Meaning m = Calendar.day(date.withDayOfMonth(d));
        m.relative = e.relative();
        m.anchorNote = "the month of \"" + e.text() + "\" (" + e.value() + ")";
        int start = w.start(at);
        int end = w.end(at);
        return new Found(at, at + 1, Expressions.build(w.source(), start, end, m, e.tense(), null, e.sentence()), true);
    }

    /**
     * The reference for what follows: a date or time with a whole calendar value becomes it, unless
     * it was itself counted from the last mention ("a year earlier" twice is not two years back).
     */
    private static Reference mentioned(Found f, Reference last) {
        TemporalExpression e = f.expression();
        if (f.anaphoric() || e.timexType() == TimexType.DURATION || e.timexType() == TimexType.SET || e.mod() != null) {
            return last;
        }
        Reference r = Reference.of(e.value(), e.text(), e.sentence());
        return r == null ? last : r;
    }

    /**
     * "the quarter ended Sept. 30": the date only closes the dated period right before it, which
     * stays the reference ("... a year earlier" compares with the quarter, not its last day). A
     * fiscal quarter keeps its label here as in its own value ("the fiscal first quarter ended Sept.
     * 30" is Q1, a year earlier the Q1 before). After a length ("the six months ended Aug. 12") the
     * date is the reference.
     */
    private static boolean closesPeriod(WordSeq w, Found before, Found f) {
        TimexType t = before.expression().timexType();
        return before.to() == f.from() - 1 && (w.is(before.to(), "ended") || w.is(before.to(), "ending"))
                && t != TimexType.DURATION && t != TimexType.SET;
    }

    /** The grammars over one text, built per call. */
    private record Grammars(DateGrammar dates, RelativeGrammar relative, DurationGrammar durations,
            QuarterGrammar quarters, ClockGrammar clocks, SetGrammar sets, HolidayGrammar holidays) {
        Grammars(PhraseReader r) {
            this(new DateGrammar(r), new RelativeGrammar(r), r);
        }

        private Grammars(DateGrammar d, RelativeGrammar rel, PhraseReader r) {
            this(d, rel, new DurationGrammar(r), new QuarterGrammar(r), new ClockGrammar(r, rel, d), new SetGrammar(r),
                    new HolidayGrammar(r));
        }

        void collect(int i, List<Candidate> out) {
            clocks.collect(i, out);
            dates.collect(i, out);
            holidays.collect(i, out);
            relative.collect(i, out);
            quarters.collect(i, out);
            durations.collect(i, out);
            sets.collect(i, out);
        }
    }

    private static boolean mayStart(WordSeq w, Lexicon lex, int i) {
        if (w.isNumber(i)) {
            return true;
        }
        String s = w.lower(i);
        return EXTRA_TRIGGERS.contains(s) || lex.startsAny(s);
    }

    private static Found best(WordSeq w, Grammars g, ContextGuard guard, TenseReader tenses, LocalDate dateline,
            Reference last, int i) {
        List<Candidate> candidates = new ArrayList<>();
        g.collect(i, candidates);
        wrapModifiers(w, g, i, candidates);
        wrapSince(w, g, i, candidates);
        wrapDayNextTo(w, g, i, candidates);
        candidates.sort(Comparator.comparingInt(Candidate::to).reversed());
        for (Candidate c : candidates) {
            if (!guard.accepts(c)) {
                continue;
            }
            int start = w.start(c.from());
            int end = w.end(c.to() - 1);
            Tense tense = tenses.tenseOf(start, end);
            int sentence = tenses.sentenceIndexOf(start);
            Anchor.Direction cue = DirectionCue.around(w, Lexicon.shared(), c.from(), c.to());
            Meaning m = c.meaning().apply(new Anchor(dateline, tense, last, sentence, cue));
            if (cue == Anchor.Direction.FORWARD && tense == Tense.PAST || cue == Anchor.Direction.BACK
                    && tense == Tense.FUTURE) {
                // "released on bail till October": the cue, not the clause, placed the date, so the
                // clause's tense says nothing about it (and date rules must not compare them).
                tense = Tense.UNKNOWN;
            }
            if (m != null && m.placedAgainstTense) {
                // "Monday's bid for October elections failed", written in September: the reading, not the
                // clause ("failed" is the bid's), placed the month, so its tense says nothing about it.
                tense = Tense.UNKNOWN;
            }
            if (m != null) {
                return new Found(c.from(), c.to(), Expressions.build(w.source(), start, end, m, tense, dateline,
                        sentence), m.anchorNote != null);
            }
        }
        return null;
    }

    /**
     * "since 2019" keeps the value of "2019" with mod ON_OR_AFTER and a range running from the start
     * of 2019 to the dateline, so a rule can see the whole period the text speaks of.
     */
    private static void wrapSince(WordSeq w, Grammars g, int i, List<Candidate> out) {
        if (!w.is(i, "since") || i + 1 >= w.size()) {
            return;
        }
        List<Candidate> inner = new ArrayList<>();
        g.collect(i + 1, inner);
        for (Candidate c : inner) {
            if (c.from() != i + 1) {
                continue;
            }
            out.add(new Candidate(i, c.to(), a -> {
                // "since March" is the last March, whatever else the sentence plans.
                Meaning m = c.meaning().apply(new Anchor(a.dateline(), a.tense(), a.reference(), a.sentence(),
                        Anchor.Direction.BACK));
                if (m == null || m.type != TimexType.DATE || m.value == null || m.value.endsWith("_REF")) {
                    return null;
                }
                m.mod = "ON_OR_AFTER";
                m.date = null;
                m.rangeEnd = a.dateline();
                return m;
            }));
        }
    }

    /**
     * "the day before last Tuesday", "the day after Jan. 5": one day before (after) the day named
     * after it, as one expression (TimeML marks the whole phrase). Only a whole day qualifies; "the
     * day after the vote" names no day, and "the day after tomorrow" is the lexicon's.
     */
    private static void wrapDayNextTo(WordSeq w, Grammars g, int i, List<Candidate> out) {
        int at = w.is(i, "the") ? i + 1 : i;
        if (!w.is(at, "day") || !w.is(at + 1, "before") && !w.is(at + 1, "after") || at + 2 >= w.size()) {
            return;
        }
        int days = w.is(at + 1, "before") ? -1 : 1;
        List<Candidate> inner = new ArrayList<>();
        g.collect(at + 2, inner);
        for (Candidate c : inner) {
            if (c.from() != at + 2) {
                continue;
            }
            out.add(new Candidate(i, c.to(), c.guard(), a -> {
                Meaning m = c.meaning().apply(a);
                if (m == null || m.type != TimexType.DATE || m.date == null || m.mod != null
                        || !m.value.equals(m.date.toString())) {
                    return null;
                }
                Meaning shifted = Calendar.day(m.date.plusDays(days));
                String of = "the day " + (days < 0 ? "before " : "after ") + m.date;
                if (m.anchorNote != null || !m.relative || !a.present()) {
                    shifted.relative = m.relative;
                    shifted.anchorNote = of + (m.anchorNote != null ? ", " + m.anchorNote : "");
                } else {
                    // Counted from the dateline through the day named: a mention like any other.
                    shifted.relative = true;
                    shifted.reading = of + (m.reading != null ? ", " + m.reading : "");
                }
                return shifted;
            }));
        }
    }

    /**
     * "early 2019", "the end of March", "about three years": a modifier phrase and the candidate after
     * it. Point modifiers only go on dates and times, amount modifiers on durations and times, and
     * "over the past year" keeps "over" out (it means during, not more than).
     */
    private static void wrapModifiers(WordSeq w, Grammars g, int i, List<Candidate> out) {
        Lexicon.Hit mod = Lexicon.shared().match("mod", w, i);
        if (mod == null || mod.end() >= w.size()) {
            return;
        }
        String code = mod.code();
        boolean point = POINT_MODS.contains(code);
        if (!point && w.is(mod.end(), "the")) {
            return;
        }
        List<Candidate> inner = new ArrayList<>();
        g.collect(mod.end(), inner);
        for (Candidate c : inner) {
            if (c.from() != mod.end() || (!point && c.guard() != Candidate.Guard.NONE)) {
                continue;
            }
            out.add(new Candidate(i, c.to(), point ? Candidate.Guard.NONE : c.guard(), a -> {
                Meaning m = c.meaning().apply(a);
                if (m == null || m.value == null || m.value.endsWith("_REF")) {
                    return null;
                }
                boolean fits = point ? m.type != TimexType.DURATION : m.type != TimexType.DATE;
                if (!fits) {
                    return null;
                }
                m.mod = code;
                return m;
            }));
        }
    }
}
