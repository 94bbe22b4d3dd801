package factcheck.core.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The context of a word that neither the hand-written cue verbs nor the cue lexicon know, as the
 * learned cue model ({@link LearnedCues}) reads it: the word, its rough stem and tag, the words and
 * tags around it, what follows ("that", "to", a colon, a quotation), what kind of subject stands
 * before it. The same code makes the features the model was trained on ({@link CueCandidatesMain})
 * and the ones it scores at run time, so what was learned is what runs.
 */
final class CueFeatures {

    /** Tags of the words the model is asked about: a cue is a verb, a noun or an adjective ("critical of"). */
    private static final Set<String> CANDIDATE_POS = Set.of("VERB", "NOUN", "ADJ", "AUX");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "who", "it", "you");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "'s");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my");

    private CueFeatures() {
    }

    /** Whether word {@code i} of the segment is one the model decides on: a word with letters, tagged as a content word. */
    static boolean candidate(Segment seg, int i) {
        Word w = seg.words().get(i);
        return CANDIDATE_POS.contains(w.pos()) && w.text().length() > 1
                && w.text().chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '\u2019')
                && !BE.contains(key(w));
    }

    /** Whether a known cue (a hand-written verb, a lexicon entry or a quotation frame) is at word i: the model is not asked there. */
    static boolean known(Segment seg, int i) {
        Word w = seg.words().get(i);
        return CueVerbs.lookup(w.text()).isPresent() || CueLexicon.at(seg.words(), seg.from(), seg.to(), i) != null
                || QuoteFrame.verbAt(seg, i);
    }

    /** The features of word {@code i} of the segment, each a readable "name=value". */
    static List<String> of(Segment seg, int i) {
        List<Word> ws = seg.words();
        int from = seg.from();
        int to = seg.to();
        Word w = ws.get(i);
        String word = key(w);
        String stem = stem(word);
        List<String> f = new ArrayList<>(40);
        f.add("bias");
        f.add("w=" + word);
        f.add("stem=" + stem);
        f.add("pos=" + w.pos());
        f.add("stem|pos=" + stem + "|" + w.pos());
        f.add("suf=" + suffix(word));
        String prev = at(ws, from, to, i - 1);
        String prev2 = at(ws, from, to, i - 2);
        String next = at(ws, from, to, i + 1);
        String next2 = at(ws, from, to, i + 2);
        f.add("w-1=" + prev);
        f.add("w+1=" + next);
        f.add("w-2=" + prev2);
        f.add("w+2=" + next2);
        f.add("p-1=" + tag(ws, from, to, i - 1));
        f.add("p+1=" + tag(ws, from, to, i + 1));
        f.add("p-2=" + tag(ws, from, to, i - 2));
        f.add("p+2=" + tag(ws, from, to, i + 2));
        f.add("stem|w+1=" + stem + "|" + next);
        f.add("stem|w-1=" + stem + "|" + prev);
        f.add("stem|p+1=" + stem + "|" + tag(ws, from, to, i + 1));
        f.add("stem|p-1=" + stem + "|" + tag(ws, from, to, i - 1));
        f.add("w-1|w=" + prev + "|" + word);
        String subject = subject(ws, from, i);
        f.add("subj=" + subject);
        f.add("stem|subj=" + stem + "|" + subject);
        String object = object(ws, to, i);
        f.add("obj=" + object);
        f.add("stem|obj=" + stem + "|" + object);
        f.add("start=" + bucket(i - from));
        f.add("end=" + bucket(to - 1 - i));
        boolean quoteNext = seg.next() != null && to - i <= 4;
        boolean quotePrev = seg.prev() != null && i - from <= 4;
        f.add("quote=" + (quotePrev ? "prev" : "") + (quoteNext ? "next" : ""));
        if (quoteNext || quotePrev) {
            f.add("stem|quote=" + stem + "|" + quotePrev + quoteNext);
        }
        f.add("group=" + LearnedCues.groupOf(word).name());
        return f;
    }

    /** What stands before the word in its clause: a pronoun, a name, a possessive, a document noun, a noun, none. */
    private static String subject(List<Word> ws, int from, int i) {
        int k = i - 1;
        while (k >= from && (ws.get(k).verb() || "ADV".equals(ws.get(k).pos()) || "PART".equals(ws.get(k).pos()))
                && k > i - 4) {
            k--; // "has long wanted", "did not want"
        }
        if (k < from) {
            return "start";
        }
        Word s = ws.get(k);
        if (PRONOUNS.contains(key(s))) {
            return "pron";
        }
        if (s.possessive() || POSSESSIVES.contains(key(s))) {
            return "poss";
        }
        if (CueLexicon.documentNoun(s)) {
            return "doc";
        }
        if ("PROPN".equals(s.pos())) {
            return "name";
        }
        if ("NOUN".equals(s.pos())) {
            return "noun";
        }
        if ("DET".equals(s.pos())) {
            return "det";
        }
        if (s.punctuation()) {
            return "punct:" + s.text();
        }
        return "other:" + s.pos();
    }

    /** What follows the word: "that", "to", a colon, a comma, a name, a noun, the end. */
    private static String object(List<Word> ws, int to, int i) {
        int k = i + 1;
        if (k >= to) {
            return "end";
        }
        Word o = ws.get(k);
        String t = key(o);
        if (t.equals("that") || t.equals("to") || t.equals(":") || t.equals(",") || t.equals("for") || t.equals("of")
                || t.equals("about") || t.equals("in") || t.equals("on") || t.equals("with")) {
            return t;
        }
        if (o.punctuation()) {
            return "punct";
        }
        return o.pos();
    }

    private static String at(List<Word> ws, int from, int to, int i) {
        return i < from ? "<s>" : i >= to ? "</s>" : key(ws.get(i));
    }

    private static String tag(List<Word> ws, int from, int to, int i) {
        return i < from ? "<s>" : i >= to ? "</s>" : ws.get(i).pos();
    }

    private static String bucket(int n) {
        return n <= 2 ? Integer.toString(n) : n <= 5 ? "3-5" : "6+";
    }

    private static String suffix(String word) {
        return word.length() <= 3 ? word : word.substring(word.length() - 3);
    }

    /** A rough stem: "wants", "wanted", "wanting" → "want"; "supports" → "support". */
    static String stem(String word) {
        for (String end : new String[] {"ing", "ed", "es", "s"}) {
            if (word.length() > end.length() + 2 && word.endsWith(end)) {
                String s = word.substring(0, word.length() - end.length());
                if (end.equals("es") && !s.endsWith("s") && !s.endsWith("x") && !s.endsWith("ch") && !s.endsWith("sh")) {
                    return s + "e"; // "hopes" → "hope", "boxes" → "box"
                }
                return s;
            }
        }
        return word;
    }

    /** The word as the model knows it: lower case, a typographic apostrophe written ', blanks written _. */
    static String key(Word w) {
        String k = w.lower().replace('\u2019', '\'');
        // called for every word around every candidate: no regular expression unless a blank is there
        for (int c = 0; c < k.length(); c++) {
            if (" \t\n\u000B\f\r".indexOf(k.charAt(c)) >= 0) {
                return k.replaceAll("\\s", "_");
            }
        }
        return k;
    }
}
