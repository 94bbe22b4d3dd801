package factcheck.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import factcheck.core.CheckResult;
import factcheck.core.FactChecker;
import factcheck.core.article.Article;
import factcheck.core.article.ArticleFormatException;
import factcheck.core.article.ArticleParser;
import factcheck.core.findings.Category;
import factcheck.core.findings.Finding;
import factcheck.core.findings.Severity;
import factcheck.core.ledger.AnchorMatcher;
import factcheck.core.ledger.Ledger;
import factcheck.core.ledger.LedgerFormatException;
import factcheck.core.ledger.LedgerRow;
import factcheck.core.ledger.LedgerStatus;
import factcheck.core.ledger.LedgerStore;
import factcheck.core.ledger.LedgerSubjects;
import factcheck.core.rules.CompiledPack;

/**
 * Checks one document version as the workbench checks an editor's text: the configured dateline
 * override and rule settings, suppression comments (the engine honours them), an unparseable
 * article turned into one finding, and the article's ledger
 * ({@code .factcheck/<name>.ledger.json} beside it) lowering or hiding verified claims.
 */
final class ArticleChecks {

    /** Rule id of the finding for a malformed header or front matter (the workbench's id). */
    static final String FORMAT_RULE = "article.format";

    private final FactChecker checker;
    private final ServerPacks packs;
    private final Consumer<String> report;

    ArticleChecks(FactChecker checker, ServerPacks packs, Consumer<String> report) {
        this.checker = checker;
        this.packs = packs;
        this.report = report;
    }

    CheckedArticle check(OpenArticle.Snapshot doc, Path workspaceFolder, ServerSettings settings) {
        TextPositions positions = new TextPositions(doc.text());
        String name = doc.path() == null ? doc.uri() : doc.path().toString();
        Article article;
        try {
            article = ArticleParser.parse(name, doc.text(), settings.dateline());
        } catch (ArticleFormatException e) {
            return new CheckedArticle(doc.version(), doc.text(), positions, null,
                    List.of(formatFinding(doc.text(), positions, e)), List.of(), List.of());
        }
        List<CompiledPack> compiled = packs.packsFor(workspaceFolder, settings.trustWorkspaceRules());
        CheckResult result = checker.check(article, compiled, settings.rules());
        result.problems().forEach(p -> report.accept(name + ": rule " + p.ruleId() + " of pack " + p.packId() + ": "
                + p.message()));
        List<LedgerRow> rows = ledgerRows(doc.path(), result);
        return new CheckedArticle(doc.version(), doc.text(), positions, result,
                withVerdicts(result.findings(), rows, settings.verifiedClaims()), rows, compiled);
    }

    private List<LedgerRow> ledgerRows(Path article, CheckResult result) {
        if (article == null || !Files.isRegularFile(LedgerStore.fileFor(article))) {
            return List.of();
        }
        try {
            Ledger ledger = LedgerStore.read(LedgerStore.fileFor(article));
            return AnchorMatcher.match(ledger, LedgerSubjects.of(result));
        } catch (LedgerFormatException e) {
            report.accept(article + ": unreadable ledger: " + e.getMessage());
        } catch (IOException e) {
            report.accept(article + ": cannot read the ledger: " + e.getMessage());
        }
        return List.of();
    }

    /** Verified claims lowered to information or hidden, as the workbench's markers are. */
    static List<Finding> withVerdicts(List<Finding> findings, List<LedgerRow> rows, ServerSettings.VerifiedClaims mode) {
        if (rows.isEmpty() || mode == ServerSettings.VerifiedClaims.KEEP) {
            return findings;
        }
        Set<String> verified = new HashSet<>();
        for (LedgerRow r : rows) {
            if (r.subject() != null && r.checked() && r.status() == LedgerStatus.VERIFIED) {
                verified.add(r.subject().finding().key());
            }
        }
        List<Finding> shown = new ArrayList<>();
        for (Finding f : findings) {
            if (!verified.contains(f.key())) {
                shown.add(f);
            } else if (mode == ServerSettings.VerifiedClaims.LOWER) {
                shown.add(new Finding(f.ruleId(), f.packId(), f.category(), Severity.INFO,
                        f.message() + " (verified in the ledger)", f.start(), f.end(), f.line(), f.column(), f.fixes(),
                        f.related()));
            }
        }
        return shown;
    }

    private static Finding formatFinding(String text, TextPositions positions, ArticleFormatException e) {
        int at = Math.clamp(e.offset(), 0, text.length());
        int end = Math.min(text.length(), at + 1);
        var p = positions.position(at);
        return new Finding(FORMAT_RULE, "factcheck.lsp", Category.DATE, Severity.ERROR, e.getMessage(), at, end,
                p.getLine() + 1, p.getCharacter() + 1, List.of());
    }
}
