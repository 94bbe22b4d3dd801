package factcheck.core.extract.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import factcheck.core.nlp.Token;

/**
 * A token as the person finder reads it. Hyphenated role prefixes and suffixes the tokenizer may keep
 * in one token ("then-Senator", "ex-President", "President-elect") become separate words, so every
 * pattern sees "then", "-", "Senator" however the tokenizer split them.
 *
 * @param raw        the text as written
 * @param norm       {@code bare} in lower case with straight apostrophes
 * @param bare       the text without a possessive "’s", "'s" or trailing apostrophe
 * @param start      start offset in the article
 * @param end        end offset of {@code bare} (the possessive is not part of the word)
 * @param pos        the token's UD tag
 * @param sentence   the token's sentence index
 * @param possessive whether the word carries a possessive, in itself or in the next token
 * @param initial    whether the word opens its sentence (or an opening quotation inside it)
 */
record Word(String raw, String norm, String bare, int start, int end, String pos, int sentence,
        boolean possessive, boolean initial) {

    boolean capitalised() {
        return !bare.isEmpty() && Character.isUpperCase(bare.codePointAt(0));
    }

    boolean is(String lower) {
        return norm.equals(lower);
    }

    /** A possessive clitic token on its own ("'s", "’s"). */
    boolean clitic() {
        return norm.equals("'s") || norm.equals("'");
    }

    boolean punctuation() {
        return pos.startsWith("PUNCT") || (!bare.isEmpty() && !Character.isLetterOrDigit(bare.codePointAt(0)));
    }

    boolean properNoun() {
        return pos.startsWith("PROPN");
    }

    /** Reads a segment's tokens as words. */
    static List<Word> of(List<Token> tokens) {
        List<Word> words = new ArrayList<>(tokens.size() + 4);
        boolean initial = true;
        int sentence = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.sentence() != sentence) {
                sentence = t.sentence();
                initial = true;
            }
            boolean nextClitic = i + 1 < tokens.size() && isClitic(tokens.get(i + 1).text());
            split(t, nextClitic, initial, words);
            String txt = t.text();
            // After an opening quote or bracket the next word is still sentence-initial.
            initial = txt.equals("“") || txt.equals("\"") || txt.equals("(") || txt.equals("‘")
                    || (initial && words.get(words.size() - 1).punctuation() && !txt.equals("."));
        }
        return words;
    }

    private static boolean isClitic(String text) {
        String n = straight(text).toLowerCase(Locale.ROOT);
        return n.equals("'s") || n.equals("'");
    }

    private static void split(Token t, boolean nextClitic, boolean initial, List<Word> out) {
        String text = t.text();
        String lower = text.toLowerCase(Locale.ROOT);
        int hyphen = text.indexOf('-');
        if (hyphen > 0 && hyphen < text.length() - 1
                && (lower.startsWith("then-") || lower.startsWith("ex-") || lower.endsWith("-elect"))) {
            out.add(word(t, t.start(), t.start() + hyphen, false, initial));
            out.add(word(t, t.start() + hyphen, t.start() + hyphen + 1, false, false));
            out.add(word(t, t.start() + hyphen + 1, t.end(), nextClitic, false));
            return;
        }
        out.add(word(t, t.start(), t.end(), nextClitic, initial));
    }

    private static Word word(Token t, int start, int end, boolean nextClitic, boolean initial) {
        String raw = t.text().substring(start - t.start(), end - t.start());
        String straight = straight(raw);
        String bare = raw;
        boolean possessive = nextClitic;
        String sl = straight.toLowerCase(Locale.ROOT);
        if (sl.length() > 2 && sl.endsWith("'s")) {
            bare = raw.substring(0, raw.length() - 2);
            possessive = true;
        } else if (sl.length() > 2 && sl.endsWith("s'")) {
            bare = raw.substring(0, raw.length() - 1);
            possessive = true;
        }
        return new Word(raw, straight(bare).toLowerCase(Locale.ROOT), bare, start, start + bare.length(), t.pos(), t.sentence(), possessive, initial);
    }

    static String straight(String s) {
        return s.replace('’', '\'').replace('‘', '\'');
    }
}
