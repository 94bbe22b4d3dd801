package factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import factcheck.core.CheckResult;
import factcheck.core.FactChecker;
import factcheck.core.Analyzer;
import factcheck.core.article.ArticleParser;
import factcheck.core.findings.Severity;

class RuleEngineTest {

    private static final String HEADER = "package t\nimport factcheck.core.nlp.Token\nglobal factcheck.core.rules.FindingSink findings\n";
    private static final String PROPN_RULE = HEADER + """
            rule "names"
            when
                $t : Token( pos == "PROPN" )
            then
                findings.report(drools, $t.start(), $t.end(), "name " + $t.text());
            end
            """;
    private static final String TEXT = "date 2018-04-09 Council\n\nThe library was opened by Lena Park.\n";

    private final FactChecker checker = new FactChecker(new Analyzer(),
            new RuleEngine(RuleEngine.class.getClassLoader(), new EngineLimits(500, Duration.ofSeconds(3))));

    private CheckResult check(RuleSettings settings, PackSource... sources) throws Exception {
        List<RulePack> packs = new java.util.ArrayList<>();
        for (PackSource s : sources) {
            packs.add(RulePackLoader.load(s));
        }
        return checker.check(ArticleParser.parse("t.article", TEXT), checker.compile(packs), settings);
    }

    @Test
    void findingsCarryMetadataAndExactOffsets() throws Exception {
        CheckResult r = check(RuleSettings.DEFAULTS, new MemoryPackSource("p").rule("names", PROPN_RULE, "title", "info"));
        assertEquals(List.of("Lena", "Park"), r.findings().stream().map(f -> TEXT.substring(f.start(), f.end())).toList());
        assertEquals(Severity.INFO, r.findings().get(0).severity());
        assertEquals(3, r.findings().get(0).line());
        assertEquals(TEXT.indexOf("Lena") - TEXT.indexOf("The library") + 1, r.findings().get(0).column());
    }

    @Test
    void compileErrorsAreDiagnosticsWithFileAndLineAndOtherPacksStillRun() throws Exception {
        String broken = HEADER + "rule \"bad\"\nwhen\n    $t : Token( pos == )\nthen\nend\n";
        MemoryPackSource bad = new MemoryPackSource("broken").rule("bad", broken, "style", "info");
        RulePack pack = RulePackLoader.load(bad);
        CompiledPack compiled = checker.engine().compile(pack);
        assertFalse(compiled.usable());
        Diagnostic d = compiled.diagnostics().get(0);
        assertEquals("bad.drl", d.file());
        assertEquals(6, d.line(), d.toString());
        assertEquals(1, compiled.diagnostics().size(), () -> "one syntax error, one diagnostic: " + compiled.diagnostics());
        CheckResult r = check(RuleSettings.DEFAULTS, bad, new MemoryPackSource("good").rule("names", PROPN_RULE, "title", "info"));
        assertEquals(2, r.findings().size());
    }

    @Test
    void forbiddenImportsAndCallsRefuseThePack() throws Exception {
        String io = HEADER.replace("import factcheck.core.nlp.Token", "import factcheck.core.nlp.Token\nimport java.io.File")
                + "rule \"io\"\nwhen\n    Token()\nthen\n    new File(\"/tmp/x\").delete();\nend\n";
        String exec = HEADER + "rule \"exec\"\nwhen\n    Token()\nthen\n    Runtime.getRuntime().exec(\"true\");\nend\n";
        for (String drl : List.of(io, exec)) {
            RulePack pack = RulePackLoader.load(new MemoryPackSource("hostile").rule("r", drl, "style", "info"));
            CompiledPack compiled = checker.engine().compile(pack);
            assertFalse(compiled.usable(), "the sandbox must refuse:\n" + drl);
            assertTrue(compiled.diagnostics().get(0).message().contains("refused by the rule pack sandbox"),
                    compiled.diagnostics().toString());
            assertEquals("r.drl", compiled.diagnostics().get(0).file());
        }
    }

