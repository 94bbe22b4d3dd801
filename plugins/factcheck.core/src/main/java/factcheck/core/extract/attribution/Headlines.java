package factcheck.core.extract.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Headlines that give someone's words after their name and a colon: "Okafor: Lagos Has To Move
 * Faster", "Harbour Board: Ferry Fares Will Rise". News sites write such headlines in title case,
 * where the tagger's parts of speech are unreliable ("Okafor/ADP"), so the name is read from its
 * capitals: one to {@link #MAX_WORDS} capitalised words opening the sentence (a transcript's "ANA
 * RUIZ:" too, but not three words all in capitals), not opened by an article ("The Latest:") and not
 * one of the labels news sites put before a colon, nor ending in one ("UPDATE:", "Delegate Update:").
 */
final class Headlines {

    /** "Sen. Maria Lopez Ruiz:" is four words. */
    private static final int MAX_WORDS = 4;
    /** How many words the headline must have after the colon: a name and a label are not a claim. */
    private static final int MIN_WORDS_AFTER = 3;
    /** Labels written before a colon that are no speaker. */
    private static final Set<String> LABELS = Set.of("note", "editor's note", "update", "updated", "watch", "video",
            "photos", "photo", "read", "related", "breaking", "exclusive", "analysis", "opinion", "listen", "live",
            "correction", "clarification", "source", "sources", "credit", "transcript", "explainer", "fact check",
            "news", "live updates", "factbox", "timeline", "q", "a", "answer", "question", "remember", "previously",
            "also", "plus", "bonus", "warning", "daily", "image", "images", "picture", "pictures", "pictured",
            "caption", "map", "graphic", "file", "illustration", "audio", "above", "below", "left", "right");

    private Headlines() {
    }

    /** Whether words [start, colon) name the speaker of a headline whose words follow the colon. */
    static boolean speakerColon(List<Word> ws, int start, int colon, int to) {
        int n = colon - start;
        if (n < 1 || n > MAX_WORDS || wordsAfter(ws, colon + 1, to) < MIN_WORDS_AFTER || "DET".equals(ws.get(start).pos())
                || ws.get(start).is("the")) {
            return false;
        }
        boolean allCaps = true;
        StringBuilder label = new StringBuilder();
        for (int i = start; i < colon; i++) {
            String t = ws.get(i).text();
            if (!Character.isUpperCase(t.charAt(0)) && !ws.get(i).is("'s") && !ws.get(i).is("\u2019s")
                    && !t.equals(".") || t.chars().anyMatch(Character::isDigit)) {
                return false;
            }
            allCaps &= t.length() > 1 && t.equals(t.toUpperCase(Locale.ROOT));
            label.append(label.isEmpty() ? "" : " ").append(t.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        }
        // a transcript's speaker is written in capitals ("ANA RUIZ: We will"), a label too ("FIX IS IN:")
        String last = ws.get(colon - 1).lower();
        if (allCaps && n > 2 || LABELS.contains(label.toString()) || LABELS.contains(last)) {
            return false;
        }
        // the headline goes on in words, not a time or a number: "Update: 6:05 p.m."
        Word first = ws.get(colon + 1);
        return first.text().chars().anyMatch(Character::isLetter) || first.punctuation();
    }

    /** Words that are not punctuation in [from, to): "Image: Ana Lie." has two. */
    private static int wordsAfter(List<Word> ws, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += ws.get(i).punctuation() ? 0 : 1;
        }
        return n;
    }
}
