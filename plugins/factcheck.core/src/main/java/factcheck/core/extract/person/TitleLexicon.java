package factcheck.core.extract.person;

import java.util.List;
import java.util.Optional;

/**
 * The office titles and country modifiers the person finder recognises. The finder only asks these
 * questions, so a knowledge base with its own title lexicon can stand in for the
 * {@linkplain #standard() built-in table}.
 */
public interface TitleLexicon {

    /**
     * The normalised title named by these words exactly as written (case as in the text, possessive
     * and curly apostrophes already removed), e.g. ["Sen."] or ["Sen"] → "Senator", ["foreign",
     * "minister"] → "Foreign Minister", ["Secretary", "of", "Defense"] → "Secretary of Defense".
     * Plural forms are not titles here; the finder singularises before asking.
     */
    Optional<String> title(List<String> words);

    /** The most words {@link #title} can accept, bounding the finder's longest-match search. */
    int maxTitleWords();

    /**
     * The country a modifier names: "U.S.", "US", "American" → "US"; "Chinese", "China" → "China";
     * "United Kingdom" → "UK". Possessives are removed before asking.
     */
    Optional<String> country(String modifier);

    /** Whether holders of this normalised title are what a text calls its country's "leader". */
    boolean isLeader(String title);

    /** The built-in table. */
    static TitleLexicon standard() {
        return StandardTitleLexicon.INSTANCE;
    }
}
