package factcheck.core.extract.attribution;

import factcheck.core.annotation.Annotation;
import factcheck.core.annotation.TextRef;

/**
 * Who the article says said something: the cue ("said", "according to"), the source, the content,
 * and what kind of source it is. One attribution per outer quotation (direct, linked to the previous
 * paragraph's speaker, or with source kind {@link SourceKind#NONE}), plus one per indirect statement
 * ("Officials said the bridge would reopen"). Parts that are missing are null.
 *
 * @param start              first offset of cue, source and content (or quotation)
 * @param end                last offset of them
 * @param text               the covered text
 * @param cue                the speech verb or "according to", null for a linked or unattributed quote
 * @param source             who speaks as written ("He", "Mayor Ana Ruiz", "officials", the "who" of
 *                           "Ruiz, who said"); for a linked quote, the source of the previous
 *                           paragraph's quotation
 * @param content            what was said: a quotation's words, or the reported clause
 * @param sourceKind         the kind of source
 * @param resolvedSpeaker    the person behind a pronoun (nearest earlier name) or a person source's
 *                           name without titles; for a relative pronoun, that name or the phrase it
 *                           stands for ("Reuters"); null otherwise
 * @param resolvedSpeakerRef where {@code resolvedSpeaker} stands in the text
 * @param cueLemma           the cue's base form ("say", "according to", "point out")
 * @param loadedCue          true when the cue implies truth, doubt or guilt (MOS:SAID)
 * @param cueTone            what the cue implies
 * @param direct             true for a quotation, false for reported speech
 * @param linkedToPrevious   true for a quotation paragraph with no cue, taken to continue the speaker of
 *                           the quotation in the paragraph before
 * @param intermediary       the document or outlet between the reader and the speaker in a chain such
 *                           as "according to an embassy statement, Xi remarked"; null when none
 * @param intermediaryKind   the intermediary's kind, null when none
 * @param quoteStart         start offset of the attributed quotation, -1 for reported speech
 * @param sentence           index of the sentence holding the cue (or the quotation's start)
 * @param cueGroup           what kind of cue it is (speech, belief, evidence, refusal, denial, intention); null
 *                           without a cue
 * @param learnedCue         true when the cue is a word only the learned contextual model took for a cue in its
 *                           context ("Ruiz wants …"): right in about half its uses, so rules should not let it
 *                           vouch for a claim (the claim rules' "a named source carries it" ignores it)
 */
