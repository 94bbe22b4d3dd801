package factcheck.core.kb;

import java.util.List;

/**
 * Bad knowledge-base data. The message lists every problem found, each naming the pack-relative
 * file and the entry ("data/kb/fr.yaml: office fr.president, term 3: bad date '1995-13-01'"), so an
 * editor can fix them all in one pass.
 */
public final class KnowledgeBaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 20;

    private final transient List<String> problems;

    public KnowledgeBaseException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, one line each. */
    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        StringBuilder text = new StringBuilder(problems.size() + " problem(s) in the knowledge base:");
        problems.stream().limit(SHOWN).forEach(p -> text.append("\n  ").append(p));
        if (problems.size() > SHOWN) {
            text.append("\n  ... and ").append(problems.size() - SHOWN).append(" more");
        }
        return text.toString();
    }
}
