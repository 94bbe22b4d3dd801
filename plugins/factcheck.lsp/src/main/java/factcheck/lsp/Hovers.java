package factcheck.lsp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

import factcheck.core.annotation.Annotation;
import factcheck.core.extract.attribution.Attribution;
import factcheck.core.extract.claim.Claim;
import factcheck.core.extract.claim.ClaimFeature;
import factcheck.core.extract.person.PersonMention;
import factcheck.core.extract.quote.Quote;
import factcheck.core.findings.Finding;
import factcheck.core.kb.KnowledgeBase;
import factcheck.core.kb.Term;
import factcheck.core.kb.TitleVerdict;
import factcheck.core.rules.CompiledPack;
import factcheck.core.rules.RuleMetadata;
import factcheck.core.time.TemporalExplanation;
import factcheck.core.time.TemporalExpression;

/**
 * What the engine read at a place, as Markdown: the findings there (message, rule, why), then the
 * evidence: a date's resolved value and its anchor, a titled name's office terms with their
 * sources from the knowledge base, the speaker of a quotation, a sentence's check-worthiness and its
 * features.
 */
final class Hovers {

    private Hovers() {
    }

    /** The hover at {@code offset}, or null when the engine read nothing there. */
    static Hover at(CheckedArticle checked, int offset) {
        StringBuilder b = new StringBuilder();
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (Finding f : checked.findings()) {
            if (covers(f.start(), f.end(), offset)) {
                finding(b, f, checked.packs());
                start = Math.min(start, f.start());
                end = Math.max(end, f.end());
            }
        }
        if (checked.result() != null) {
            List<Annotation> annotations = checked.result().analysis().annotations();
            for (Annotation a : annotations) {
                String text = evidence(a, annotations, checked);
                if (text != null && covers(a.start(), a.end(), offset)) {
                    b.append("- ").append(text).append('\n');
                    start = Math.min(start, a.start());
                    end = Math.max(end, a.end());
                }
            }
        }
        if (end < 0) {
            return null;
        }
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, b.toString().strip()),
                checked.positions().range(start, end));
    }

    private static boolean covers(int start, int end, int offset) {
        return start <= offset && offset < Math.max(end, start + 1);
    }

    private static void finding(StringBuilder b, Finding f, List<CompiledPack> packs) {
        b.append("**").append(f.severity().id()).append("** ").append(f.message()).append("\n\n");
        b.append("Rule `").append(f.ruleId()).append("` (").append(f.packId()).append(", ")
                .append(f.category().id()).append(')');
        RuleMetadata rule = packs.stream().filter(p -> p.pack().id().equals(f.packId()))
                .map(p -> p.pack().rules().get(f.ruleId())).filter(r -> r != null).findFirst().orElse(null);
        if (rule != null) {
            b.append(": ").append(rule.title());
            if (rule.rationale() != null && !rule.rationale().isBlank()) {
                b.append("\n\nWhy: ").append(rule.rationale().strip());
            }
        }
        b.append("\n\n");
    }

    private static String evidence(Annotation a, List<Annotation> all, CheckedArticle checked) {
        return switch (a) {
            case TemporalExpression t -> "Date: " + TemporalExplanation.of(t);
            case Claim c -> claim(c);
            case PersonMention p when p.hasTitle() -> person(p, checked);
            case Attribution at -> attribution(at);
            case Quote q -> quote(q, all);
            default -> null;
        };
    }

    /** "Check-worthiness 0.72 (figure, comparison); not attributed". */
    static String claim(Claim c) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Check-worthiness %.2f", c.score()));
        List<String> kinds = c.features().stream().map(ClaimFeature::kind).distinct()
                .map(k -> k.toLowerCase(Locale.ROOT).replace('_', ' ')).toList();
        if (!kinds.isEmpty()) {
            b.append(" (").append(String.join(", ", kinds)).append(')');
        }
        return b.append(c.attributed() ? "; attributed" : "; not attributed").toString();
    }

    /** The title as written, and what the knowledge base says the person held on the dateline. */
    private static String person(PersonMention p, CheckedArticle checked) {
        StringBuilder b = new StringBuilder("Office: \"").append(p.title()).append("\" ");
        b.append(p.name() == null ? "" : "for " + p.name().text() + " ");
        b.append('(').append(String.valueOf(p.titleKind()).toLowerCase(Locale.ROOT).replace('_', ' ')).append(')');
        LocalDate dateline = checked.result().analysis().article().dateline().map(d -> d.date()).orElse(null);
        KnowledgeBase kb = knowledgeBase(checked.packs());
        if (kb == null || dateline == null || p.name() == null) {
            return b.toString();
        }
        TitleVerdict verdict = kb.checkTitle(p.name().text(), p.title(), dateline);
        List<String> terms = new ArrayList<>();
        for (Term t : verdict.heldOnDate()) {
            terms.add(kb.qualifiedTitle(t.officeId()) + " " + t.span() + " (source: " + t.source() + ")");
        }
        if (!terms.isEmpty()) {
            b.append("; on ").append(dateline).append(" held: ").append(String.join("; ", terms));
        } else if (verdict.explanation() != null) {
            b.append("; ").append(verdict.explanation());
        }
        return b.toString();
    }

    private static String attribution(Attribution at) {
        StringBuilder b = new StringBuilder("Attribution: ");
        b.append(at.source() == null ? "no source" : "source \"" + at.sourceWords() + "\"");
        b.append(" (").append(String.valueOf(at.sourceKind()).toLowerCase(Locale.ROOT).replace('_', ' ')).append(')');
        if (at.cue() != null) {
            b.append(", cue \"").append(at.cue().text()).append('"');
        }
        if (at.resolvedSpeaker() != null) {
            b.append(", speaker ").append(at.resolvedSpeaker());
        }
        return b.toString();
    }

    /** A quotation and who says it (the attribution that points at it). */
    private static String quote(Quote q, List<Annotation> all) {
        StringBuilder b = new StringBuilder("Quotation");
        if (!q.balanced()) {
            b.append(" with a problem: ").append(String.valueOf(q.problem()).toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        String speaker = all.stream().filter(a -> a instanceof Attribution at && at.quoteStart() == q.start())
                .map(a -> (Attribution) a).map(at -> at.resolvedSpeaker() != null ? at.resolvedSpeaker()
                        : at.source() != null ? at.source().text() : null)
                .filter(s -> s != null).findFirst().orElse(null);
        return b.append(speaker == null ? "; no speaker found" : "; speaker " + speaker).toString();
    }

    private static KnowledgeBase knowledgeBase(List<CompiledPack> packs) {
        for (CompiledPack p : packs) {
            if (p.globals().get("kb") instanceof KnowledgeBase kb) {
                return kb;
            }
        }
        return null;
    }
}
