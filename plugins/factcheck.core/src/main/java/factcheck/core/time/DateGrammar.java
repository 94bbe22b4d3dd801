package factcheck.core.time;

import java.time.DayOfWeek;
import java.util.List;

/**
 * Rules for calendar expressions that name their date: "2021-11-08", "11/8/2021",
 * "November 8, 2021", "Nov. 8", "8 November", "March 2020", "March", "2019", "the 1990s",
 * "the twenty-first century", "summer 2020", "the third quarter", and weekdays with or without
 * a date ("Monday, Nov. 8", "Tuesday evening").
 */
final class DateGrammar {

    private final PhraseReader r;
    private final WordSeq w;

    DateGrammar(PhraseReader reader) {
        this.r = reader;
        this.w = reader.words();
    }

    void collect(int i, List<Candidate> out) {
        add(out, iso(i));
        add(out, numeric(i));
        add(out, monthLed(i));
        add(out, dayLed(i));
        add(out, weekdayLed(i));
        add(out, yearLed(i));
        add(out, decade(i));
        add(out, spelledDecade(i));
        add(out, century(i));
        add(out, seasonOfYear(i));
        add(out, weekOf(i));
    }

    /** "the week of March 6": the ISO week holding the day named. */
    private Candidate weekOf(int i) {
        if (!w.is(i, "the") || !w.is(i + 1, "week") || !w.is(i + 2, "of")) {
            return null;
        }
        Candidate day = monthLed(i + 3);
        if (day == null) {
            day = dayLed(i + 3);
        }
        if (day == null) {
            return null;
        }
        Candidate named = day;
        return new Candidate(i, named.to(), a -> {
            Meaning m = named.meaning().apply(a);
            if (m == null || m.date == null) {
                return null; // "the week of March" is no week
            }
            Meaning week = Calendar.week(m.date);
            week.relative = m.relative;
            week.reading = m.reading;
            return week;
        });
    }

    static void add(List<Candidate> out, Candidate c) {
        if (c != null) {
            out.add(c);
        }
    }

    private boolean touching(int i) {
        return w.touchesPrevious(i);
    }

    /** 2021-11-08 */
    private Candidate iso(int i) {
        int y = w.digits(i, 4, 4);
        if (y < 0 || !w.isPunct(i + 1, '-') || !touching(i + 1) || !touching(i + 2) || !touching(i + 3)
                || !w.isPunct(i + 3, '-') || !touching(i + 4)) {
            return null;
        }
        int m = w.digits(i + 2, 2, 2);
        int d = w.digits(i + 4, 2, 2);
        if (m < 1 || m > 12 || d < 1 || d > 31) {
            return null;
        }
        return new Candidate(i, i + 5, a -> Calendar.fullDate(y, m, d));
    }

    /** 11/8/2021 or 11/8/21, read month first as US news does. */
    private Candidate numeric(int i) {
        int m = w.digits(i, 1, 2);
        if (m < 1 || m > 12 || !w.isPunct(i + 1, '/') || !touching(i + 1) || !touching(i + 2)) {
            return null;
        }
        int d = w.digits(i + 2, 1, 2);
        if (d < 1 || d > 31 || !w.isPunct(i + 3, '/') || !touching(i + 3) || !touching(i + 4)) {
            return null;
        }
        int y4 = w.digits(i + 4, 4, 4);
        int y2 = w.digits(i + 4, 2, 2);
        if (y4 < 0 && y2 < 0) {
            return null;
        }
        int y = y4 >= 0 ? y4 : (y2 <= 30 ? 2000 + y2 : 1900 + y2);
        return new Candidate(i, i + 5, a -> Calendar.fullDate(y, m, d));
    }

