package factcheck.core.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import factcheck.core.article.LineMap;
import factcheck.core.findings.Finding;
import factcheck.core.rules.sandbox.PackSandbox;
import factcheck.core.rules.sandbox.RuleBudget;
import factcheck.core.rules.sandbox.RuleBudgetExceeded;

/**
 * Compiles rule packs into KieBases and runs them over an article's facts. Each pack compiles on its
 * own, so a broken pack yields diagnostics and the others still run. Compiled packs are cached by
 * content, so a KieBase is rebuilt only when its pack changes. Thread-safe: every article gets
 * fresh, short-lived sessions.
 */
public final class RuleEngine {

    /** Name of the global through which rules report. */
    public static final String FINDINGS_GLOBAL = "findings";

    /** Rule annotation of rules that only derive facts and never report. */
    public static final String INFERENCE = "inference";

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "factcheck-rule-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final ClassLoader loader;
    private final EngineLimits limits;
    private final Map<String, PackGlobal> globals;
    private final Map<String, CompiledPack> cache = new ConcurrentHashMap<>();
    private final PackSandbox sandbox;
    /** Where this build remembers trusted images it already checked (see {@link ImageMemo}); null: nowhere. */
    private final Path memoFolder;

    /**
     * @param loader the class loader that sees the fact model and the embedded Drools (inside OSGi:
     *               the core bundle's loader; Drools must not fall back to the thread's)
     * @param limits  firing and time limits per article and pack
     * @param globals makers of the DRL globals packs may declare, by global name
     */
    public RuleEngine(ClassLoader loader, EngineLimits limits, Map<String, PackGlobal> globals) {
        this.loader = loader;
        this.limits = limits;
        this.globals = Map.copyOf(globals);
        this.sandbox = new PackSandbox(loader);
        this.memoFolder = ImageMemo.folder();
    }

    public RuleEngine(ClassLoader loader, EngineLimits limits) {
        this(loader, limits, StandardGlobals.ALL);
    }

    public RuleEngine() {
        this(RuleEngine.class.getClassLoader(), EngineLimits.DEFAULTS);
    }

    /** Compiles the pack, or returns the cached result for identical content. */
    public CompiledPack compile(RulePack pack) {
        return cache.computeIfAbsent(pack.contentKey(), k -> build(pack));
    }

    /** Drops cached packs whose content is no longer current (after a pack was edited). */
    public void forgetOthers(Collection<RulePack> current) {
        Set<String> keep = new TreeSet<>();
        current.forEach(p -> keep.add(p.contentKey()));
        cache.keySet().retainAll(keep);
    }

    private CompiledPack build(RulePack pack) {
        long t0 = System.nanoTime();
        List<Diagnostic> diagnostics = new ArrayList<>(pack.diagnostics());
        boolean refused = !diagnostics.isEmpty();
        KieBase kieBase = null;
        boolean fromImage = false;
        // The globals' data (the knowledge base) is read while the rules load: neither needs the other.
        Map<String, CompletableFuture<Object>> early = refused ? Map.of() : startGlobals(pack);
        if (!refused) {
            kieBase = fromImage(pack, diagnostics);
            fromImage = kieBase != null;
            if (kieBase == null && diagnostics.isEmpty()) {
                // before the compiler runs: some constructs make it load or instantiate classes
                diagnostics.addAll(withLoader(() -> sandbox.checkStructure(pack)));
            }
            if (kieBase == null && diagnostics.isEmpty()) {
                kieBase = withLoader(() -> {
                    KnowledgeBuilder kb;
                    try {
                        kb = compileDrl(pack);
                    } catch (RuntimeException e) {
                        // Drools throws, rather than reports, some errors (a class it must load is missing)
                        diagnostics.add(new Diagnostic(pack.id(), "?", 0, 0, "cannot compile: " + e.getMessage()));
                        return null;
                    }
                    if (kb.hasErrors()) {
                        diagnostics.addAll(diagnostics(pack, kb));
                        return null;
                    }
                    // after compiling, so that the checker sees the types the pack declares
                    List<Diagnostic> refusals = checkSources(pack, kb);
                    if (!refusals.isEmpty()) {
                        diagnostics.addAll(refusals);
                        return null;
                    }
                    return sandboxed(pack, kb, diagnostics);
                });
            }
        }
        Map<String, Object> values = new HashMap<>();
        if (kieBase != null) {
            diagnostics.addAll(checkRulesHaveMetadata(pack, kieBase));
            diagnostics.addAll(makeGlobals(pack, kieBase, values, early));
            if (!values.keySet().containsAll(declaredGlobals(kieBase))) {
                kieBase = null; // a rule would meet a null global: refuse the pack, the diagnostic says why
            }
        }
        return new CompiledPack(pack, kieBase, diagnostics, values, (System.nanoTime() - t0) / 1_000_000, fromImage);
    }

