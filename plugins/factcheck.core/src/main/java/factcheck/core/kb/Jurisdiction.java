package factcheck.core.kb;

import java.util.List;

/**
 * A country or international organisation that offices belong to, with the words news uses to
 * qualify a title: names ("China", "the United States") and adjectives ("Chinese", "U.S.", "American").
 *
 * @param id         short id used by offices ({@code us}, {@code cn}, {@code un})
 * @param name       display name
 * @param names      other names, including abbreviations
 * @param adjectives adjectival forms placed before a title
 * @param file       pack-relative file that defined it
 */
public record Jurisdiction(String id, String name, List<String> names, List<String> adjectives, String file) {

    public Jurisdiction {
        names = List.copyOf(names);
        adjectives = List.copyOf(adjectives);
    }

    /** The adjective to put before a suggested title ("US President"): the first listed, else the name. */
    public String preferredAdjective() {
        return adjectives.isEmpty() ? name : adjectives.get(0);
    }
}
