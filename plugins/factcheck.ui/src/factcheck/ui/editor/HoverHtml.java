package factcheck.ui.editor;

import java.util.List;
import java.util.Locale;

import factcheck.core.annotation.Annotation;
import factcheck.core.extract.attribution.Attribution;
import factcheck.core.extract.claim.Claim;
import factcheck.core.extract.claim.ClaimFeature;
import factcheck.core.extract.person.PersonMention;
import factcheck.core.extract.quote.Quote;
import factcheck.core.findings.Finding;
import factcheck.core.findings.Fix;
import factcheck.core.findings.Related;
import factcheck.core.rules.RuleMetadata;
import factcheck.core.time.HumanDate;
import factcheck.core.time.TemporalExpression;

/**
 * The body of the article hover as HTML, in the order an editor reads it: what is wrong, what the
 * engine read (evidence), what to do (quick fixes as links), and why the rule exists. Only the body:
 * the information control adds the platform's page prolog and style sheet.
 */
final class HoverHtml {

    /** Link target of the n-th quick fix of the hover: {@code factcheck-fix:n}. */
    static final String FIX_SCHEME = "factcheck-fix:";

    private final StringBuilder b = new StringBuilder();
    private int fixCount;

    /**
     * One finding: its message, the related places it names, its fixes and its rule's rationale.
     *
     * @param delta how far the text moved since the check: the finding's offsets plus delta are in {@code text}
     */
    HoverHtml finding(Finding f, RuleMetadata rule, String text, int delta, List<Annotation> evidence) {
        if (!b.isEmpty()) {
            b.append("<hr/>");
        }
        b.append("<p><b>").append(esc(capitalised(f.severity().id()))).append(":</b> ").append(esc(f.message()))
                .append("</p>");
        List<String> read = new java.util.ArrayList<>();
        for (Related r : f.related()) {
            read.add(esc(r.label()) + ": \u201C" + esc(snippet(text, r.start() + delta, r.end() + delta)) + "\u201D");
        }
        evidence.stream().map(HoverHtml::evidence).distinct().forEach(read::add);
        list("Evidence", read);
        if (!f.fixes().isEmpty()) {
            b.append("<p><b>Quick fixes</b></p><ul>");
            for (Fix fix : f.fixes()) {
                b.append("<li><a href=\"").append(FIX_SCHEME).append(fixCount++).append("\">").append(esc(fix.label()))
                        .append("</a></li>");
            }
            b.append("</ul>");
        }
        b.append("<p><b>Why this rule</b> <small>(").append(esc(f.ruleId())).append(", ").append(esc(f.packId()))
                .append(")</small><br/>");
        if (rule != null && rule.rationale() != null && !rule.rationale().isBlank()) {
            b.append(rule.title() == null ? "" : "<i>" + esc(rule.title()) + ".</i> ").append(esc(rule.rationale().strip()));
        } else if (rule != null && rule.title() != null) {
            b.append(esc(rule.title()));
        } else {
            b.append("The rule pack gives no rationale.");
        }
        b.append("</p>");
        return this;
    }

    /** What the engine read where no finding is: a date, a claim, an attribution. */
    HoverHtml reading(List<Annotation> annotations) {
        if (annotations.isEmpty()) {
            return this;
        }
        if (!b.isEmpty()) {
            b.append("<hr/>");
        }
        list("What Fact Check read", annotations.stream().map(HoverHtml::evidence).distinct().toList());
        return this;
    }

    int fixCount() {
        return fixCount;
    }

    boolean isEmpty() {
        return b.isEmpty();
    }

    @Override
    public String toString() {
        return b.toString();
    }

    private void list(String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        b.append("<p><b>").append(heading).append("</b></p><ul>");
        items.forEach(i -> b.append("<li>").append(i).append("</li>"));
        b.append("</ul>");
    }

    /** One line of evidence, already escaped. */
    static String evidence(Annotation a) {
        return switch (a) {
            case TemporalExpression t -> "Date: " + esc(HumanDate.explain(t));
            case Claim c -> esc(claim(c));
            case Attribution at -> esc(attribution(at));
            case Quote q -> esc("Quotation" + (q.balanced() ? "" : " with a problem: "
                    + String.valueOf(q.problem()).toLowerCase(Locale.ROOT).replace('_', ' '))
                    + " (" + q.style().toLowerCase(Locale.ROOT) + " marks)");
            case PersonMention p -> esc(person(p));
            default -> esc(a.type() + ": " + a.text());
        };
    }

    private static String claim(Claim c) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                c.checkable() ? "Check-worthy claim, score %.2f" : "Check-worthiness %.2f", c.score()));
        List<String> kinds = c.features().stream().map(ClaimFeature::kind).distinct().toList();
        if (!kinds.isEmpty()) {
            s.append(" (").append(String.join(", ", kinds).toLowerCase(Locale.ROOT)).append(')');
        }
        if (!c.raisedBy().isEmpty()) {
            s.append("; raised by ").append(String.join(", ", c.raisedBy()));
        }
        return s.append(c.attributed() ? "; attributed" : "; not attributed").toString();
    }

    private static String attribution(Attribution at) {
        StringBuilder s = new StringBuilder("Attribution: ");
        s.append(at.source() == null ? "no source" : "source \u201C" + at.sourceWords() + "\u201D");
        s.append(" (").append(String.valueOf(at.sourceKind()).toLowerCase(Locale.ROOT)).append(')');
        if (at.cue() != null) {
            s.append(", cue \u201C").append(at.cue().text()).append('\u201D');
        }
        if (at.resolvedSpeaker() != null) {
            s.append(", speaker ").append(at.resolvedSpeaker());
        }
        return s.toString();
    }

    private static String person(PersonMention p) {
        StringBuilder s = new StringBuilder("Person: ").append(p.name() == null ? p.text() : p.name().text());
        s.append(", title \u201C").append(p.title()).append('\u201D');
        if (p.country() != null) {
            s.append(" (").append(p.country()).append(')');
        }
        return s.append(", ").append(String.valueOf(p.titleKind()).toLowerCase(Locale.ROOT).replace('_', ' ')).toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String snippet(String text, int start, int end) {
        String s = 0 <= start && start <= end && end <= text.length() ? text.substring(start, end).strip() : "";
        s = s.replaceAll("\\s+", " ");
        return s.length() > 80 ? s.substring(0, 77) + "\u2026" : s;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
