package factcheck.lsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;

import com.google.gson.JsonObject;

import factcheck.core.findings.Finding;
import factcheck.core.findings.Related;

/**
 * Findings as LSP diagnostics: the rule id as {@code code}, a {@code codeDescription} link that the
 * server itself explains ({@link RuleExplanations}), {@code source} "factcheck", the related places as
 * related information, and the finding's key in {@code data} so code actions find their finding.
 */
final class Diagnostics {

    static final String SOURCE = "factcheck";

    private Diagnostics() {
    }

    static List<Diagnostic> of(String uri, CheckedArticle checked) {
        List<Diagnostic> result = new ArrayList<>();
        for (Finding f : checked.findings()) {
            result.add(of(uri, checked, f));
        }
        return result;
    }

    static Diagnostic of(String uri, CheckedArticle checked, Finding f) {
        Diagnostic d = new Diagnostic(checked.positions().range(f.start(), f.end()), f.message(), severity(f), SOURCE,
                f.ruleId());
        d.setCodeDescription(new DiagnosticCodeDescription(RuleExplanations.uri(f.ruleId())));
        List<DiagnosticRelatedInformation> related = new ArrayList<>();
        for (Related r : f.related()) {
            related.add(new DiagnosticRelatedInformation(new Location(uri, checked.positions().range(r.start(), r.end())),
                    r.label() + ": \"" + snippet(checked.text(), r.start(), r.end()) + "\""));
        }
        if (!related.isEmpty()) {
            d.setRelatedInformation(related);
        }
        JsonObject data = new JsonObject();
        data.addProperty("key", f.key());
        d.setData(data);
        return d;
    }

    static DiagnosticSeverity severity(Finding f) {
        return switch (f.severity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }

    static String snippet(String text, int start, int end) {
        String s = start >= 0 && end <= text.length() && start <= end ? text.substring(start, end) : "";
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
