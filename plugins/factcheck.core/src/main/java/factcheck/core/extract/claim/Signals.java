package factcheck.core.extract.claim;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import factcheck.core.extract.person.CountryTable;

/**
 * The check-worthiness signals of a clause, by the names the weight table uses: one per claim
 * feature kind present (1.0), and the sentence-level signals fact-checkers' choices depend on
 * besides them: a first-person-plural claim ("we have lost"), a named actor doing something, a
 * country, policy vocabulary, hedges, questions, greetings and procedural talk, length, and
 * whether the claim is attributed. Each is 1.0 when present and absent otherwise, so the table's
 * weight is exactly what the signal adds to the score's log-odds.
 */
public final class Signals {

    /** A clause this short ("Thank you.", "Yes, it is.") is hardly ever a claim. */
    static final int SHORT_WORDS = 5;
    /** From this length on a sentence usually carries content. */
    static final int LONG_WORDS = 15;
    /** How far after "we" its verb may come ("we have already lost"). */
    private static final int WE_REACH = 4;
    /** How far after a name its verb may come ("China, for years, has"). */
    private static final int ACTOR_REACH = 5;

    private Signals() {
    }

    /** Signal name of a feature kind: {@code TIME_BOUNDED_NEGATIVE} → {@code time_bounded_negative}. */
    public static String name(FeatureKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static Map<String, Double> of(Clause c, List<ClaimFeature> features, boolean attributed) {
        Map<String, Double> signals = new TreeMap<>();
        for (ClaimFeature f : features) {
            signals.put(name(f.featureKind()), 1.0);
        }
        int words = 0;
        for (int i = 0; i < c.size(); i++) {
            if (wordLike(c.at(i))) {
                words++;
            }
            flag(signals, "policy", SignalWords.POLICY.matchAt(c, i) > 0);
            flag(signals, "hedge", SignalWords.HEDGE.matchAt(c, i) > 0);
            flag(signals, "procedural", SignalWords.PROCEDURAL.matchAt(c, i) > 0);
            flag(signals, "we_claim", weClaim(c, i));
            flag(signals, "named_actor", namedActor(c, i));
            flag(signals, "country", c.pos(i).equals("PROPN") && CountryTable.country(c.token(i).text()).isPresent());
        }
        flag(signals, "question", c.is(c.size() - 1, "?"));
        flag(signals, "short", words <= SHORT_WORDS);
        flag(signals, "long", words >= LONG_WORDS);
        flag(signals, "attributed", attributed);
        return signals;
    }

    private static void flag(Map<String, Double> signals, String name, boolean on) {
        if (on) {
            signals.put(name, 1.0);
        }
    }

    private static boolean wordLike(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetterOrDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "we have lost", "we spent", "our deficit has doubled": a plural first person followed by an
     * inflected verb (past or participle: its form differs from its lemma) or by "have" with an
     * object. Speakers claim what their country or party did; "we will" and "we need" are plans.
     */
    private static boolean weClaim(Clause c, int i) {
        if (!SignalWords.WE.contains(c.at(i))) {
            return false;
        }
        for (int k = i + 1; k <= i + WE_REACH && k < c.size(); k++) {
            String pos = c.pos(k);
            String w = c.at(k);
            if ((w.equals("have") || w.equals("'ve") || w.equals("had")) && (c.pos(k + 1).startsWith("NUM")
                    || c.pos(k + 1).startsWith("DET") || c.pos(k + 1).startsWith("NOUN"))) {
                return true;
            }
            if (pos.equals("VERB") && !w.equals(c.token(k).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A proper noun followed closely by a verb: "Clinton voted", "Mexico has", "the EPA ruled". */
    private static boolean namedActor(Clause c, int i) {
        if (!c.pos(i).equals("PROPN") || c.pos(i + 1).equals("PROPN")) {
            return false;
        }
        for (int k = i + 1; k <= i + ACTOR_REACH && k < c.size(); k++) {
            if (c.token(k).isVerb()) {
                return true;
            }
            if (c.is(k, ".") || c.is(k, "?")) {
                return false;
            }
        }
        return false;
    }
}