    @Test
    void wordsInStringsAndCommentsAreNotForbidden() throws Exception {
        String drl = HEADER + "// Runtime and java.io are fine in comments\nrule \"names\"\nwhen\n    $t : Token( pos == \"PROPN\" )\nthen\n"
                + "    findings.report(drools, $t.start(), $t.end(), \"System note: \" + $t.text());\nend\n";
        RulePack pack = RulePackLoader.load(new MemoryPackSource("ok").rule("names", drl, "style", "info"));
        assertEquals(List.of(), checker.engine().compile(pack).diagnostics());
    }

    @Test
    void aLoopingRuleIsStoppedAndNamed() throws Exception {
        String loop = HEADER + "declare Tick n : int end\n"
                + "rule \"start\"\nwhen\n    not Tick()\nthen\n    insert(new Tick(0));\nend\n"
                + "rule \"loop\"\nwhen\n    $t : Tick( n >= 0 )\nthen\n    modify($t) { setN($t.getN() + 1) };\nend\n";
        MemoryPackSource src = new MemoryPackSource("loops").rules("loop", loop, "start", "loop");
        CheckResult r = check(RuleSettings.DEFAULTS, src, new MemoryPackSource("good").rule("names", PROPN_RULE, "title", "info"));
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals("loop", r.problems().get(0).ruleId());
        assertTrue(r.problems().get(0).message().contains("firing limit (500"), r.problems().get(0).message());
        assertEquals(2, r.findings().size(), "the other pack's findings must still arrive");
    }

    @Test
    void aSlowRuleIsStoppedByTheTimeBudgetAndReported() throws Exception {
        String slow = HEADER + "declare Step n : int end\n"
                + "rule \"seed\"\nwhen\n    not Step()\nthen\n    insert(new Step(0));\nend\n"
                + "rule \"slow\"\nwhen\n    $s : Step( n >= 0 )\nthen\n"
                + "    long x = 0; for (int i = 0; i < 2000000; i++) { x += i % 7; }\n"
                + "    modify($s) { setN($s.getN() + 1 + (int) (x % 1)) };\nend\n";
        FactChecker strict = new FactChecker(new Analyzer(),
                new RuleEngine(RuleEngine.class.getClassLoader(), new EngineLimits(1_000_000, Duration.ofMillis(300),
                        Long.MAX_VALUE, Long.MAX_VALUE)));
        List<CompiledPack> packs = strict.compile(List.of(
                RulePackLoader.load(new MemoryPackSource("slow").rules("slow", slow, "seed", "slow")),
                RulePackLoader.load(new MemoryPackSource("good").rule("names", PROPN_RULE, "title", "info"))));
        CheckResult r = strict.check(ArticleParser.parse("t.article", TEXT), packs, RuleSettings.DEFAULTS);
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals("slow", r.problems().get(0).ruleId());
        assertTrue(r.problems().get(0).message().contains("time budget of 300 ms"), r.problems().get(0).message());
        assertEquals(2, r.findings().size(), "the other pack's findings must still arrive");
    }

