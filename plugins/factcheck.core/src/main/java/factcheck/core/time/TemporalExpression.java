package factcheck.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;

import factcheck.core.annotation.Annotation;

/**
 * A temporal expression found in an article, normalised to a TIMEX3-style value. A Drools fact:
 * {@code TemporalExpression( value == "2021-11-09" )}, {@code TemporalExpression( weekdayMismatch )},
 * {@code TemporalExpression( relative, !anchored )}.
 *
 * @param start         start offset in the article text (UTF-16)
 * @param end           end offset (exclusive)
 * @param text          the covered text
 * @param value         the TIMEX3 value: {@code 2021-11-09}, {@code 2021-11}, {@code 2021-W46},
 *                      {@code 2021-Q3}, {@code 2021-SU}, {@code 2021}, {@code 199} (the 1990s),
 *                      {@code 20} (the 21st century), {@code P3Y}, {@code PT2H},
 *                      {@code 2021-11-09TEV}, {@code 2021-11-09T15:00}, {@code PAST_REF},
 *                      {@code XXXX-WXX-2} (a Tuesday with no dateline), {@code 2019/2021} (a range);
 *                      null when the written date is impossible
 * @param timexType     DATE, TIME, DURATION or SET; ranges are DURATION
 * @param mod           TIMEX3 mod (START, MID, END, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE,
 *                      EQUAL_OR_LESS), or null
 * @param anchor        what a relative expression was resolved against and how ("dateline
 *                      2021-11-10, past clause: the latest on or before the dateline", "2 days
 *                      after 2021-11-09, the date mentioned before (\"Tuesday\")"),
 *                      null for absolute ones and when there was nothing to resolve against
 * @param relative      the value depends on the dateline (including a year inferred for "Nov. 8")
 * @param anchored      the value is complete: not relative, or resolved against a dateline or a
 *                      date mentioned before it
 * @param impossible    the text writes a date that does not exist ("February 30, 2021")
 * @param date          the day, when the value is a single day, else null
 * @param rangeStart    first day covered (a month covers the whole month; "earlier this year"
 *                      ends at the dateline, "since"-style PAST_REF too), else null
 * @param rangeEnd      last day covered, else null
 * @param statedWeekday a weekday written in the expression, else null
 * @param explicitDate  the month and day written in it (year written or inferred), else null
 * @param tense         tense of the governing clause; UNKNOWN when a cue word before the expression
 *                      ("payable", "until") placed it against that tense
 * @param sentence      index of the sentence holding it, or -1
 */
public record TemporalExpression(int start, int end, String text, String value, TimexType timexType, String mod,
        String anchor, boolean relative, boolean anchored, boolean impossible, LocalDate date,
        LocalDate rangeStart, LocalDate rangeEnd, DayOfWeek statedWeekday, LocalDate explicitDate, Tense tense,
        int sentence) implements Annotation {

    @Override
    public String type() {
        return "temporal";
    }

    /** True when a weekday is written next to a date that falls on another day ("Monday, Nov. 9, 2021"). */
    public boolean weekdayMismatch() {
        return statedWeekday != null && explicitDate != null && explicitDate.getDayOfWeek() != statedWeekday;
    }
}
