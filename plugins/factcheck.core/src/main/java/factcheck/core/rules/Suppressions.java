package factcheck.core.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import factcheck.core.article.LineMap;
import factcheck.core.findings.Finding;

/**
 * Inline suppressions written in the article by its editor, honoured by every pack:
 * <ul>
 * <li>{@code <!-- factcheck-disable RULE-ID [RULE-ID ...] -->} (Markdown/HTML comment) or
 * {@code [factcheck-disable RULE-ID ...]} (plain text): the rules are off for the whole article;</li>
 * <li>{@code factcheck-disable-line RULE-ID ...} in either form: off on the line holding the comment.</li>
 * </ul>
 * {@code *} stands for every rule. Rule ids are separated by spaces or commas.
 */
public final class Suppressions {

    // Bounded, non-nested quantifiers only: the ids part cannot backtrack catastrophically.
    private static final Pattern DIRECTIVE = Pattern.compile(
            "(?:<!--|\\[)[ \\t]*factcheck-disable(-line)?[ \\t]+([\\w.*,\\- \\t]{1,500}?)[ \\t]*(?:-->|\\])");

    private final Set<String> article;
    private final List<LineRule> lines;

    private record LineRule(int line, Set<String> rules) {
    }

    private Suppressions(Set<String> article, List<LineRule> lines) {
        this.article = article;
        this.lines = lines;
    }

    public static Suppressions of(String text) {
        Set<String> article = new HashSet<>();
        List<LineRule> lines = new ArrayList<>();
        LineMap map = null;
        Matcher m = DIRECTIVE.matcher(text);
        while (m.find()) {
            Set<String> ids = new HashSet<>(List.of(m.group(2).trim().split("[\\s,]+")));
            if (m.group(1) == null) {
                article.addAll(ids);
            } else {
                if (map == null) {
                    map = new LineMap(text);
                }
                lines.add(new LineRule(map.line(m.start()), ids));
            }
        }
        return new Suppressions(article, lines);
    }

    /** The comment that switches a rule off for the whole article (what the workbench's quick fix inserts). */
    public static String comment(String ruleId) {
        return "<!-- factcheck-disable " + ruleId + " -->";
    }

    /** Whether the rule is off for the whole article. */
    public boolean disablesForArticle(String ruleId) {
        return article.contains("*") || article.contains(ruleId);
    }

    public boolean isEmpty() {
        return article.isEmpty() && lines.isEmpty();
    }

    /** Whether the editor switched this finding off in the text. */
    public boolean suppresses(Finding f) {
        if (article.contains("*") || article.contains(f.ruleId())) {
            return true;
        }
        for (LineRule l : lines) {
            if (l.line() == f.line() && (l.rules().contains("*") || l.rules().contains(f.ruleId()))) {
                return true;
            }
        }
        return false;
    }

    /** The findings the text does not suppress. */
    public List<Finding> filter(List<Finding> findings) {
        return isEmpty() ? findings : findings.stream().filter(f -> !suppresses(f)).toList();
    }
}
