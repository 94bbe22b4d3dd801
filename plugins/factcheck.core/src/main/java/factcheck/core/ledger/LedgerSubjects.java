package factcheck.core.ledger;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import factcheck.core.CheckResult;
import factcheck.core.annotation.Annotation;
import factcheck.core.extract.claim.Claim;
import factcheck.core.findings.Category;
import factcheck.core.findings.Finding;
import factcheck.core.nlp.Sentence;

/** Picks the findings that take ledger entries out of a check result and anchors them. */
public final class LedgerSubjects {

    /** The categories whose findings are verified by people: claims, attributions and dates. */
    public static final Set<Category> CATEGORIES = EnumSet.of(Category.CLAIM, Category.ATTRIBUTION, Category.DATE);

    private LedgerSubjects() {
    }

    /** Whether a finding takes a ledger entry. */
    public static boolean takesEntry(Finding finding) {
        return CATEGORIES.contains(finding.category());
    }

    /** The subjects of a check, in text order of their findings. */
    public static List<LedgerSubject> of(CheckResult result) {
        String text = result.analysis().article().text();
        List<Sentence> sentences = result.analysis().sentences();
        List<Claim> claims = result.analysis().annotations().stream()
                .filter(Claim.class::isInstance).map(Claim.class::cast).toList();
        List<LedgerSubject> subjects = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (!takesEntry(f)) {
                continue;
            }
            Sentence sentence = sentenceAt(sentences, f.start());
            // Findings outside any sentence (a headline the splitter skipped): the span is the claim.
            int from = sentence == null ? f.start() : Math.min(sentence.start(), f.start());
            int to = sentence == null ? f.end() : Math.max(sentence.end(), f.end());
            Anchor anchor = Anchor.of(f.ruleId(), f.category().id(), text, from, to, f.start(), f.end());
            subjects.add(new LedgerSubject(f, anchor, score(claims, f)));
        }
        return subjects;
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    private static double score(List<Claim> claims, Finding f) {
        double best = 0;
        for (Annotation a : claims) {
            Claim c = (Claim) a;
            boolean overlaps = c.start() < Math.max(f.end(), f.start() + 1) && f.start() < c.end();
            if (overlaps) {
                best = Math.max(best, c.score());
            }
        }
        return best;
    }
}
