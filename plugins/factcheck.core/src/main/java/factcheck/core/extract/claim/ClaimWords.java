package factcheck.core.extract.claim;

import java.util.Arrays;
import java.util.Set;

/** The word lists behind the claim features, as tables in one place. */
final class ClaimWords {

    private ClaimWords() {
    }

    static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    static final PhraseTable STATISTIC = new PhraseTable("unemployment", "inflation", "gdp", "deficit",
            "life expectancy", "death toll", "per capita", "on average", "average", "median", "majority of",
            "half of", "a third of", "a quarter of", "two thirds of", "one in", "poll", "polls", "survey",
            "census", "interest rate", "interest rates", "unemployment rate", "crime rate", "birth rate",
            "growth rate", "exchange rate", "mortality", "turnout", "per head");

    static final PhraseTable COMPARATIVE = new PhraseTable("more than", "less than", "fewer than", "fewer",
            "doubled", "tripled", "quadrupled", "halved", "twice as", "three times", "compared with",
            "compared to", "outnumber", "outnumbered", "outnumbers", "exceeded", "exceeds", "surpassed",
            "overtook", "as many as", "as much as");

    static final PhraseTable CAUSAL = new PhraseTable("because", "because of", "due to", "owing to",
            "as a result", "as a result of", "led to", "lead to", "leads to", "leading to", "caused", "causes",
            "causing", "resulted in", "results in", "result in", "contributed to", "contributes to", "thanks to",
            "therefore", "consequently", "blamed on", "blamed for", "triggered", "fuelled", "fueled",
            "driven by", "responsible for");

    static final PhraseTable PREDICTION = new PhraseTable("expected to", "forecast", "forecasts", "forecasted",
            "predicted", "predicts", "predict", "projected to", "likely to", "set to", "on track to",
            "going to", "poised to", "is due to", "are due to", "will", "'ll", "wo n't", "won't", "shall",
            "could", "might", "may");

    /** Prediction words that are such only as auxiliaries ("the will of the people", "in May"). */
    static final Set<String> PREDICTION_AUXILIARIES = words("will", "'ll", "shall", "could", "might", "may", "wo");

    static final PhraseTable TREND_PHRASES = new PhraseTable("in recent years", "in recent months",
            "in recent decades", "in recent weeks", "over the past decade", "over the last decade",
            "over the past year", "over the past few years", "over the last few years", "year on year",
            "year-on-year", "steadily");

    static final Set<String> TREND_VERBS = words("rise", "rises", "rose", "risen", "rising", "fall", "falls",
            "fell", "fallen", "falling", "grow", "grows", "grew", "grown", "growing", "surge", "surges", "surged",
            "surging", "decline", "declines", "declined", "declining", "increase", "increases", "increased",
            "increasing", "decrease", "decreases", "decreased", "decreasing", "drop", "drops", "dropped",
            "dropping", "climb", "climbs", "climbed", "climbing", "plunge", "plunged", "plunging", "plummet",
            "plummeted", "soar", "soared", "soaring", "slump", "slumped", "deteriorate", "deteriorated",
            "deteriorating", "improve", "improved", "improving", "worsen", "worsened", "worsening", "jump",
            "jumped", "shrink", "shrank", "shrunk", "shrinking", "expand", "expanded", "tumble", "tumbled",
            "rebound", "rebounded", "spike", "spiked", "dip", "dipped", "slide", "slid");

    static final PhraseTable SUPERLATIVE_PHRASES = new PhraseTable("first ever", "first-ever", "all-time",
            "all time high", "all-time high", "never before", "unprecedented", "for the first time",
            "since records began", "best", "worst", "biggest", "largest", "greatest", "highest", "lowest",
            "record-breaking");

    /** Words ending in "-est" that are not superlatives. */
    static final Set<String> NOT_SUPERLATIVE = words("latest", "honest", "modest", "earnest", "interest",
            "forest", "west", "rest", "arrest", "protest", "request", "suggest", "harvest", "contest", "guest",
            "nest", "test", "chest", "invest", "manifest", "digest", "quest", "unrest", "lest", "midwest",
            "southwest", "northwest", "dishonest", "pest", "vest", "attest", "detest");

    static final PhraseTable OPINION = new PhraseTable("i think", "i believe", "i feel", "in my view",
            "in my opinion", "i guess", "i suppose", "personally", "we think", "we believe", "it seems to me",
            "i love", "i hate", "i like", "i hope", "frankly", "beautiful", "wonderful", "amazing", "awful",
            "terrible", "horrible", "lovely", "fantastic", "disgraceful", "shameful", "brilliant", "excellent",
            "ugly", "boring", "delightful", "nice", "incredible", "magnificent", "disgusting", "pathetic",
            "ridiculous", "stupid", "outrageous");

    static final PhraseTable PERSONAL = new PhraseTable("i remember", "when i was", "i went", "i saw",
            "i grew up", "i visited", "i met", "my family", "my mother", "my father", "my wife", "my husband",
            "my children", "my kids", "i have been", "i 've been", "i've been", "i used to", "we went");

    static final Set<String> ATTRIBUTION_LEMMAS = words("say", "tell", "state", "claim", "remark", "announce",
            "add", "note", "argue", "insist", "report", "warn", "assert", "allege", "write", "explain",
            "acknowledge", "admit", "confirm", "deny", "declare", "stress", "tweet", "reveal", "testify",
            "estimate", "predict");

    static final Set<String> ATTRIBUTION_FORMS = words("said", "says", "told", "tells", "stated", "claimed",
            "claims", "remarked", "announced", "added", "noted", "argued", "insisted", "reported", "warned",
            "asserted", "alleged", "wrote", "writes", "explained", "acknowledged", "admitted", "confirmed",
            "denied", "declared", "stressed", "tweeted", "revealed", "testified", "estimated");
}
