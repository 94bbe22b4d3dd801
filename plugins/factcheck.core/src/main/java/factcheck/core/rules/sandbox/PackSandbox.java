package factcheck.core.rules.sandbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.definition.KiePackage;

import factcheck.core.rules.Diagnostic;
import factcheck.core.rules.RulePack;

/**
 * The rule pack sandbox: a pack may read the article's facts and report findings, nothing else.
 * <ol>
 * <li>{@link #checkSources}: before compiling, every DRL construct is checked ({@link SourceCheck}),
 * the conditions MVEL will interpret type by type ({@link ExprChecker}).</li>
 * <li>{@link #checkBytecode}: after compiling (or reading a precompiled image), the bytecode of every
 * class the pack holds is checked against the {@link ApiAllowlist} ({@link BytecodeCheck});</li>
 * <li>{@link #meter}: its rule and function classes are rewritten to run against a {@link RuleBudget}
 * ({@link BudgetInstrumenter}) before a KieBase loads them.</li>
 * </ol>
 * Each refusal is one {@link Diagnostic} naming the file, line and symbol.
 */
public final class PackSandbox {

    private final ApiAllowlist allowlist;
    private final ClassLoader loader;

    public PackSandbox(ClassLoader loader) {
        this(ApiAllowlist.standard(), loader);
    }

    PackSandbox(ApiAllowlist allowlist, ClassLoader loader) {
        this.allowlist = allowlist;
        this.loader = loader;
    }

    /** Checks the pack's DRL with the engine's class loader (enough for packs that declare no types). */
    public List<Diagnostic> checkSources(RulePack pack) {
        return checkSources(pack, loader);
    }

    /**
     * The checks to make before the compiler runs: constructs that make the compiler load or
     * instantiate classes (imported functions and accumulate functions, declared types' supertypes),
     * the dialect and rule attributes. The conditions are checked after compiling.
     */
    public List<Diagnostic> checkStructure(RulePack pack) {
        return run(pack, loader, false);
    }

    /**
     * Checks the pack's DRL structure and conditions. Files that do not parse are left to the compiler.
     *
     * @param types the class loader that sees the pack's declared types (after compiling: the
     *              builder's), else the engine's
     */
    public List<Diagnostic> checkSources(RulePack pack, ClassLoader types) {
        return run(pack, types, true);
    }

    private List<Diagnostic> run(RulePack pack, ClassLoader types, boolean conditions) {
        List<Diagnostic> found = new ArrayList<>();
        for (var e : new TreeMap<>(pack.drl()).entrySet()) {
            PackageDescr drl = parse(e.getValue());
            if (drl == null) {
                continue;
            }
            SourceCheck check = new SourceCheck(allowlist, types, drl);
            for (SourceCheck.Problem p : conditions ? check.check() : check.checkStructure()) {
                found.add(new Diagnostic(pack.id(), e.getKey(), Math.max(p.line(), 0), Math.max(p.column() + 1, 0),
                        refusal(p.symbol(), p.reason())));
            }
        }
        return found;
    }

    /**
     * Checks every class the compiled packages hold against the allowlist.
     *
     * @return the violations, one diagnostic each; the packages must not be used unless it is empty
     */
    public List<Diagnostic> checkBytecode(RulePack pack, Collection<KiePackage> packages) {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        stores(packages).forEach(classes::putAll);
        Set<String> internalNames = new HashSet<>();
        classes.keySet().forEach(k -> internalNames.add(k.replaceFirst("\\.class$", "")));
        // Parsing the DRL (to find declared types, and the lines of refusals) costs a cold start more
        // than the check itself: only a pack whose code can declare types, or has a refusal to
        // place, pays it. A refusal found without the parse is checked again with it, so the
        // keyword test only ever saves time.
        if (!declaresTypes(pack)) {
            BytecodeCheck quick = new BytecodeCheck(allowlist, loader, internalNames, Set.of());
            if (classes.values().stream().allMatch(bytes -> quick.check(bytes).isEmpty())) {
                return List.of();
            }
        }
        Locator locator = locator(pack, packages);
        BytecodeCheck check = new BytecodeCheck(allowlist, loader, internalNames, locator.declaredTypes);
        List<Diagnostic> found = new ArrayList<>();
        for (var e : classes.entrySet()) {
            for (BytecodeCheck.Violation v : check.check(e.getValue())) {
                found.add(locator.diagnostic(v, refusal(v.symbol(), v.reason())));
            }
        }
        return found;
    }

    /** Whether the code of a DRL file of the pack (comments and strings aside) has the keyword. */
    private static boolean declaresTypes(RulePack pack) {
        return pack.drl().values().stream().anyMatch(DrlCode::mayDeclareTypes);
    }

    private static Locator locator(RulePack pack, Collection<KiePackage> packages) {
        Locator locator = new Locator(pack);
        for (KiePackage kp : packages) {
            if (kp instanceof InternalKnowledgePackage ip) {
                ip.getDialectRuntimeRegistry().getLineMappings().forEach((name, m) ->
                        locator.mappings.put(name.replace('.', '/'), m));
            }
        }
        return locator;
    }