    /**
     * The KieBase of freshly compiled packages that passed the sandbox's bytecode check, their code
     * metered; null with the violations added to {@code diagnostics} otherwise.
     */
    private KieBase sandboxed(RulePack pack, KnowledgeBuilder kb, List<Diagnostic> diagnostics) {
        if (!bytecodeAllowed(pack, kb.getKnowledgePackages(), diagnostics)) {
            return null;
        }
        return kb.newKieBase();
    }

    /** Checks and, when allowed, meters the packages' code; false with the violations otherwise. */
    private boolean bytecodeAllowed(RulePack pack, Collection<KiePackage> packages, List<Diagnostic> diagnostics) {
        List<Diagnostic> violations = sandbox.checkBytecode(pack, packages);
        if (violations.isEmpty()) {
            sandbox.meter(packages);
        }
        diagnostics.addAll(violations);
        return violations.isEmpty();
    }

    /** The sandbox's DRL checks, with the builder's class loader so that declared types resolve. */
    private List<Diagnostic> checkSources(RulePack pack, KnowledgeBuilder kb) {
        ClassLoader types = kb instanceof org.drools.compiler.builder.impl.KnowledgeBuilderImpl impl
                ? impl.getRootClassLoader() : loader;
        return sandbox.checkSources(pack, types);
    }

    private KnowledgeBuilder compileDrl(RulePack pack) {
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(loader));
        for (var e : pack.drl().entrySet()) {
            var resource = ResourceFactory.newByteArrayResource(e.getValue().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(e.getKey());
            kb.add(resource, ResourceType.DRL);
        }
        return kb;
    }