    /** "November 8, 2021", "Nov. 8", "November 8th", "March 2020", "March of 2020", "March". */
    private Candidate monthLed(int i) {
        Lexicon.Hit month = r.month(i);
        if (month == null) {
            return null;
        }
        int m = month.intCode();
        int j = month.end();
        Lexicon.Hit day = r.dayNumber(j);
        if (day != null) {
            int d = day.intCode();
            int k = day.end();
            int yAt = w.isPunct(k, ',') ? k + 1 : k;
            Lexicon.Hit year = r.year(yAt);
            if (year != null) {
                int y = year.intCode();
                return new Candidate(i, year.end(), a -> Calendar.fullDate(y, m, d));
            }
            return new Candidate(i, k, a -> Calendar.monthDay(a, m, d));
        }
        int yAt = w.isPunct(j, ',') || w.is(j, "of") ? j + 1 : j;
        Lexicon.Hit year = r.year(yAt);
        if (year != null) {
            int y = year.intCode();
            return new Candidate(i, year.end(), a -> Calendar.month(java.time.YearMonth.of(y, m)));
        }
        Lexicon.Hit offset = r.lexicon().match("offset", w, w.is(j, "of") ? j + 1 : j);
        if (offset != null && w.is(offset.end(), "year")) {
            // "June last year", "January this year", "January of next year": the month of the year the
            // offset names (not the month alone, which would be read from the tense or the dateline).
            int n = offset.intCode();
            return new Candidate(i, offset.end() + 1, a -> a.present()
                    ? Calendar.month(java.time.YearMonth.of(a.dateline().getYear() + n, m)).relative()
                    : Calendar.monthOfYear(a, m));
        }
        return new Candidate(i, j, Candidate.Guard.BARE_MONTH, a -> Calendar.monthOfYear(a, m));
    }

    /** "8 November 2021", "8 Nov.", "the 8th of November". */
    private Candidate dayLed(int i) {
        int at = w.is(i, "the") ? i + 1 : i;
        Lexicon.Hit day = r.dayNumber(at);
        if (day == null) {
            return null;
        }
        int j = w.is(day.end(), "of") ? day.end() + 1 : day.end();
        Lexicon.Hit month = r.month(j);
        if (month == null || (at > i && j == day.end())) {
            return null;
        }
        int d = day.intCode();
        int m = month.intCode();
        int yAt = w.isPunct(month.end(), ',') ? month.end() + 1 : month.end();
        Lexicon.Hit year = r.year(yAt);
        if (year != null) {
            int y = year.intCode();
            return new Candidate(i, year.end(), a -> Calendar.fullDate(y, m, d));
        }
        return new Candidate(i, month.end(), a -> Calendar.monthDay(a, m, d));
    }

    /**
     * "Monday, Nov. 8" keeps the stated weekday next to the written date so a rule can compare
     * them; the written date wins for the value. A weekday alone is placed by tense.
     */
    private Candidate weekdayLed(int i) {
        Lexicon.Hit wd = r.weekday(i);
        if (wd == null) {
            return null;
        }
        DayOfWeek dow = PhraseReader.dayOfWeek(wd);
        int j = w.isPunct(wd.end(), ',') ? wd.end() + 1 : wd.end();
        Candidate date = monthLed(j);
        if (date == null || date.guard() != Candidate.Guard.NONE) {
            date = dayLed(j);
        }
        if (date != null && date.guard() == Candidate.Guard.NONE) {
            Candidate inner = date;
            return new Candidate(i, date.to(), a -> {
                Meaning m = inner.meaning().apply(a);
                m.statedWeekday = dow;
                if (m.explicitDate == null && m.date != null) {
                    m.explicitDate = m.date;
                }
                return m;
            });
        }
        if (w.lower(i).length() <= 4 && !w.lower(i).endsWith("day")) {
            return null;
        }
        Lexicon.Hit part = r.lexicon().match("part", w, wd.end());
        if (part != null) {
            String code = part.code();
            return new Candidate(i, part.end(), Candidate.Guard.WEEKDAY,
                    a -> Calendar.partOfDay(Calendar.weekday(a, dow, a.direction()), code));
        }
        return new Candidate(i, wd.end(), Candidate.Guard.WEEKDAY, a -> Calendar.weekday(a, dow, a.direction()));
    }

