package factcheck.core.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a ledger entry belongs, said with text rather than offsets, so it survives edits elsewhere
 * in the article: the rule that reported it, the sentence holding the finding, the finding's own
 * text, and a few words either side of the sentence to tell identical sentences apart. All text is
 * kept {@linkplain #normalize(String) normalised}.
 *
 * @param rule     the rule id
 * @param category the finding's category id ({@code claim}, {@code attribution}, {@code date})
 * @param claim    the sentence holding the finding
 * @param match    the text the finding covers (a figure, a cue word, the whole sentence...)
 * @param before   the last words before the sentence, possibly empty
 * @param after    the first words after the sentence, possibly empty
 */
public record Anchor(String rule, String category, String claim, String match, String before, String after) {

    /** Words of context kept either side of the sentence. */
    public static final int CONTEXT_WORDS = 6;

    /** Runs of letters and digits ("7.5" is two words: fine for overlap, and no backtracking group). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++");

    public Anchor {
        claim = normalize(claim);
        match = normalize(match);
        before = normalize(before);
        after = normalize(after);
    }

    /**
     * The anchor of a finding covering {@code [start, end)} inside the sentence {@code [sentenceStart,
     * sentenceEnd)} of {@code text}.
     */
    public static Anchor of(String rule, String category, String text, int sentenceStart, int sentenceEnd, int start,
            int end) {
        int s = clamp(sentenceStart, text), e = clamp(Math.max(sentenceEnd, sentenceStart), text);
        List<String> left = words(text.substring(0, s));
        List<String> right = words(text.substring(e));
        return new Anchor(rule, category, text.substring(s, e), text.substring(clamp(start, text), clamp(end, text)),
                String.join(" ", left.subList(Math.max(0, left.size() - CONTEXT_WORDS), left.size())),
                String.join(" ", right.subList(0, Math.min(CONTEXT_WORDS, right.size()))));
    }

    /**
     * A short stable id for a new entry: a hash of rule, sentence and match, so that two people
     * creating the entry for the same claim on different machines create the same entry.
     */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((rule + '\n' + claim + '\n' + match).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Whether the other anchor names the same finding of the same text (context aside). */
    public boolean sameText(Anchor other) {
        return rule.equals(other.rule) && claim.equals(other.claim) && match.equals(other.match);
    }

    /** How many of the two context sides agree: 0, 1 or 2. */
    public int sharedContext(Anchor other) {
        return (!before.isEmpty() && before.equalsIgnoreCase(other.before) || before.isEmpty() && other.before.isEmpty()
                ? 1 : 0)
                + (!after.isEmpty() && after.equalsIgnoreCase(other.after) || after.isEmpty() && other.after.isEmpty()
                        ? 1 : 0);
    }

    /**
     * The share of word tokens the two sentences have in common, counted with repetition, over the
     * longer sentence: 1 for the same words, 0 for none in common.
     */
    public double overlap(Anchor other) {
        List<String> a = words(claim.toLowerCase(Locale.ROOT));
        List<String> b = new ArrayList<>(words(other.claim.toLowerCase(Locale.ROOT)));
        int longer = Math.max(a.size(), b.size());
        if (longer == 0) {
            return claim.equals(other.claim) ? 1 : 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.remove(w)) {
                common++;
            }
        }
        return (double) common / longer;
    }

    /**
     * The form every anchor text is kept in: Unicode NFKC, typographic quotes and dashes made plain,
     * whitespace runs (line breaks included) collapsed to one space, trimmed. Re-wrapping a
     * paragraph or a quote style change is not an edit of the claim.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201A\u2032]", "'")
                .replaceAll("[\u201C\u201D\u201E\u2033\u00AB\u00BB]", "\"")
                .replaceAll("[\u2012\u2013\u2014\u2015]", "-");
        return s.replaceAll("\\s+", " ").trim();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static int clamp(int offset, String text) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