    /**
     * The KieBase from the pack's precompiled image, or null when it has none, the image was made from
     * other DRL or another Drools, or it cannot be read: then the caller compiles the DRL, so an image
     * can make a pack faster to load but never change or break it.
     */
    private KieBase fromImage(RulePack pack, List<Diagnostic> diagnostics) {
        PackImage image = pack.image();
        if (image == null) {
            return null;
        }
        return withLoader(() -> {
            try {
                // Inside the try: the fact model digest reflects over classes, which can fail too.
                // Both checks below are skipped when an earlier process of this build made them
                // on the same image and DRL (ImageMemo); metering never is.
                String digest = PackImage.digest(pack);
                ImageMemo memo = ImageMemo.of(memoFolder, image, digest);
                boolean checked = memo.checked();
                if (!checked && !image.matches(pack, loader, digest)) {
                    return null;
                }
                // The DRL the image was made from (its digest matches, allowlist included) passed the
                // DRL checks when a trusted build made the image; its classes, the code that will run,
                // pass the bytecode check here as compiled DRL does (and a refused image refuses the
                // pack: its DRL is the same code).
                List<KiePackage> packages = image.packages(loader);
                if (checked) {
                    sandbox.meter(packages);
                } else if (bytecodeAllowed(pack, packages, diagnostics)) {
                    memo.remember();
                } else {
                    return null;
                }
                InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(
                        RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
                base.addPackages(packages);
                return base;
            } catch (IOException | RuntimeException | LinkageError e) {
                // LinkageError: a class the image names exists but no longer fits (a changed dependency).
                return null;
            }
        });
    }

    /**
     * Compiles the pack's DRL and returns its image, for a build to ship beside the pack.
     *
     * @throws IllegalArgumentException listing the diagnostics when the pack does not compile
     */
    public PackImage image(RulePack pack) throws IOException {
        List<Diagnostic> problems = new ArrayList<>(pack.diagnostics());
        Map<String, byte[]> shipped = new HashMap<>();
        problems.addAll(withLoader(() -> sandbox.checkStructure(pack)));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.size() + " problem(s) in pack " + pack.id() + ":\n"
                    + String.join("\n", problems.stream().map(Diagnostic::toString).toList()));
        }
        KnowledgeBuilder kb = withLoader(() -> compileDrl(pack));
        problems.addAll(diagnostics(pack, kb));
        if (problems.isEmpty()) {
            problems.addAll(withLoader(() -> checkSources(pack, kb)));
        }
        if (problems.isEmpty()) {
            // the same check the engine makes when it loads the image (the image holds the code as
            // compiled: metering happens at load)
            problems.addAll(withLoader(() -> sandbox.checkBytecode(pack, kb.getKnowledgePackages())));
        }
        if (problems.isEmpty()) {
            // The checks compile() makes after compiling: an image of a pack the engine would refuse
            // (a rule without metadata, a global it cannot make) must not be built either.
            KieBase kieBase = withLoader(kb::newKieBase);
            problems.addAll(checkRulesHaveMetadata(pack, kieBase));
            problems.addAll(makeGlobals(pack, kieBase, new HashMap<>(), Map.of()));
            if (problems.isEmpty()) {
                shipped.putAll(shippedGlobals(pack, kieBase));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.size() + " problem(s) in pack " + pack.id() + ":\n"
                    + String.join("\n", problems.stream().map(Diagnostic::toString).toList()));
        }
        return PackImage.of(pack, kb.getKnowledgePackages(), loader).withGlobals(shipped);
    }

    /**
     * Starts making, on other threads, the globals the pack's DRL text declares, so that their data
     * is read while the rules compile or load. Only a head start: {@link #makeGlobals} decides from
     * the compiled rules which globals the pack gets, and drops the others.
     */
    private Map<String, CompletableFuture<Object>> startGlobals(RulePack pack) {
        Map<String, CompletableFuture<Object>> started = new HashMap<>();
        for (String text : pack.drl().values()) {
            java.util.regex.Matcher m = GLOBAL.matcher(DrlText.blankCommentsAndStrings(text));
            while (m.find()) {
                PackGlobal maker = globals.get(m.group(1));
                if (maker != null && !started.containsKey(m.group(1))) {
                    String name = m.group(1);
                    started.put(name, CompletableFuture.supplyAsync(() -> make(name, maker, pack), task -> {
                        Thread thread = new Thread(task, "factcheck-global-" + name);
                        thread.setDaemon(true);
                        thread.start();
                    }));
                }
            }
        }
        return started;
    }

    /**
     * {@code global Type name}. A type written with spaces ({@code Map<String, Object>}) is not
     * matched: its global is then made when the rules are loaded, as without the head start.
     */
    private static final java.util.regex.Pattern GLOBAL =
            java.util.regex.Pattern.compile("(?m)^[ \\t]*global[ \\t]+[\\w.$<>?\\[\\],]+[ \\t]+(\\w+)");

    private List<Diagnostic> makeGlobals(RulePack pack, KieBase kieBase, Map<String, Object> values,
            Map<String, CompletableFuture<Object>> early) {
        List<Diagnostic> problems = new ArrayList<>();
        for (String name : declaredGlobals(kieBase)) {
            PackGlobal maker = globals.get(name);
            if (maker == null) {
                problems.add(new Diagnostic(pack.id(), "?", 0, 0, "global '" + name
                        + "' is not provided by the engine (available: " + new TreeSet<>(globals.keySet()) + ")"));
                continue;
            }
            try {
                values.put(name, early.containsKey(name) ? await(early.get(name)) : make(name, maker, pack));
            } catch (IllegalArgumentException e) {
                problems.add(new Diagnostic(pack.id(), "data", 0, 0, "cannot make global '" + name + "': " + e.getMessage()));
            }
        }
        return problems;
    }

    /**
     * A global's value: from what the pack's image shipped for it when that fits the pack's data as
     * it is now (only trusted packs have an image), else made from the data.
     */
    private static Object make(String name, PackGlobal maker, RulePack pack) {
        PackImage image = pack.image();
        byte[] shipped = image == null ? null : image.globals().get(name);
        if (shipped != null) {
            Object value = maker.fromShipped(pack, shipped);
            if (value != null) {
                return value;
            }
        }
        return maker.create(pack);
    }

    /** What the makers of the globals the rules declare ship for them in the pack's image. */
    private Map<String, byte[]> shippedGlobals(RulePack pack, KieBase kieBase) {
        Map<String, byte[]> shipped = new HashMap<>();
        for (String name : declaredGlobals(kieBase)) {
            PackGlobal maker = globals.get(name);
            byte[] bytes = maker == null ? null : maker.shipped(pack);
            if (bytes != null) {
                shipped.put(name, bytes);
            }
        }
        return shipped;
    }

    /**
     * The value a global's maker produced on its thread (join waits on through interrupts, keeping
     * them); its exceptions as if it had run on this one.
     */
    private static Object await(CompletableFuture<Object> made) {
        try {
            return made.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static Set<String> declaredGlobals(KieBase kieBase) {
        Set<String> names = new TreeSet<>();
        for (KiePackage kp : kieBase.getKiePackages()) {
            kp.getGlobalVariables().forEach(g -> names.add(g.getName()));
        }
        names.remove(FINDINGS_GLOBAL);
        return names;
    }

    /**
     * The builder's errors as diagnostics, without the "Parser returned a null Package" that Drools
     * adds after every syntax error in a file: it says nothing the syntax error does not, and an author
     * would look for a second problem that is not there.
     */
    private static List<Diagnostic> diagnostics(RulePack pack, KnowledgeBuilder kb) {
        List<Diagnostic> all = new ArrayList<>();
        for (KnowledgeBuilderError error : kb.getErrors()) {
            all.add(diagnostic(pack, error));
        }
        Set<String> filesWithOtherErrors = new TreeSet<>();
        all.stream().filter(d -> !d.message().startsWith(NULL_PACKAGE)).forEach(d -> filesWithOtherErrors.add(d.file()));
        return all.stream().filter(d -> !(d.message().startsWith(NULL_PACKAGE) && filesWithOtherErrors.contains(d.file())))
                .toList();
    }

    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private static Diagnostic diagnostic(RulePack pack, KnowledgeBuilderError error) {
        int[] lines = error.getLines();
        int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
        String file = error.getResource() != null && error.getResource().getSourcePath() != null
                ? error.getResource().getSourcePath() : "?";
        String message = error.getMessage() == null ? error.toString() : error.getMessage().strip();
        int column = 0;
        var m = java.util.regex.Pattern.compile("\\[(\\d+):(\\d+)\\]").matcher(message);
        if (m.find()) {
            // Parser errors carry "[line:column]" in their text; prefer them when present.
            line = Integer.parseInt(m.group(1));
            column = Integer.parseInt(m.group(2)) + 1;
        }
        return new Diagnostic(pack.id(), file, line, column, message.lines().findFirst().orElse(message));
    }

    /**
     * Every reporting rule needs metadata (its id, category, severity, examples). Inference rules,
     * which only derive facts for other rules, are marked {@code @inference} in the DRL and need none.
     */
    private static List<Diagnostic> checkRulesHaveMetadata(RulePack pack, KieBase kieBase) {
        List<Diagnostic> problems = new ArrayList<>();
        for (KiePackage kp : kieBase.getKiePackages()) {
            for (Rule rule : kp.getRules()) {
                if (!pack.rules().containsKey(rule.getName()) && !rule.getMetaData().containsKey(INFERENCE)) {
                    problems.add(new Diagnostic(pack.id(), "?", 0, 0, "rule '" + rule.getName()
                            + "' has no metadata (its id must match the DRL rule name; mark rules that only derive"
                            + " facts with @inference)"));
                }
            }
        }
        return problems;
    }

    /** The result of running packs over one article. */
    public record Outcome(List<Finding> findings, List<RuleProblem> problems, Map<String, Long> millisByPack) {
    }

    /** Runs every usable pack over the facts; the findings are sorted by position. */
    public Outcome run(List<CompiledPack> packs, Collection<?> facts, String text, RuleSettings settings) {
        LineMap lines = new LineMap(text);
        List<Finding> findings = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Long> times = new HashMap<>();
        for (CompiledPack pack : packs) {
            if (!pack.usable()) {
                continue;
            }
            long t0 = System.nanoTime();
            FindingSink sink = new FindingSink(pack.pack(), settings, lines, text.length());
            withLoader(() -> {
                runPack(pack, facts, sink);
                return null;
            });
            findings.addAll(sink.findings());
            problems.addAll(sink.problems());
            times.put(pack.pack().id(), (System.nanoTime() - t0) / 1_000_000);
        }
        findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                .thenComparing(Finding::ruleId));
        return new Outcome(List.copyOf(findings), List.copyOf(problems), Map.copyOf(times));
    }

    private void runPack(CompiledPack pack, Collection<?> facts, FindingSink sink) {
        KieSession session = pack.kieBase().newKieSession();
        Map<String, Integer> firings = new HashMap<>();
        AtomicBoolean timedOut = new AtomicBoolean();
        String[] running = new String[1]; // the rule whose consequence runs now, if any
        ScheduledFuture<?> alarm = null;
        try {
            if (declaresFindingsGlobal(pack.kieBase())) {
                session.setGlobal(FINDINGS_GLOBAL, sink);
            }
            pack.globals().forEach(session::setGlobal);
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
                    running[0] = event.getMatch().getRule().getName();
                }

                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    running[0] = null;
                    firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
                }
            });
            // metered from the first insert: constraints (and the functions they call) run as facts arrive
            RuleBudget.start(limits.maxSteps(), limits.timeBudget(), limits.maxBytes());
            for (Object fact : facts) {
                session.insert(fact);
            }
            alarm = WATCHDOG.schedule(() -> {
                timedOut.set(true);
                session.halt();
            }, limits.timeBudget().toMillis(), TimeUnit.MILLISECONDS);
            int fired = session.fireAllRules(limits.maxFirings());
            if (timedOut.get()) {
                sink.problems().add(new RuleProblem(pack.pack().id(), busiest(firings),
                        "rule evaluation stopped after the time budget of " + limits.timeBudget().toMillis()
                                + " ms (" + fired + " firings)"));
            } else if (fired >= limits.maxFirings()) {
                sink.problems().add(new RuleProblem(pack.pack().id(), busiest(firings),
                        "rule evaluation stopped at the firing limit (" + limits.maxFirings()
                                + " firings per article): the rule probably loops"));
            }
        } catch (RuntimeException | LinkageError | VirtualMachineError | RuleBudgetExceeded e) {
            // A rule's consequence threw (Drools wraps exceptions; errors come through as they are:
            // a NoSuchMethodError from code linked against another fact model, a function recursing
            // without end). Report it by rule and keep the other packs and the article's check.
            String rule = running[0] != null ? running[0] : ruleNamedIn(e, busiest(firings));
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            RuleBudgetExceeded budget = budgetCause(e);
            if (budget != null) {
                cause = budget;
            }
            String ruleName = e instanceof org.kie.api.runtime.rule.ConsequenceException ce && ce.getMatch() != null
                    ? ce.getMatch().getRule().getName() : rule;
            sink.problems().add(new RuleProblem(pack.pack().id(), ruleName, budget != null
                    ? "rule stopped by the sandbox: " + budget.getMessage()
                    : "rule failed: " + cause.getClass().getSimpleName() + ": " + cause.getMessage()));
        } finally {
            RuleBudget.stop();
            if (alarm != null) {
                alarm.cancel(false);
            }
            session.dispose();
        }
    }

    /**
     * The rule an exception names: a condition that fails (or is stopped) while facts are matched runs
     * outside any consequence, and Drools names its rule only in the message ("... in [Rule "x" ...").
     */
    private static String ruleNamedIn(Throwable e, String fallback) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            java.util.regex.Matcher m = RULE_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        return fallback;
    }

    private static final java.util.regex.Pattern RULE_IN_MESSAGE = java.util.regex.Pattern.compile("Rule \"([^\"]+)\"");

    /** The budget stop behind an exception (Drools and MVEL wrap what a consequence throws). */
    private static RuleBudgetExceeded budgetCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RuleBudgetExceeded b) {
                return b;
            }
        }
        return null;
    }

    private static boolean declaresFindingsGlobal(KieBase kieBase) {
        for (KiePackage kp : kieBase.getKiePackages()) {
            if (kp.getGlobalVariables().stream().anyMatch(g -> FINDINGS_GLOBAL.equals(g.getName()))) {
                return true;
            }
        }
        return false;
    }

    private static String busiest(Map<String, Integer> firings) {
        return firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private <T> T withLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
