package factcheck.core.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import factcheck.core.nlp.Sentence;
import factcheck.core.nlp.Token;

/**
 * Reads the tense governing an expression from the nearest tense-bearing token of its sentence.
 * The tagger gives Universal Dependencies tags without VBD/VBZ, so tense comes from word forms:
 * a verb whose form differs from its lemma and does not end in -s or -ing is past ("met",
 * "resigned"); "had", "was", "were", "did" are past; "will", "would", "shall", "might", "may"
 * (as AUX) and "going to" are future; "is", "are", "says" are present. Base forms carry no tense
 * of their own, so "will vote" reads as future from "will". A marker to the right counts as one
 * token further than one to the left, so the clause an expression sits in usually wins.
 */
final class TenseReader {

    private static final Set<String> PAST = Set.of("had", "was", "were", "did", "'d", "’d");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "’ll", "shall", "would", "might", "wo",
            "gonna", "must", "should");
    private static final Set<String> INTENT = Set.of("going", "plans", "planned", "expected", "scheduled", "set",
            "due", "poised", "slated", "expects", "plan", "intends", "hopes", "aims", "wants");
    private static final Set<String> PRESENT = Set.of("is", "are", "am", "'s", "’s", "'re", "’re", "does", "do",
            "can");
    /** Marks that end a clause for certain (commas do not: "to admit Poland, Hungary and ..."). */
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":", "!", "?");
    /** Verbs whose infinitive happens when they do: "declined to comment", "began to fall" (lemmas). */
    private static final Set<String> SAME_TIME = Set.of("decline", "refuse", "fail", "try", "begin", "start",
            "continue", "manage", "attempt", "appear", "seem", "use", "happen", "come", "go", "have", "get",
            "cease", "stop", "rush", "hurry", "struggle", "help", "be", "need", "want", "like", "love", "hate",
            "dare", "tend", "vow", "threaten");
    private static final Set<String> PARTICIPLE_TAKERS = Set.of("is", "are", "am", "be", "been", "being", "'re",
            "’re", "was", "were", "will", "would", "get", "gets", "got");

    /** Past participles spelt as their base form, which the lemma test cannot tell apart. */
    private static final Set<String> SAME_FORM_PARTICIPLES = Set.of("set", "hit", "cut", "put", "shut");

    private final SentenceIndex index;

    TenseReader(SentenceIndex index) {
        this.index = index;
    }

    /** Index of the sentence holding {@code offset}, or -1. */
    int sentenceIndexOf(int offset) {
        Sentence s = index.sentenceAt(offset);
        return s == null ? -1 : s.index();
    }

    Tense tenseOf(int start, int end) {
        Sentence s = index.sentenceAt(start);
        if (s == null) {
            return Tense.UNKNOWN;
        }
        Tense t = participleBefore(s, start);
        if (t == Tense.UNKNOWN) {
            t = nearest(s, start, end, true);
        }
        Sentence before = index.before(s);
        if (t == Tense.UNKNOWN && before != null && endsInAbbreviation(before)) {
            // The sentence detector splits after "Jan." in "on Jan. 6 or in March"; read on.
            return nearest(before, before.end(), before.end(), false);
        }
        return t;
    }

    /**
     * A past participle the tagger calls an adjective, right before the expression or one preposition
     * before it: "the decision, announced Wednesday," and "a ruling issued on Tuesday" report a past
     * act whatever the clause around them plans; "a vote scheduled Friday" looks ahead instead.
     */
    private static Tense participleBefore(Sentence s, int start) {
        List<Token> tokens = s.tokens();
        int k = SentenceIndex.tokenIndexAt(s, start) - 1;
        if (k >= 1 && "ADP".equals(tokens.get(k).pos())) {
            k--;
        }
        if (k >= 1 && sameFormParticiple(tokens, k)) {
            return Tense.PAST;
        }
        if (k < 1 || !"ADJ".equals(tokens.get(k).pos())) {
            return Tense.UNKNOWN;
        }
        String word = tokens.get(k).text().toLowerCase(Locale.ROOT);
        String lemma = tokens.get(k).lemma().toLowerCase(Locale.ROOT);
        if (!word.endsWith("ed") || word.equals(lemma) || INTENT.contains(word)) {
            return Tense.UNKNOWN;
        }
        return Tense.PAST;
    }

    /**
     * "its record high set on Aug. 6", "a low hit in March": a participle that looks like its base
     * form, right after a noun or adjective with no auxiliary, heads a reduced relative that reports
     * a past act. A preposition must come between ("a vote set for Friday" is the lexicon's cue, and
     * "prices set Friday" may still be a finite verb).
     */
    private static boolean sameFormParticiple(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        String word = t.text().toLowerCase(Locale.ROOT);
        if (!SAME_FORM_PARTICIPLES.contains(word) || !"ADP".equals(tokens.get(k + 1).pos())
                || "for".equalsIgnoreCase(tokens.get(k + 1).text())) {
            return false;
        }
        String before = tokens.get(k - 1).pos();
        return "NOUN".equals(before) || "ADJ".equals(before) || "ADV".equals(before) && k >= 2
                && "NOUN".equals(tokens.get(k - 2).pos());
    }

    private static boolean endsInAbbreviation(Sentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty()) {
            return false;
        }
        String last = tokens.get(tokens.size() - 1).text();
        return last.length() > 1 && last.length() <= 5 && last.endsWith(".");
    }

    /** {@code own}: the expression is in {@code s}, so an infinitive before it may govern it. */
    private static Tense nearest(Sentence s, int start, int end, boolean own) {
        List<Token> tokens = s.tokens();
        int first = SentenceIndex.tokenIndexAt(s, start);
        int last = SentenceIndex.tokenIndexAt(s, Math.max(start, end - 1));
        if (own && infinitiveBefore(tokens, first) >= 0) {
            return Tense.UNKNOWN; // the clause is the infinitive's, which has no tense
        }
        Tense best = Tense.UNKNOWN;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = 0; k < tokens.size(); k++) {
            if (k >= first && k <= last) {
                continue;
            }
            int distance = k < first ? first - k : k - last + 1;
            if (distance >= bestDistance) {
                continue;
            }
            Tense t = marker(tokens, k);
            if (t != Tense.UNKNOWN) {
                best = t;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The nearest infinitive left of token {@code first} with no tense marker between them, or -1:
     * "subpoenaed him to testify on Feb. 10", "has decided to admit them in early March". The date
     * belongs to the infinitive's event, which lies after the finite verb's, so that verb's tense
     * does not place it. Infinitives that share their verb's time ("declined to comment Tuesday",
     * "began to fall in March") or state a plan ("is scheduled to vote Friday") do not count.
     */
    private static int infinitiveBefore(List<Token> tokens, int first) {
        for (int k = first - 1; k >= 2; k--) {
            Token t = tokens.get(k);
            if (marker(tokens, k) != Tense.UNKNOWN || sentenceEnd(tokens, k)) {
                return -1; // a tense, or the end of a sentence the splitter missed, comes first
            }
            // "to" as the infinitive marker (PART), before a verb in lower case: "flew to Magnitogorsk"
            // is a place the tagger may still call a verb.
            if (!t.isVerb() || !is(tokens, k - 1, "to") || !"PART".equals(tokens.get(k - 1).pos())
                    || Character.isUpperCase(t.text().charAt(0))) {
                continue;
            }
            String head = tokens.get(k - 2).text().toLowerCase(Locale.ROOT);
            boolean sameTime = SAME_TIME.contains(tokens.get(k - 2).lemma().toLowerCase(Locale.ROOT));
            String word = t.text().toLowerCase(Locale.ROOT);
            if (word.equals(t.lemma().toLowerCase(Locale.ROOT)) && !sameTime && !INTENT.contains(head)
                    && !"AUX".equals(t.pos())) {
                return k;
            }
            return -1;
        }
        return -1;
    }

    /** "." or ";" at token {@code k}, or "1994." before a capital: "dating to 1994. In January ...". */
    private static boolean sentenceEnd(List<Token> tokens, int k) {
        String text = tokens.get(k).text();
        if (CLAUSE_ENDS.contains(text)) {
            return true;
        }
        return text.length() > 1 && text.endsWith(".") && k + 1 < tokens.size()
                && Character.isUpperCase(tokens.get(k + 1).text().charAt(0));
    }

    static Tense marker(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!t.isVerb()) {
            return Tense.UNKNOWN;
        }
        String word = t.text().toLowerCase(Locale.ROOT);
        if (FUTURE.contains(word) || ("may".equals(word) && "AUX".equals(t.pos()))) {
            return Tense.FUTURE;
        }
        if (INTENT.contains(word) && k + 1 < tokens.size() && "to".equalsIgnoreCase(tokens.get(k + 1).text())) {
            // "had been scheduled to expire Friday": a plan that was overtaken lies in the past.
            return pastPerfect(tokens, k) ? Tense.PAST : Tense.FUTURE;
        }
        if (PAST.contains(word)) {
            return Tense.PAST;
        }
        if (PRESENT.contains(word)) {
            return Tense.PRESENT;
        }
        if (word.equals("has") || word.equals("have")) {
            // The present perfect reports finished events: "has resigned" reads as past.
            return "AUX".equals(t.pos()) ? Tense.PAST : Tense.PRESENT;
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (word.equals(lemma) || word.endsWith("ing")) {
            return Tense.UNKNOWN;
        }
        if (word.endsWith("s")) {
            return Tense.PRESENT;
        }
        return afterParticipleTaker(tokens, k) ? Tense.UNKNOWN : Tense.PAST;
    }

    private static boolean pastPerfect(List<Token> tokens, int k) {
        return is(tokens, k - 1, "had") || is(tokens, k - 1, "been") && is(tokens, k - 2, "had");
    }

    private static boolean is(List<Token> tokens, int k, String lower) {
        return k >= 0 && tokens.get(k).text().equalsIgnoreCase(lower);
    }

    /** "was elected", "will be held": the participle's tense is its auxiliary's. */
    private static boolean afterParticipleTaker(List<Token> tokens, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            Token t = tokens.get(j);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (PARTICIPLE_TAKERS.contains(w) || w.equals("has") || w.equals("have") || w.equals("had")) {
                return true;
            }
            if (!"ADV".equals(t.pos()) && !"PART".equals(t.pos())) {
                return false;
            }
        }
        return false;
    }
}
