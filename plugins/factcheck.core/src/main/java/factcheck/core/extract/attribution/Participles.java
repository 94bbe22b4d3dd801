package factcheck.core.extract.attribution;

import java.util.Set;

/**
 * Whether a word after "be" can be a passive participle at all: "were told", "is believed", "was
 * shown" can; "were not fond of", which the tagger may call a verb, cannot, and its subject holds the
 * view as with any adjective. Regular participles end in -ed; the irregular ones are general English.
 */
final class Participles {

    private static final Set<String> IRREGULAR = Set.of("said", "told", "thought", "known", "shown", "seen", "heard",
            "found", "held", "made", "given", "written", "taken", "brought", "taught", "sought", "meant", "felt",
            "understood", "read", "led", "spoken", "forecast", "broadcast", "set", "put", "cut", "hit", "kept",
            "left", "sent", "spent", "won", "lost", "paid", "built", "caught", "chosen", "drawn", "shot", "struck",
            "fought", "bound", "run", "begun", "done", "gone", "become", "come", "overcome", "withdrawn", "beaten",
            "torn", "sworn", "worn", "grown", "blown", "flown", "thrown", "hidden", "bitten", "forbidden",
            "forgiven", "forgotten", "gotten", "got", "proven", "shaken", "stolen", "woken", "ridden", "risen",
            "driven", "mistaken", "overtaken", "undertaken", "foreseen", "overheard", "misunderstood", "upheld",
            "withheld", "bid", "let", "quit", "spread", "shut", "bet", "cast", "hurt", "burst", "split", "slit",
            "sold", "bought", "dealt", "sung", "rung", "sunk", "drunk", "sprung", "swum", "laid", "lain", "fed",
            "bred", "fled", "met", "slain", "sewn", "sown", "shorn", "mown", "strewn", "swollen", "hung", "stuck",
            "spun", "wound", "ground", "lit", "slid", "dug", "clung", "flung", "stung", "swung", "wrung", "borne",
            "born", "arisen", "forsaken", "frozen", "chidden", "stridden", "striven", "thriven", "trodden", "woven",
            "dreamt", "learnt", "spelt", "spilt", "spoilt", "burnt", "knelt", "leapt", "smelt", "dwelt", "lent",
            "bent", "rent", "gilt", "girt", "wept", "slept", "swept", "crept");

    private Participles() {
    }

    /** Whether the word has the form of a past participle: "-ed" or an irregular one ("told", "known", "shown"). */
    static boolean form(Word w) {
        String t = w.lower();
        return t.endsWith("ed") || IRREGULAR.contains(t);
    }
}