    /** "2019", "fiscal 1998", "fiscal year 1998", "the year 2000", "nineteen ninety-six". */
    private Candidate yearLed(int i) {
        int at = i;
        if (w.is(at, "fiscal")) {
            at = w.is(at + 1, "year") ? at + 2 : at + 1;
        } else if (w.is(at, "the") && w.is(at + 1, "year")) {
            at += 2;
        }
        Lexicon.Hit year = r.year(at);
        if (year == null) {
            return null;
        }
        int y = year.intCode();
        return new Candidate(i, year.end(), at == i ? Candidate.Guard.YEAR : Candidate.Guard.NONE,
                a -> Calendar.year(y));
    }

    /** "the 1990s", "1990s", "the '90s", "the 1990's". */
    private Candidate decade(int i) {
        int at = w.is(i, "the") ? i + 1 : i;
        int first;
        int sAt;
        if ((w.isPunct(at, '\'') || w.isPunct(at, '\u2019')) && w.digits(at + 1, 2, 2) >= 0 && touching(at + 1)) {
            int yy = w.digits(at + 1, 2, 2);
            first = (yy >= 30 ? 1900 : 2000) + yy;
            sAt = at + 2;
        } else {
            first = w.digits(at, 4, 4);
            sAt = at + 1;
        }
        if (first < 1000 || first % 10 != 0) {
            return null;
        }
        if ((w.isPunct(sAt, '\'') || w.isPunct(sAt, '\u2019')) && touching(sAt)) {
            sAt++;
        }
        if (!w.is(sAt, "s") || !touching(sAt)) {
            return null;
        }
        int decadeStart = first;
        return new Candidate(i, sAt + 1, a -> Calendar.decade(decadeStart));
    }

    /**
     * "the nineties", "the 'eighties": the latest such decade begun by the year after the dateline
     * (in 1989 the coming 1990s, in 2019 the 1990s, but the 2020s); the 1900s without a dateline.
     */
    private Candidate spelledDecade(int i) {
        if (!w.is(i, "the")) {
            return null;
        }
        int at = (w.isPunct(i + 1, '\'') || w.isPunct(i + 1, '\u2019')) ? i + 2 : i + 1;
        Lexicon.Hit tens = r.lexicon().match("decade", w, at);
        if (tens == null) {
            return null;
        }
        int yy = tens.intCode();
        return new Candidate(i, tens.end(), a -> {
            if (!a.present()) {
                return Calendar.decade(1900 + yy);
            }
            int y = a.dateline().getYear();
            int first = y / 100 * 100 + yy;
            return Calendar.decade(first > y + 1 ? first - 100 : first).relative();
        });
    }

    /** "the twenty-first century", "the 19th century". */
    private Candidate century(int i) {
        int at = w.is(i, "the") ? i + 1 : i;
        Lexicon.Hit ord = r.ordinal(at);
        if (ord == null || !w.is(ord.end(), "century")) {
            return null;
        }
        int n = ord.intCode();
        return new Candidate(i, ord.end() + 1, a -> Calendar.century(n));
    }

    /** "summer 2020", "the summer of 2020". */
    private Candidate seasonOfYear(int i) {
        int at = w.is(i, "the") ? i + 1 : i;
        Lexicon.Hit season = r.lexicon().match("season", w, at);
        if (season == null) {
            return null;
        }
        int yAt = w.is(season.end(), "of") ? season.end() + 1 : season.end();
        Lexicon.Hit year = r.year(yAt);
        if (year == null) {
            return null;
        }
        int y = year.intCode();
        String code = season.code();
        return new Candidate(i, year.end(), a -> Calendar.season(y, code));
    }
}
