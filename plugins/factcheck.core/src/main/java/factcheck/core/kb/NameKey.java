package factcheck.core.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparison form of a name or title as written in news text. Articles and data disagree on
 * case, accents, dots and hyphens ("Sébastien" / "Sebastien", "U.S." / "US", "H.W." / "H. W.",
 * "Secretary-General" / "Secretary General"), so both sides are reduced to lower-case ASCII words
 * before lookup. Runs of single letters are joined, which makes "J. D.", "J.D." and "JD" agree.
 */
public final class NameKey {

    // compiled once: the knowledge base keys thousands of names while it loads
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private NameKey() {
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The key of {@code text}: lower-case ASCII words separated by single spaces. */
    public static String of(String text) {
        return String.join(" ", words(text));
    }

    /** The words of {@code text} in key form (possessive "'s" removed, initials joined). */
    public static List<String> words(String text) {
        if (ascii(text)) {
            return asciiWords(text);
        }
        return regexWords(MARKS.matcher(Normalizer.normalize(unfold(text), Normalizer.Form.NFKD)).replaceAll(""));
    }

    /**
     * {@link #words} of an ASCII text in one pass, without the regular expressions: the knowledge
     * base keys some 8,000 names as it loads, and the expressions cost a fresh process a tenth of
     * a second. Same result (tested against the general path): "'s" before a non-word character or
     * the end is dropped, other apostrophes vanish, anything else but a-z and 0-9 separates words.
     */
    private static List<String> asciiWords(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                if (i + 1 < n && s.charAt(i + 1) == 's' && (i + 2 == n || !wordChar(s.charAt(i + 2)))) {
                    i++; // the possessive's "s" goes with its apostrophe
                }
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word.append(c);
            } else {
                endWord(word, initials, words);
            }
        }
        endWord(word, initials, words);
        flush(initials, words);
        return words;
    }

    /** A regular expression's word character (what {@code \\b} looks at). */
    private static boolean wordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static void endWord(StringBuilder word, StringBuilder initials, List<String> words) {
        if (word.isEmpty()) {
            return;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            initials.append(word);
        } else {
            flush(initials, words);
            words.add(word.toString());
        }
        word.setLength(0);
    }

    /**
     * The general path, for text whose accents are already stripped; {@link #asciiWords} must agree
     * with it on ASCII (tested).
     */
    static List<String> regexWords(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        // "China's ambassador" -> "china ambassador"; "O'Brien" -> "obrien"
        s = POSSESSIVE.matcher(s).replaceAll("").replace("'", "");
        String[] raw = NON_WORD.split(s);
        List<String> words = new ArrayList<>(raw.length);
        StringBuilder initials = new StringBuilder();
        for (String w : raw) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.length() == 1 && Character.isLetter(w.charAt(0))) {
                initials.append(w);
                continue;
            }
            flush(initials, words);
            words.add(w);
        }
        flush(initials, words);
        return words;
    }

    /** Letters that carry no combining accent to strip: "Støre", "Łukasz", "Þórdís", "Straße". */
    private static String unfold(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'ø' -> b.append('o');
                case 'Ø' -> b.append('O');
                case 'ł' -> b.append('l');
                case 'Ł' -> b.append('L');
                case 'đ', 'ð' -> b.append('d');
                case 'Đ', 'Ð' -> b.append('D');
                case 'ı' -> b.append('i');
                case 'æ' -> b.append("ae");
                case 'Æ' -> b.append("Ae");
                case 'œ' -> b.append("oe");
                case 'Œ' -> b.append("Oe");
                case 'ß' -> b.append("ss");
                case 'þ' -> b.append("th");
                case 'Þ' -> b.append("Th");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static void flush(StringBuilder initials, List<String> words) {
        if (!initials.isEmpty()) {
            words.add(initials.toString());
            initials.setLength(0);
        }
    }
}