    /**
     * Rewrites the rule and function classes in the packages' class stores so they run against a
     * {@link RuleBudget}. A KieBase defines its classes from these stores when it is made, so this
     * must happen before the packages go into one.
     */
    public void meter(Collection<KiePackage> packages) {
        for (Map<String, byte[]> store : stores(packages)) {
            for (var e : new ArrayList<>(store.entrySet())) {
                if (e.getKey().endsWith(".class") && !BytecodeCheck.isPlumbing(e.getValue())) {
                    store.put(e.getKey(), BudgetInstrumenter.instrument(e.getValue()));
                }
            }
        }
    }

    private static List<Map<String, byte[]>> stores(Collection<KiePackage> packages) {
        List<Map<String, byte[]>> stores = new ArrayList<>();
        for (KiePackage kp : packages) {
            if (kp instanceof InternalKnowledgePackage ip
                    && ip.getDialectRuntimeRegistry().getDialectData("java") instanceof JavaDialectRuntimeData data) {
                stores.add(data.getStore());
            }
        }
        return stores;
    }

    private static String refusal(String symbol, String reason) {
        return "refused by the rule pack sandbox: " + symbol + ": " + reason;
    }

    /**
     * Parsed DRL by text (weak keys: a pack's texts go with the pack). Loading a pack asks for the same
     * files' structure up to three times (structure, conditions, locating bytecode refusals).
     */
    private static final Map<String, java.util.Optional<PackageDescr>> PARSED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    static PackageDescr parse(String drl) {
        return PARSED.computeIfAbsent(drl, text -> java.util.Optional.ofNullable(parseNow(text))).orElse(null);
    }

    private static PackageDescr parseNow(String drl) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr descr = parser.parse(false, drl);
            return parser.hasErrors() ? null : descr;
        } catch (DroolsParserException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Finds the DRL file and line of a compiled class: rule classes are named after their rule
     * ({@code Rule_<name with $uNN$ escapes><hash>}), function classes after their function.
     */
    private static final class Locator {
        private final RulePack pack;
        private final Map<String, String[]> rules = new LinkedHashMap<>();   // mangled rule name -> file, line
        private final Map<String, String[]> functions = new LinkedHashMap<>(); // simple class name -> file, line
        private final Set<String> declaredTypes = new HashSet<>();            // internal names
        private final Map<String, org.drools.base.rule.LineMappings> mappings = new LinkedHashMap<>(); // class -> DRL lines

        Locator(RulePack pack) {
            this.pack = pack;
            for (var e : new TreeMap<>(pack.drl()).entrySet()) {
                PackageDescr drl = parse(e.getValue());
                if (drl == null) {
                    continue;
                }
                for (RuleDescr r : drl.getRules()) {
                    int line = r.getConsequenceLine() > 0 ? r.getConsequenceLine() : r.getLine();
                    rules.put("Rule_" + mangle(r.getName()), new String[] { e.getKey(), String.valueOf(line) });
                }
                String prefix = drl.getNamespace() == null || drl.getNamespace().isEmpty() ? ""
                        : drl.getNamespace().replace('.', '/') + "/";
                drl.getTypeDeclarations().forEach(t -> declaredTypes.add(prefix + t.getTypeName()));
                for (FunctionDescr f : drl.getFunctions()) {
                    String name = Character.toUpperCase(f.getName().charAt(0)) + f.getName().substring(1);
                    functions.put(name, new String[] { e.getKey(), String.valueOf(f.getLine()) });
                }
            }
        }

        Diagnostic diagnostic(BytecodeCheck.Violation v, String message) {
            String simple = v.className().substring(v.className().lastIndexOf('/') + 1);
            String[] where = functions.get(simple);
            if (where == null) {
                for (var r : rules.entrySet()) {
                    if (simple.startsWith(r.getKey())) {
                        where = r.getValue();
                        break;
                    }
                }
            }
            if (where == null) {
                return new Diagnostic(pack.id(), "?", 0, 0, message + " (in " + v.className().replace('/', '.') + ")");
            }
            int line = Integer.parseInt(where[1]);
            // the compiler records where the generated Java of a consequence or function starts in the DRL
            // (rule class names contain $uNN$ escapes: an inner class's is its outer's plus "$suffix")
            org.drools.base.rule.LineMappings mapping = mappings.get(v.className());
            if (mapping == null && v.className().lastIndexOf('$') > 0) {
                mapping = mappings.get(v.className().substring(0, v.className().lastIndexOf('$')));
            }
            if (mapping != null && v.javaLine() > 0) {
                // measured on Drools 10.2: a function's Java line maps as start + line - offset; a rule's
                // consequence sits three lines further down its generated method than the mapping says
                boolean rule = simple.startsWith("Rule_");
                int mapped = mapping.getStartLine() + v.javaLine() - mapping.getOffset() - (rule ? 3 : 0);
                if (mapped >= mapping.getStartLine()) {
                    line = mapped;
                }
            }
            return new Diagnostic(pack.id(), where[0], line, 0, message);
        }

        private static String mangle(String name) {
            StringBuilder out = new StringBuilder();
            for (char c : name.toCharArray()) {
                out.append(Character.isJavaIdentifierPart(c) && c != '$' ? String.valueOf(c) : "$u" + (int) c + "$");
            }
            return out.toString();
        }
    }
}
