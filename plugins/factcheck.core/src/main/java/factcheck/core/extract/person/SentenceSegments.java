package factcheck.core.extract.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import factcheck.core.nlp.Sentence;
import factcheck.core.nlp.Token;

/**
 * Re-joins sentences the sentence detector split after an abbreviation or an initial ("Sen. Amy
 * Klobuchar", "Gov. J. B. Pritzker"): the pieces form one segment of tokens. Sentences of different
 * paragraphs are never joined.
 */
public final class SentenceSegments {

    /** Abbreviations after which a sentence does not end (compared without the final period). */
    private static final Set<String> ABBREVIATIONS = Set.of("sen", "rep", "gov", "gen", "lt", "col", "adm", "maj",
            "capt", "sgt", "pres", "amb", "supt", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "no", "vs",
            "u.s", "u.k", "u.n", "e.u", "messrs", "rev", "hon", "fr");

    private SentenceSegments() {
    }

    /** The sentences' tokens, with abbreviation-split sentences joined. */
    public static List<List<Token>> of(List<Sentence> sentences) {
        List<List<Token>> segments = new ArrayList<>();
        List<Token> current = null;
        Sentence previous = null;
        for (Sentence s : sentences) {
            if (current != null && previous.paragraph() == s.paragraph() && endsWithAbbreviation(current)) {
                current.addAll(s.tokens());
            } else {
                current = new ArrayList<>(s.tokens());
                segments.add(current);
            }
            previous = s;
        }
        return segments;
    }

    static boolean endsWithAbbreviation(List<Token> tokens) {
        int n = tokens.size();
        if (n == 0) {
            return false;
        }
        String last = tokens.get(n - 1).text();
        String word;
        if (last.equals(".") && n >= 2) {
            word = tokens.get(n - 2).text();
        } else if (last.length() > 1 && last.endsWith(".")) {
            word = last.substring(0, last.length() - 1);
        } else {
            return false;
        }
        // A lone capital is an initial ("J." in "J. B. Pritzker").
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
