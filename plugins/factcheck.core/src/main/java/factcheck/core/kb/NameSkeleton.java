package factcheck.core.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A transliteration-tolerant form of a name, for when the name as written is not listed exactly:
 * "Volodymyr Zelensky" for "Volodymyr Zelenskyy", "Alexander Lukashenko" for "Aleksandr
 * Lukashenko", "Abdel Fattah el-Sisi" for "Abdul Fatah Khalil al-Sisi". Each word keeps its first
 * letter and its consonants, with "ks" read as "x" and doubled letters single; particles ("al",
 * "el", "bin") are left out. Two names agree when their first and last words agree and the other
 * written words appear, in order, among the listed name's middle words.
 */
final class NameSkeleton {

    private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "bin", "ibn", "bint");

    private NameSkeleton() {
    }

    /** The skeleton words of a name key ("volodymyr zelensky" → [vldmr, zlnsk]). */
    static List<String> of(String nameKey) {
        List<String> words = new ArrayList<>();
        for (String w : nameKey.split(" ")) {
            if (!w.isEmpty() && !PARTICLES.contains(w)) {
                words.add(word(w));
            }
        }
        return words;
    }

    /** The index key: first and last skeleton words, or null for a one-word name. */
    static String ends(List<String> skeleton) {
        return skeleton.size() < 2 ? null : skeleton.get(0) + " " + skeleton.get(skeleton.size() - 1);
    }

    /** Whether the written name's middle words appear in order among the listed name's. */
    static boolean middleFits(List<String> written, List<String> listed) {
        int at = 1;
        for (int i = 1; i < written.size() - 1; i++) {
            while (at < listed.size() - 1 && !listed.get(at).equals(written.get(i))) {
                at++;
            }
            if (at >= listed.size() - 1) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static String word(String w) {
        String s = w.replace("ks", "x").replace("kh", "h").replace("ph", "f");
        StringBuilder b = new StringBuilder().append(s.charAt(0));
        char prev = s.charAt(0);
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("aeiouy".indexOf(c) < 0 && c != prev) {
                b.append(c);
            }
            prev = "aeiouy".indexOf(c) < 0 ? c : prev;
        }
        return b.toString();
    }
}
