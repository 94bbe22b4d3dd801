package factcheck.core.time;

import java.util.List;

/** Recurrences: "daily", "every week", "each year", "every Tuesday", "every two years". */
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
        if (!r.isAny(i, "every", "each")) {
            return;
        }
        Lexicon.Hit wd = r.weekday(i + 1);
        if (wd != null) {
            int dow = wd.intCode();
            out.add(new Candidate(i, wd.end(), a -> new Meaning("XXXX-WXX-" + dow).type(TimexType.SET)));
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
}