    @Test
    void aRuleThatInsertsWithoutBoundIsStoppedAtTheFiringLimit() throws Exception {
        String simpler = HEADER + "declare Blob size : int end\n"
                + "rule \"flood\"\nwhen\n    $b : Blob()\nthen\n    insert(new Blob($b.getSize() + 1));\nend\n"
                + "rule \"start\"\nwhen\n    not Blob()\nthen\n    insert(new Blob(0));\nend\n";
        CheckResult r = check(RuleSettings.DEFAULTS, new MemoryPackSource("flood").rules("flood", simpler, "flood", "start"));
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).message().contains("firing limit"), r.problems().get(0).message());
    }

    @Test
    void aThrowingRuleIsReportedAndOtherPacksStillRun() throws Exception {
        String thrower = HEADER + "rule \"throws\"\nwhen\n    $t : Token( pos == \"PROPN\" )\nthen\n"
                + "    throw new IllegalStateException(\"boom \" + $t.text());\nend\n";
        CheckResult r = check(RuleSettings.DEFAULTS, new MemoryPackSource("bad").rule("throws", thrower, "style", "info"),
                new MemoryPackSource("good").rule("names", PROPN_RULE, "title", "info"));
        assertEquals("throws", r.problems().get(0).ruleId());
        assertTrue(r.problems().get(0).message().contains("boom"), r.problems().get(0).message());
        assertEquals(2, r.findings().size());
    }

    @Test
    void aRuleThatOverflowsTheStackIsReportedAndOtherPacksStillRun() throws Exception {
        // An Error, not an exception: Drools passes it through unwrapped.
        String recursive = HEADER + "function int depth(int n) { return depth(n + 1) + 1; }\n"
                + "rule \"recurses\"\nwhen\n    $t : Token( pos == \"PROPN\" )\nthen\n    depth(0);\nend\n";
        CheckResult r = check(RuleSettings.DEFAULTS, new MemoryPackSource("deep").rule("recurses", recursive, "style", "info"),
                new MemoryPackSource("good").rule("names", PROPN_RULE, "title", "info"));
        assertEquals(1, r.problems().size(), () -> r.problems().toString());
        assertTrue(r.problems().get(0).message().contains("StackOverflowError"), r.problems().get(0).message());
        assertEquals(2, r.findings().size());
    }

    @Test
    void disabledRulesAreSilentAndSeverityOverridesApply() throws Exception {
        MemoryPackSource src = new MemoryPackSource("p").rule("names", PROPN_RULE, "title", "info");
        assertTrue(check(new RuleSettings(Set.of("names"), Map.of()), src).findings().isEmpty());
        assertEquals(Severity.ERROR,
                check(new RuleSettings(Set.of(), Map.of("names", Severity.ERROR)), src).findings().get(0).severity());
    }

    @Test
    void inferenceRulesNeedNoMetadataButReportingRulesDo() throws Exception {
        String drl = HEADER + "declare Named name : String end\n"
                + "rule \"derive names\" @inference\nwhen\n    $t : Token( pos == \"PROPN\" )\nthen\n"
                + "    insertLogical(new Named($t.text()));\nend\n"
                + "rule \"names\"\nwhen\n    Named( $n : name )\n    $t : Token( text == $n )\nthen\n"
                + "    findings.report(drools, $t.start(), $t.end(), \"name \" + $n);\nend\n"
                + "rule \"undocumented\"\nwhen\n    Named()\nthen\nend\n";
        RulePack pack = RulePackLoader.load(new MemoryPackSource("infer").rules("infer", drl, "names"));
        CompiledPack compiled = checker.engine().compile(pack);
        assertEquals(1, compiled.diagnostics().size(), compiled.diagnostics().toString());
        assertTrue(compiled.diagnostics().get(0).message().contains("'undocumented'"));
        RulePack fixed = RulePackLoader.load(new MemoryPackSource("infer").rules("infer",
                drl.substring(0, drl.indexOf("rule \"undocumented\"")), "names"));
        CheckResult r = checker.check(ArticleParser.parse("t.article", TEXT), List.of(checker.engine().compile(fixed)),
                RuleSettings.DEFAULTS);
        assertEquals(List.of("Lena", "Park"), r.findings().stream().map(f -> TEXT.substring(f.start(), f.end())).toList());
    }

    @Test
    void compiledPacksAreCachedByContent() throws Exception {
        RulePack a = RulePackLoader.load(new MemoryPackSource("p").rule("names", PROPN_RULE, "title", "info"));
        RulePack sameAgain = RulePackLoader.load(new MemoryPackSource("p").rule("names", PROPN_RULE, "title", "info"));
        RulePack changed = RulePackLoader.load(new MemoryPackSource("p").rule("names", PROPN_RULE.replace("name ", "nm "), "title", "info"));
        CompiledPack first = checker.engine().compile(a);
        assertNotNull(first.kieBase());
        assertSame(first, checker.engine().compile(sameAgain));
        assertFalse(first == checker.engine().compile(changed));
    }
}
