package factcheck.core.time;

import java.util.List;

/**
 * Recurrences: "daily", "every week", "each year", "every Tuesday", "every two years", "each July",
 * "on Sundays", "Tuesday nights".
 */
final class SetGrammar {

    private final PhraseReader r;
    private final WordSeq w;

    SetGrammar(PhraseReader reader) {
        this.r = reader;
        this.w = reader.words();
    }

    void collect(int i, List<Candidate> out) {
        Lexicon.Hit set = r.lexicon().match("set", w, i);
        if (set != null) {
            String code = set.code();
            out.add(new Candidate(i, set.end(), a -> new Meaning(code).type(TimexType.SET)));
        }
        weekdays(i, out);
        if (!r.isAny(i, "every", "each")) {
            return;
        }
        Lexicon.Hit wd = r.weekday(i + 1);
        if (wd != null) {
            int dow = wd.intCode();
            out.add(new Candidate(i, wd.end(), a -> new Meaning("XXXX-WXX-" + dow).type(TimexType.SET)));
            return;
        }
        Lexicon.Hit month = r.month(i + 1);
        if (month != null) {
            String mm = String.format("XXXX-%02d", month.intCode());
            out.add(new Candidate(i, month.end(), a -> new Meaning(mm).type(TimexType.SET)));
            return;
        }
        int at = w.is(i + 1, "other") ? i + 2 : i + 1;
        Lexicon.Hit amount = at == i + 1 ? r.amount(at) : null;
        int unitAt = amount != null ? amount.end() : at;
        Lexicon.Hit unit = r.unit(unitAt);
        if (unit == null || (amount != null && amount.code().equals("X"))) {
            return;
        }
        String n = at == i + 2 ? "2" : amount != null ? amount.code() : "1";
        String code = unit.code();
        out.add(new Candidate(i, unit.end(),
                a -> new Meaning(DurationGrammar.durationValue(n, code)).type(TimexType.SET)));
    }

    /**
     * A weekday that recurs because a plural says so: "on Sundays", "Tuesday nights" (XXXX-WXX-2TNI).
     * Only capitalised, as weekday names are.
     */
    private void weekdays(int i, List<Candidate> out) {
        if (!w.capitalized(i)) {
            return;
        }
        Lexicon.Hit plural = r.lexicon().match("weekdays", w, i);
        if (plural != null) {
            String v = "XXXX-WXX-" + plural.code();
            out.add(new Candidate(i, plural.end(), a -> new Meaning(v).type(TimexType.SET)));
            return;
        }
        Lexicon.Hit wd = r.weekday(i);
        Lexicon.Hit parts = wd == null ? null : r.lexicon().match("parts", w, wd.end());
        if (parts != null) {
            String v = "XXXX-WXX-" + wd.code() + "T" + parts.code();
            out.add(new Candidate(i, parts.end(), a -> new Meaning(v).type(TimexType.SET)));
        }
    }
}