public record Attribution(int start, int end, String text, TextRef cue, TextRef source, TextRef content,
        SourceKind sourceKind, String resolvedSpeaker, TextRef resolvedSpeakerRef, String cueLemma,
        boolean loadedCue, CueTone cueTone, boolean direct, boolean linkedToPrevious, TextRef intermediary,
        SourceKind intermediaryKind, int quoteStart, int sentence, CueGroup cueGroup, boolean learnedCue)
        implements Annotation {

    /** An attribution whose cue (if any) the verb list or the lexicon knows. */
    public Attribution(int start, int end, String text, TextRef cue, TextRef source, TextRef content,
            SourceKind sourceKind, String resolvedSpeaker, TextRef resolvedSpeakerRef, String cueLemma,
            boolean loadedCue, CueTone cueTone, boolean direct, boolean linkedToPrevious, TextRef intermediary,
            SourceKind intermediaryKind, int quoteStart, int sentence, CueGroup cueGroup) {
        this(start, end, text, cue, source, content, sourceKind, resolvedSpeaker, resolvedSpeakerRef, cueLemma,
                loadedCue, cueTone, direct, linkedToPrevious, intermediary, intermediaryKind, quoteStart, sentence,
                cueGroup, false);
    }

    @Override
    public String type() {
        return "attribution";
    }

    /** The source as it reads inside a sentence of a message ({@link #inSentence}); "the speaker" when none. */
    public String sourceInSentence() {
        return source == null ? "the speaker" : inSentence(sourceWords(), sourceKind == SourceKind.OUTLET);
    }

    /**
     * The words that name the source in a message: the source as written, except that a relative
     * pronoun ("Reuters, which reported") gives way to the phrase it stands for ("Reuters"). Null when
     * there is no source.
     */
    public String sourceWords() {
        if (source == null) {
            return null;
        }
        if (resolvedSpeaker != null && relativePronoun(source.text())) {
            return resolvedSpeaker;
        }
        // "some studies that reported", "a museum which promotes": the phrase without the relative it ends in
        String text = source.text();
        int space = text.lastIndexOf(' ');
        return space > 0 && relativePronoun(text.substring(space + 1)) ? text.substring(0, space).strip() : text;
    }

    /** How many words may stand between a source and its cue for a message to quote them as written. */
    private static final int WORDS_BETWEEN = 3;

    /**
     * The source and the cue as a message quotes them: as written when the cue follows the source with
     * at most a few plain words between ("Previous studies have shown", not "studies shown"); otherwise
     * the source's words and the cue joined in their order. Null without a source or a cue.
     */
    public String sourceAndCue() {
        if (source == null || cue == null) {
            return null;
        }
        String words = sourceWords();
        if (cue.start() < source.start()) {
            // "consensus among scientists", "according to officials": as written with a few plain words between
            boolean inside = cue.start() >= start && source.end() <= end && words.equals(source.text());
            String between = inside ? text.substring(cue.end() - start, source.start() - start).strip() : null;
            if (between != null && plain(between)) {
                return text.substring(cue.start() - start, source.end() - start);
            }
            return cue.text() + " " + words;
        }
        boolean inside = source.start() >= start && cue.end() <= end && source.end() <= cue.start();
        if (inside && words.equals(source.text())) {
            String between = text.substring(source.end() - start, cue.start() - start).strip();
            if (plain(between)) {
                return text.substring(source.start() - start, cue.end() - start);
            }
        }
        return words + " " + cue.text();
    }

    /** Whether words between a source and its cue are few and plain: letters and apostrophes, no mark. */
    private static boolean plain(String between) {
        boolean letters = between.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '\'' || c == '\u2019');
        return letters && (between.isEmpty() || between.split(" +").length <= WORDS_BETWEEN);
    }

    /** Whether words are a relative pronoun standing for a phrase before them: "who", "which", "that". */
    public static boolean relativePronoun(String words) {
        String w = words.strip().toLowerCase(java.util.Locale.ROOT);
        return w.equals("who") || w.equals("which") || w.equals("that");
    }

    /** The source's possessive inside a message: "Ruiz's", "the mayor's", "his" for "he" ({@link #possessive}). */
    public String sourcePossessive() {
        String who = sourceInSentence();
        // "Activists claim …": a vague group opening the sentence is capitalised, yet a plural common noun
        return sourceKind == SourceKind.VAGUE && who.indexOf(' ') < 0 ? possessive(who, true) : possessive(who);
    }

    /**
     * Words as a possessive inside a message: "Ruiz" → "Ruiz's", "he" → "his", "they" → "their"
     * (not "he's words", which reads as "he is"), "the researchers" → "the researchers'".
     */
    public static String possessive(String who) {
        return possessive(who, false);
    }

    /** As {@link #possessive(String)}; {@code common}: the words are a common noun even when capitalised. */
    static String possessive(String who, boolean common) {
        String p = PRONOUN_POSSESSIVES.get(who.strip().toLowerCase(java.util.Locale.ROOT));
        if (p != null) {
            return p;
        }
        // "the researchers'", "news sources'": a plural common noun takes the apostrophe alone ("Mijares's" keeps its s)
        String last = who.substring(who.lastIndexOf(' ') + 1);
        boolean plural = last.length() > 2 && last.endsWith("s") && !last.endsWith("ss")
                && (common || Character.isLowerCase(last.charAt(0)));
        return plural ? who + "'" : who + "'s";
    }

    private static final java.util.Map<String, String> PRONOUN_POSSESSIVES = java.util.Map.of("he", "his", "she",
            "her", "it", "its", "they", "their", "we", "our", "i", "my", "you", "your", "who", "whose");

    /** The intermediary as it reads inside a sentence of a message; null when none. */
    public String intermediaryInSentence() {
        return intermediary == null ? null : inSentence(intermediary.text(), intermediaryKind == SourceKind.OUTLET);
    }

    /**
     * Words taken from the text, as they read in the middle of a sentence: a leading "The", "A" or
     * "An", capitalised because it opened the article's sentence, becomes lower case ("The President"
     * → "the President", "The White House" → "the White House", "The United States government" → "the
     * United States government"). A news outlet's name keeps it ("The Guardian", "The New York
     * Times"): there the article is part of the name.
     *
     * @param outletName whether the words are an outlet's name
     */
    public static String inSentence(String words, boolean outletName) {
        String trimmed = words.strip();
        int space = trimmed.indexOf(' ');
        if (outletName || space < 0 || !ARTICLES.contains(trimmed.substring(0, space))) {
            return words;
        }
        return Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("The", "A", "An");

    /** True for a chain through a document or outlet: the rules flag these as indirect. */
    public boolean indirectChain() {
        return intermediary != null
                && (intermediaryKind == SourceKind.DOCUMENT || intermediaryKind == SourceKind.OUTLET);
    }
}
