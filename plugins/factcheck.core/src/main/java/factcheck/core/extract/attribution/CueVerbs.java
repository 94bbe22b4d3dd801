package factcheck.core.extract.attribution;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The speech verbs that mark an attribution, by inflected form. The tagger's lemmas are unreliable
 * for these ("alleging" stays "alleging"), so the table lists the forms itself. To add a verb, add a
 * line: lemma, tone, then its forms; forms that double as nouns go after the "|" and need a VERB tag.
 */
public final class CueVerbs {

    private static final String[][] TABLE = {
        {"say", "NEUTRAL", "say", "says", "said", "saying"},
        {"tell", "NEUTRAL", "tell", "tells", "told", "telling"},
        {"state", "NEUTRAL", "stated", "|", "states"},
        {"remark", "NEUTRAL", "remarked", "|", "remarks"},
        {"add", "NEUTRAL", "added", "adding", "|", "adds", "add"},
        {"write", "NEUTRAL", "wrote", "writes", "written", "|", "write"},
        {"ask", "NEUTRAL", "asked", "asks"},
        {"announce", "NEUTRAL", "announced", "announces"},
        {"warn", "NEUTRAL", "warn", "warned", "warns", "warning"},
        {"expect", "NEUTRAL", "expect", "expects", "expected"},
        {"believe", "NEUTRAL", "believe", "believes", "believed"},
        {"argue", "NEUTRAL", "argue", "argued", "argues", "arguing"},
        {"comment", "NEUTRAL", "commented", "|", "comments"},
        {"reply", "NEUTRAL", "replied", "|", "replies"},
        {"respond", "NEUTRAL", "responded", "responds"},
        {"report", "NEUTRAL", "reported", "|", "reports"},
        {"declare", "NEUTRAL", "declared", "declares"},
        {"predict", "NEUTRAL", "predict", "predicted", "predicts"},
        {"tweet", "NEUTRAL", "tweeted", "|", "tweets"},
        {"acknowledge", "NEUTRAL", "acknowledged", "acknowledges"},
        {"suggest", "NEUTRAL", "suggest", "suggested", "suggests"},
        {"reveal", "IMPLIES_TRUTH", "revealed", "reveals"},
        {"note", "IMPLIES_TRUTH", "noted", "|", "notes"},
        {"explain", "IMPLIES_TRUTH", "explained", "explains"},
        {"observe", "IMPLIES_TRUTH", "observed", "observes"},
        {"clarify", "IMPLIES_TRUTH", "clarified", "clarifies"},
        {"claim", "IMPLIES_DOUBT", "claimed", "claiming", "|", "claims", "claim"},
        {"allege", "IMPLIES_DOUBT", "allege", "alleged", "alleges", "alleging"},
        {"assert", "IMPLIES_DOUBT", "asserted", "asserts"},
        {"admit", "IMPLIES_GUILT", "admitted", "admits"},
        {"confess", "IMPLIES_GUILT", "confessed", "confesses"},
        {"concede", "IMPLIES_GUILT", "conceded", "concedes"},
        {"deny", "IMPLIES_GUILT", "denied", "denies"},
        {"insist", "EDITORIAL", "insist", "insisted", "insists"},
        {"speculate", "EDITORIAL", "speculated", "speculates"},
        {"surmise", "EDITORIAL", "surmised", "surmises"},
    };

    /** Two-word cues: the first word's forms, mapped to the particle that must follow. */
    private static final String[][] PHRASES = {
        {"point out", "IMPLIES_TRUTH", "out", "pointed", "points"},
    };

    private static final Map<String, CueVerb> FORMS = new HashMap<>();
    private static final Map<String, String> PARTICLES = new HashMap<>();

    static {
        for (String[] row : TABLE) {
            boolean nounLike = false;
            for (int i = 2; i < row.length; i++) {
                if (row[i].equals("|")) {
                    nounLike = true;
                } else {
                    FORMS.put(row[i], new CueVerb(row[0], CueTone.valueOf(row[1]), nounLike));
                }
            }
        }
        for (String[] row : PHRASES) {
            for (int i = 3; i < row.length; i++) {
                FORMS.put(row[i], new CueVerb(row[0], CueTone.valueOf(row[1]), false));
                PARTICLES.put(row[i], row[2]);
            }
        }
    }

    private CueVerbs() {
    }

    /** The cue verb a word form belongs to, if any (case-insensitive). */
    public static Optional<CueVerb> lookup(String form) {
        return Optional.ofNullable(FORMS.get(form.toLowerCase(Locale.ROOT)));
    }

    /** The particle a two-word cue needs after this form ("out" after "pointed"), or null. */
    static String particle(String form) {
        return PARTICLES.get(form.toLowerCase(Locale.ROOT));
    }
}
