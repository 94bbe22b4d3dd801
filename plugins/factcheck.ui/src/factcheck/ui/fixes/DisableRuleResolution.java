package factcheck.ui.fixes;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.edits.InsertEdit;
import org.eclipse.text.edits.TextEdit;

import factcheck.core.article.ArticleFormatException;
import factcheck.core.article.ArticleParser;
import factcheck.core.rules.Suppressions;

/**
 * "Disable rule for this file": inserts {@code <!-- factcheck-disable RULE-ID -->} on its own line at
 * the top of the article's body. Not before the header: the first line ({@code date ...} or
 * front matter) is where the parser looks for the dateline.
 */
final class DisableRuleResolution extends FindingResolution {

    private final String ruleId;

    DisableRuleResolution(String ruleId) {
        this.ruleId = ruleId;
    }

    @Override
    public String getLabel() {
        return "Disable rule " + ruleId + " for this file";
    }

    @Override
    public String getDescription() {
        return "Insert " + Suppressions.comment(ruleId) + " at the top of the article";
    }

    @Override
    boolean fits(IMarker marker) {
        return ruleId.equals(ruleOf(marker));
    }

    @Override
    TextEdit edit(IMarker marker, IDocument document) {
        String text = document.get();
        if (Suppressions.of(text).disablesForArticle(ruleId)) {
            return null;
        }
        int at;
        try {
            at = ArticleParser.parse("fix", text).body().start();
        } catch (ArticleFormatException e) {
            at = 0;
        }
        String delimiter = document.getLegalLineDelimiters()[0];
        String lineEnd = text.contains("\r\n") ? "\r\n" : text.contains("\n") ? "\n" : delimiter;
        return new InsertEdit(at, Suppressions.comment(ruleId) + lineEnd);
    }
}
