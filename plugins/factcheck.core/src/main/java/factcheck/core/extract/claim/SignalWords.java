package factcheck.core.extract.claim;

/**
 * The word lists behind the check-worthiness signals that are not claim features (see
 * {@link Signals}): policy vocabulary, hedges, and the greetings and stage directions of spoken
 * events that fact-checkers never pick.
 */
final class SignalWords {

    private SignalWords() {
    }

    /** Topics fact-checkers check most: the economy, public money, security, health, law. */
    static final PhraseTable POLICY = new PhraseTable("tax", "taxes", "taxpayers", "economy", "economic", "jobs",
            "wages", "income", "trade", "tariff", "tariffs", "debt", "budget", "spending", "deficit", "deficits",
            "health care", "healthcare", "insurance", "medicare", "medicaid", "social security", "pension",
            "pensions", "immigration", "immigrants", "border", "refugees", "crime", "murder", "murders", "police",
            "military", "troops", "war", "terrorism", "terrorist", "terrorists", "nuclear", "weapons", "climate",
            "emissions", "energy", "oil", "coal", "gas", "drug", "drugs", "opioid", "education", "schools",
            "students", "tuition", "poverty", "housing", "regulation", "regulations", "law", "laws", "bill",
            "voted", "vote", "legislation", "treaty", "agreement", "deal", "sanctions", "prices", "wage",
            "manufacturing", "companies", "business", "businesses", "workers");

    /** Hedges: the speaker does not commit to the claim. */
    static final PhraseTable HEDGE = new PhraseTable("maybe", "perhaps", "probably", "possibly", "apparently",
            "seems", "seemed", "i guess", "sort of", "kind of", "i 'm not sure", "i'm not sure", "not sure",
            "i suspect", "it appears", "allegedly", "reportedly", "supposedly");

    /** Greetings, thanks, stage directions and moderation: talk about the event, not the world. */
    static final PhraseTable PROCEDURAL = new PhraseTable("thank you", "thanks", "applause", "laughter",
            "crosstalk", "inaudible", "booing", "cheering", "good evening", "good morning", "good afternoon",
            "good night", "welcome", "hello", "congratulations", "ladies and gentlemen", "go ahead",
            "next question", "your time", "time is up", "two minutes", "minute", "seconds", "respond",
            "rebuttal", "moderator", "audience", "please", "god bless", "nice to", "great to", "happy to",
            "appreciate", "okay", "ok", "question", "questions", "let me", "excuse me", "i'm sorry",
            "i 'm sorry");

    /** First-person plural subjects: "we have lost", "our country spent". */
    static final java.util.Set<String> WE = ClaimWords.words("we", "our");
}
