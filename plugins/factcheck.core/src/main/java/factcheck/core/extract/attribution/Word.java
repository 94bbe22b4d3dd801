package factcheck.core.extract.attribution;

import java.util.Locale;

/**
 * A token as the attribution reader sees it: quotation marks glued to a word ("“China") are split
 * off, possessive endings are kept. Offsets are absolute in the article text.
 */
record Word(int start, int end, String text, String pos, int sentence) {

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean noun() {
        return "NOUN".equals(pos) || "PROPN".equals(pos);
    }

    boolean verb() {
        return "VERB".equals(pos) || "AUX".equals(pos);
    }

    boolean punctuation() {
        return "PUNCT".equals(pos) || (!text.isEmpty() && !Character.isLetterOrDigit(text.charAt(0))
                && text.chars().noneMatch(Character::isLetterOrDigit));
    }

    /** Sentence-final punctuation outside a quotation ends a stretch of frame text. */
    boolean terminator() {
        return text.equals(".") || text.equals("!") || text.equals("?") || text.equals("...") || text.equals("\u2026");
    }

    /** The word without a possessive ending: Smith’s → Smith. */
    String bare() {
        String t = text;
        if (t.length() > 2 && (t.endsWith("\u2019s") || t.endsWith("'s"))) {
            return t.substring(0, t.length() - 2);
        }
        return t;
    }

    /** Whether the word ends in a possessive: "Smith’s", "Smith's", "voters'". */
    boolean possessive() {
        String l = lower();
        return l.length() > 2 && (l.endsWith("'s") || l.endsWith("\u2019s") || l.endsWith("s'"));
    }

    /** End offset of {@link #bare()}. */
    int bareEnd() {
        return start + bare().length();
    }
}
