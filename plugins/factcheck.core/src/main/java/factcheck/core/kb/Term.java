package factcheck.core.kb;

import java.time.LocalDate;
import java.util.Map;

/**
 * One continuous period in which a person held an office. The start day is included and the end
 * day is not: on a handover day ("end" of one term, "start" of the next) only the incoming holder
 * holds the office, matching how the source data writes inaugurations.
 *
 * @param personId    who
 * @param officeId    which office
 * @param start       first day in office
 * @param end         the day the office passed on, or null while the term is open
 * @param expectedEnd for an open term, the scheduled end if the data gives one, else null
 * @param asOf        the date the data was last checked; an open term is only known to last until then
 * @param source      citation an editor can verify
 * @param note        editor's note (why a date is imprecise, an acting period), or null
 * @param uncertain   set by the editor when a date or the holder is not verified
 * @param acting      an acting or interim holder
 * @param details     extra facts about the term: party, state, district
 * @param origin      "file: office X, term N" for messages
 */
public record Term(String personId, String officeId, KbDate start, KbDate end, LocalDate expectedEnd,
        LocalDate asOf, String source, String note, boolean uncertain, boolean acting,
        Map<String, String> details, String origin) {

    public Term {
        details = Map.copyOf(details);
    }

    public boolean open() {
        return end == null;
    }

    /** Whether this term covers {@code date}, allowing for imprecise dates and unverified open ends. */
    public Coverage coverage(LocalDate date) {
        if (date.isBefore(start.first()) || (end != null && !date.isBefore(end.last()))) {
            return Coverage.NO;
        }
        boolean sure = !date.isBefore(start.last())
                && (end != null ? date.isBefore(end.first()) : asOf == null || !date.isAfter(asOf));
        return sure && !uncertain ? Coverage.YES : Coverage.MAYBE;
    }

    /** Whether the term was over by {@code date} (it may also have ended later, if the end is imprecise). */
    public boolean endedBy(LocalDate date) {
        return end != null && !date.isBefore(end.first());
    }

    /** Whether the term had not begun by {@code date}. */
    public boolean startsAfter(LocalDate date) {
        return date.isBefore(start.last());
    }

    /** "2009-01-20..2017-01-20" or "2021-01-20..open", for messages. */
    public String span() {
        return start + ".." + (end == null ? "open" : end.toString());
    }
}
