package factcheck.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import factcheck.core.article.ArticleFormatException;
import factcheck.core.article.ArticleParser;
import factcheck.core.findings.Category;
import factcheck.core.findings.Finding;
import factcheck.core.findings.Fix;
import factcheck.core.rules.Suppressions;

/**
 * The workbench's quick fixes as code actions: each finding's own fixes, "Insert [SOURCE?]" for
 * claims and missing or vague sources, and switching the rule off for the line or the file with the
 * article's own suppression comments. Edits are versioned, so a client applies them only to the
 * text they were computed for.
 */
final class CodeActions {

    static final String PLACEHOLDER = "[SOURCE?]";

    private CodeActions() {
    }

    /** The actions of every finding whose range meets {@code range}. */
    static List<Either<Command, CodeAction>> at(OpenArticle doc, CheckedArticle checked, Range range,
            boolean versioned) {
        int[] wanted = checked.positions().offsets(range);
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        for (Finding f : checked.findings()) {
            if (f.start() <= wanted[1] && wanted[0] <= f.end() && !ArticleChecks.FORMAT_RULE.equals(f.ruleId())) {
                for (CodeAction a : of(doc, checked, f, versioned)) {
                    actions.add(Either.forRight(a));
                }
            }
        }
        return actions;
    }

    static List<CodeAction> of(OpenArticle doc, CheckedArticle checked, Finding f, boolean versioned) {
        Diagnostic diagnostic = Diagnostics.of(doc.uri(), checked, f);
        Edits edits = new Edits(doc.uri(), checked, versioned);
        List<CodeAction> actions = new ArrayList<>();
        boolean first = true;
        for (Fix fix : f.fixes()) {
            CodeAction a = action(fix.label(), diagnostic, edits.replace(fix.start(), fix.end(), fix.replacement()));
            a.setIsPreferred(first);
            first = false;
            actions.add(a);
        }
        if (needsSource(f)) {
            actions.add(action("Insert " + PLACEHOLDER, diagnostic, edits.replace(f.end(), f.end(), " " + PLACEHOLDER)));
        }
        int lineEnd = checked.positions().lineEnd(checked.positions().position(f.start()).getLine());
        actions.add(action("Disable rule " + f.ruleId() + " for this line", diagnostic,
                edits.replace(lineEnd, lineEnd, " " + lineComment(doc.languageId(), f.ruleId()))));
        if (!Suppressions.of(checked.text()).disablesForArticle(f.ruleId())) {
            int at = bodyStart(checked.text());
            actions.add(action("Disable rule " + f.ruleId() + " for this file", diagnostic,
                    edits.replace(at, at, Suppressions.comment(f.ruleId()) + lineBreak(checked.text()))));
        }
        return actions;
    }

    /** Claims, and rules about missing or vague sources (as the workbench decides). */
    static boolean needsSource(Finding f) {
        String rule = f.ruleId().toLowerCase(Locale.ROOT);
        return f.category() == Category.CLAIM || rule.contains("unsourced") || rule.contains("vague-source")
                || rule.contains("unattributed");
    }

    /** {@code factcheck-disable-line}: an HTML comment in articles and Markdown, brackets in plain text. */
    static String lineComment(String languageId, String ruleId) {
        return "plaintext".equals(languageId) ? "[factcheck-disable-line " + ruleId + "]"
                : "<!-- factcheck-disable-line " + ruleId + " -->";
    }

    /** Where the body starts: the header line or front matter holds the dateline and stays first. */
    private static int bodyStart(String text) {
        try {
            return ArticleParser.parse("fix", text).body().start();
        } catch (ArticleFormatException e) {
            return 0;
        }
    }

    private static String lineBreak(String text) {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    private static CodeAction action(String title, Diagnostic diagnostic, WorkspaceEdit edit) {
        CodeAction a = new CodeAction(title);
        a.setKind(CodeActionKind.QuickFix);
        a.setDiagnostics(List.of(diagnostic));
        a.setEdit(edit);
        return a;
    }

    /** Workspace edits of one document version. */
    private record Edits(String uri, CheckedArticle checked, boolean versioned) {

        WorkspaceEdit replace(int start, int end, String text) {
            TextEdit edit = new TextEdit(checked.positions().range(start, end), text);
            if (versioned) {
                return new WorkspaceEdit(List.of(Either.forLeft(new TextDocumentEdit(
                        new VersionedTextDocumentIdentifier(uri, checked.version()), List.of(Either.forLeft(edit))))));
            }
            return new WorkspaceEdit(Map.of(uri, List.of(edit)));
        }
    }
}
